package dev.eventrecords.benchmarks.events;

import com.dslplatform.json.CompiledJson;
import io.avaje.jsonb.Json;
import java.util.List;

/** Level 2 of {@link ShipmentManifested}: a voyage between two ports and its containers. */
@Json
@CompiledJson
public record Voyage(String vessel, Port departure, Port arrival, List<Container> containers) {

    public Voyage {
        containers = List.copyOf(containers);
    }
}
