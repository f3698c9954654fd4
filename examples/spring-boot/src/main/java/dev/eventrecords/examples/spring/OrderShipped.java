package dev.eventrecords.examples.spring;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;

/** An order left the warehouse. */
@Event
public record OrderShipped(
        @Key String orderId, String carrier, @EventTime Instant shippedAt) implements OrderEvent {}
