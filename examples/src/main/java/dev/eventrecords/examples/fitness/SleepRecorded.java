package dev.eventrecords.examples.fitness;

import dev.eventrecords.Event;
import dev.eventrecords.EventFormat;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A night's sleep, as a tracker summarises it in the morning: written in Avro through a schema registry, its schema
 * derived from this record ({@code META-INF/eventrecords/avro/dev.eventrecords.examples.fitness.SleepRecorded.avsc}).
 */
@Event(topic = "fitness.sleep", format = EventFormat.AVRO)
public record SleepRecorded(
        @Key String userId, @EventTime Instant wokeAt, int minutesAsleep, int minutesDeep, Optional<String> note) {

    public SleepRecorded {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(wokeAt, "wokeAt");
    }
}
