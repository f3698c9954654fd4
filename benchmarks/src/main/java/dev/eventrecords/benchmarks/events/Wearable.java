package dev.eventrecords.benchmarks.events;

import com.dslplatform.json.CompiledJson;
import io.avaje.jsonb.Json;

/** The device a workout was recorded on; nested in {@link WorkoutCompleted}. */
@Json
@CompiledJson
public record Wearable(String model, String firmware, int batteryPercent) {}
