package dev.eventrecords.benchmarks.events;

import com.dslplatform.json.CompiledJson;
import io.avaje.jsonb.Json;
import java.util.List;

/** Level 5 of {@link ShipmentManifested}: a carton and the items in it. */
@Json
@CompiledJson
public record Carton(String cartonId, double weightKilograms, List<Item> items) {

    public Carton {
        items = List.copyOf(items);
    }
}
