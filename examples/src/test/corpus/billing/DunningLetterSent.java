package com.acme.billing;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;

/** A primitive level, a codec type and a list of dates. */
@Event(topic = "billing.dunning-letter-sent.v1")
public record DunningLetterSent(@Key String invoiceId, int level, Money outstanding, List<LocalDate> remindersSentOn) {
    public DunningLetterSent {
        remindersSentOn = List.copyOf(remindersSentOn);
    }
}
