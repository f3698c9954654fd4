package com.acme.inventory;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A map of lists of records, copied deeply in the constructor as a careful team does. */
@Event(topic = "inventory.stock-adjusted.v1")
public record StockAdjusted(
        @Key String sku, Map<String, List<StockMovement>> movementsByWarehouse, Instant adjustedAt) {
    public StockAdjusted {
        movementsByWarehouse = movementsByWarehouse.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }
}
