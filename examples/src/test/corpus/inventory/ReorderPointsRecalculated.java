package com.acme.inventory;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.Map;

/** A map keyed by a @JsonValue wrapper. */
@Event(topic = "inventory.reorder-points-recalculated.v1")
public record ReorderPointsRecalculated(@Key String warehouseId, Map<SkuCode, Integer> reorderPoints) {
    public ReorderPointsRecalculated {
        reorderPoints = Map.copyOf(reorderPoints);
    }
}
