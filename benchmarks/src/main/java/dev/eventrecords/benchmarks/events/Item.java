package dev.eventrecords.benchmarks.events;

import com.dslplatform.json.CompiledJson;
import io.avaje.jsonb.Json;

/** Level 6 of {@link ShipmentManifested}: a stock-keeping unit, how many, and where it was made. */
@Json
@CompiledJson
public record Item(String sku, int quantity, Origin origin) {}
