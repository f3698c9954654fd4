package com.acme.storefront;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.math.BigDecimal;

/** A BigDecimal written as a string for JavaScript clients, with @JsonFormat(shape = STRING). */
@Event(topic = "storefront.loyalty-points-earned.v1")
public record LoyaltyPointsEarned(
        @Key String customerId, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal points, Tier tier) {}
