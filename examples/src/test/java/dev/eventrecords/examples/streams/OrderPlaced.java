package dev.eventrecords.examples.streams;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;

/** The input of the Kafka Streams topologies. */
@Event(topic = "streams.orders")
public record OrderPlaced(
        @Key String orderId,
        String customerId,
        long amountCents,
        @EventTime Instant placedAt) {}
