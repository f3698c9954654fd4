package dev.eventrecords.benchmarks.events;

import com.dslplatform.json.CompiledJson;
import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import io.avaje.jsonb.Json;
import java.time.Instant;
import java.util.UUID;

/** The small, flat shape: a few strings, a UUID and an instant. */
@Event(topic = "bench.devices")
@Json
@CompiledJson
public record DeviceConnected(
        @Key String deviceId,
        String userId,
        UUID sessionId,
        @EventTime Instant connectedAt,
        String firmware,
        String model) {}
