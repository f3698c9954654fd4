package dev.eventrecords.benchmarks.events;

import com.dslplatform.json.CompiledJson;
import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import io.avaje.jsonb.Json;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The medium shape: a nested record, an enum, an {@code Optional} and a list of ten nested records. */
@Event(topic = "bench.workouts")
@Json
@CompiledJson
public record WorkoutCompleted(
        @Key UUID workoutId,
        String userId,
        WorkoutType type,
        @EventTime Instant completedAt,
        Wearable wearable,
        Optional<String> notes,
        List<Lap> laps) {

    public WorkoutCompleted {
        laps = List.copyOf(laps);
    }
}
