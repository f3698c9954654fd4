package dev.eventrecords.examples.money;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.Money;

/** Joda-Money's {@code Money} in every place a type can be: alone, in containers, and in a nested record. */
@Event(topic = "billing.invoices")
public record InvoicePaid(
        @Key String invoiceId,
        Money total,
        List<Money> lines,
        Optional<Money> tip,
        Map<String, Money> taxByRate,
        Adjustment adjustment,
        @EventTime Instant paidAt) {

    public InvoicePaid {
        lines = List.copyOf(lines);
        taxByRate = Map.copyOf(taxByRate);
    }

    /** A correction to the invoice. */
    public record Adjustment(String reason, Money amount) {}
}
