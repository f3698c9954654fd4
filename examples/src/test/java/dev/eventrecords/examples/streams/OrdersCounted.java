package dev.eventrecords.examples.streams;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;

/** A customer's running total, kept in a state store and published: a third event type. */
@Event(topic = "streams.customer-totals")
public record OrdersCounted(
        @Key String customerId,
        int orders,
        long amountCents,
        @EventTime Instant countedAt) {}
