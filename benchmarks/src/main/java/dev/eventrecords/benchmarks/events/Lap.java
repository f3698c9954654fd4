package dev.eventrecords.benchmarks.events;

import com.dslplatform.json.CompiledJson;
import io.avaje.jsonb.Json;

/** One lap of a workout; nested in {@link WorkoutCompleted}. */
@Json
@CompiledJson
public record Lap(int number, long durationMillis, double distanceMeters, int averageHeartRate) {}
