package dev.eventrecords.examples.broker;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;

/** A member whose record timestamp is the producer's. */
@Event
public record TrackerPaired(
        @Key String trackerId, @EventTime Instant pairedAt) implements TrackerEvent {}
