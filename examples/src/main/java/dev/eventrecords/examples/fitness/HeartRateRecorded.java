package dev.eventrecords.examples.fitness;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;

/** One heart-rate sample from a tracker. */
@Event
public record HeartRateRecorded(
        @Key String deviceId, @EventTime Instant recordedAt, int beatsPerMinute) implements DeviceEvent {}
