package com.acme.inventory;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A list of maps, an Optional list. */
@Event(topic = "inventory.items-restocked.v1")
public record ItemsRestocked(
        @Key String warehouseId, List<Map<String, Integer>> batches, Optional<List<String>> supplierRefs) {
    public ItemsRestocked {
        batches = List.copyOf(batches);
    }
}
