package dev.eventrecords.examples.fitness;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A user finished a workout. The laps are copied, so the event cannot change after it was created. */
@Event(topic = "fitness.workouts")
public record WorkoutCompleted(
        @Key UUID workoutId,
        String userId,
        WorkoutType type,
        @EventTime OffsetDateTime completedAt,
        Duration duration,
        List<Lap> laps,
        Optional<String> notes) {

    public WorkoutCompleted {
        laps = List.copyOf(laps);
    }
}
