package dev.eventrecords.benchmarks.events;

import com.dslplatform.json.CompiledJson;
import io.avaje.jsonb.Json;
import java.util.List;

/** Level 4 of {@link ShipmentManifested}: a pallet and its cartons. */
@Json
@CompiledJson
public record Pallet(int position, List<Carton> cartons) {

    public Pallet {
        cartons = List.copyOf(cartons);
    }
}
