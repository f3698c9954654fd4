package dev.eventrecords.examples.fitness;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;

/** A tracker connected to the platform. Keyed by device, so a device's events stay in order. */
@Event
public record DeviceConnected(
        @Key String deviceId, String userId, @EventTime Instant connectedAt, String firmware) implements DeviceEvent {}
