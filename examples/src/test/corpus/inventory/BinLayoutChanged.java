package com.acme.inventory;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.List;
import java.util.Map;

/** A map keyed by enum, of maps of lists of longs. */
@Event(topic = "inventory.bin-layout-changed.v1")
public record BinLayoutChanged(@Key String warehouseId, Map<Zone, Map<String, List<Long>>> binsByZone) {
    public BinLayoutChanged {
        binsByZone = Map.copyOf(binsByZone);
    }
}
