package com.acme.billing;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.joda.money.Money;

/** A map of lists of a codec type, a Period. */
@Event(topic = "billing.subscription-renewed.v1")
public record SubscriptionRenewed(
        @Key UUID subscriptionId, Map<String, List<Money>> chargesByPlan, Period term, LocalDate renewedUntil) {
    public SubscriptionRenewed {
        chargesByPlan = Map.copyOf(chargesByPlan);
    }
}
