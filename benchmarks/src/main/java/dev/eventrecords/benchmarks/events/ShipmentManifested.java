package dev.eventrecords.benchmarks.events;

import com.dslplatform.json.CompiledJson;
import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import io.avaje.jsonb.Json;
import java.time.Instant;

/**
 * The deep shape: records nested eight levels, with lists of nested records on four of them (event, {@link Voyage},
 * {@link Container}, {@link Pallet}, {@link Carton}, {@link Item}, {@link Origin}, {@link Factory}).
 */
@Event(topic = "bench.shipments")
@Json
@CompiledJson
public record ShipmentManifested(
        @Key String shipmentId, @EventTime Instant manifestedAt, Voyage voyage) {}
