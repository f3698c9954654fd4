package dev.eventrecords.benchmarks.events;

import com.dslplatform.json.CompiledJson;
import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import io.avaje.jsonb.Json;
import java.time.Instant;
import java.util.List;

/** The numeric-heavy shape: a batch of a hundred heart-rate samples of longs and doubles. */
@Event(topic = "bench.heart-rates")
@Json
@CompiledJson
public record HeartRatesRecorded(
        @Key String deviceId, String userId, @EventTime Instant recordedAt, List<HeartRateSample> samples) {

    public HeartRatesRecorded {
        samples = List.copyOf(samples);
    }
}
