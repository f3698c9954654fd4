package dev.eventrecords.examples.streams;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;

/** A member of {@link FulfilmentEvent}. */
@Event
public record OrderDispatched(
        @Key String orderId, String carrier, @EventTime Instant dispatchedAt) implements FulfilmentEvent {}
