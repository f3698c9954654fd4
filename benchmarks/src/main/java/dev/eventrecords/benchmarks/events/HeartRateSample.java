package dev.eventrecords.benchmarks.events;

import com.dslplatform.json.CompiledJson;
import io.avaje.jsonb.Json;

/** One heart-rate sample; nested in {@link HeartRatesRecorded}. */
@Json
@CompiledJson
public record HeartRateSample(long sequence, long takenAtMillis, double beatsPerMinute, double rrIntervalMillis) {}
