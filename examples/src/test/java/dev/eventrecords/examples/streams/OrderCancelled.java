package dev.eventrecords.examples.streams;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;

/** What a topology makes of an order it refuses: another event type, on another topic. */
@Event(topic = "streams.cancellations")
public record OrderCancelled(
        @Key String orderId, String reason, @EventTime Instant cancelledAt) {}
