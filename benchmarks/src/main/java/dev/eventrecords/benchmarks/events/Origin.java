package dev.eventrecords.benchmarks.events;

import com.dslplatform.json.CompiledJson;
import io.avaje.jsonb.Json;

/** Level 7 of {@link ShipmentManifested}: the country and factory an item comes from. */
@Json
@CompiledJson
public record Origin(String country, Factory factory) {}
