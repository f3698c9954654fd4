package dev.eventrecords.examples.fitness;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;

/** A tracker went offline; {@code reason} says why when the tracker told us. */
@Event
public record DeviceDisconnected(
        @Key String deviceId, @EventTime Instant disconnectedAt, String reason) implements DeviceEvent {}
