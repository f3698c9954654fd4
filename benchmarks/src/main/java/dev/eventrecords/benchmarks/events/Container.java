package dev.eventrecords.benchmarks.events;

import com.dslplatform.json.CompiledJson;
import io.avaje.jsonb.Json;
import java.util.List;

/** Level 3 of {@link ShipmentManifested}: a container and its pallets. */
@Json
@CompiledJson
public record Container(String containerId, String seal, int grossKilograms, List<Pallet> pallets) {

    public Container {
        pallets = List.copyOf(pallets);
    }
}
