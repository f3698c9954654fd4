package dev.eventrecords.benchmarks.events;

import com.dslplatform.json.CompiledJson;
import io.avaje.jsonb.Json;

/** Level 8 of {@link ShipmentManifested}: a factory and its licence number. */
@Json
@CompiledJson
public record Factory(String name, long licence) {}
