package dev.eventrecords.benchmarks.events;

import com.dslplatform.json.CompiledJson;
import io.avaje.jsonb.Json;

/** Level 3 of {@link ShipmentManifested}: a port by its UN/LOCODE. */
@Json
@CompiledJson
public record Port(String code, String name) {}
