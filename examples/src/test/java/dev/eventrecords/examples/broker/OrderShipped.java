package dev.eventrecords.examples.broker;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Keyed by a {@code UUID}, timed by an {@code OffsetDateTime} that is also the record timestamp, with a logical type of
 * its own.
 */
@Event(topic = "broker.orders", type = "shop.OrderShipped")
public record OrderShipped(
        @Key UUID orderId,
        @EventTime(recordTimestamp = true) OffsetDateTime shippedAt,
        String carrier) {}
