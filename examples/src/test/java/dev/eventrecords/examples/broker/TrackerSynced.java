package dev.eventrecords.examples.broker;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;

/** A member whose record timestamp is its event time. */
@Event
public record TrackerSynced(
        @Key String trackerId,
        @EventTime(recordTimestamp = true) Instant syncedAt) implements TrackerEvent {}
