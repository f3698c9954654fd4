package com.acme.billing;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;

/** Joda-Money through the user codec, in a nested record inside a list and on its own. */
@Event(topic = "billing.invoice-issued.v1")
public record InvoiceIssued(
        @Key String invoiceId,
        String customerId,
        List<InvoiceLine> lines,
        Money total,
        LocalDate dueDate,
        @EventTime Instant issuedAt) {
    public InvoiceIssued {
        lines = List.copyOf(lines);
    }
}
