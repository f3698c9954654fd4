package dev.eventrecords.examples.streams;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;

/** A member of {@link FulfilmentEvent}. */
@Event
public record OrderPacked(
        @Key String orderId, int parcels, @EventTime Instant packedAt) implements FulfilmentEvent {}
