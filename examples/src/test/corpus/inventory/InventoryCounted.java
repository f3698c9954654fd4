package com.acme.inventory;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Counts by SKU, and a map keyed by LocalDate holding lists. */
@Event(topic = "inventory.inventory-counted.v1")
public record InventoryCounted(
        @Key String warehouseId, Map<String, Integer> countsBySku, Map<LocalDate, List<String>> discrepanciesByDay) {
    public InventoryCounted {
        countsBySku = Map.copyOf(countsBySku);
        discrepanciesByDay = Map.copyOf(discrepanciesByDay);
    }
}
