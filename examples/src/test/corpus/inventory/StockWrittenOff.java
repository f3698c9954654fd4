package com.acme.inventory;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.List;

/** The list is not copied: the way much public code writes it. */
@Event(topic = "inventory.stock-written-off.v1")
public record StockWrittenOff(@Key String warehouseId, List<StockMovement> movements, String approvedBy) {}
