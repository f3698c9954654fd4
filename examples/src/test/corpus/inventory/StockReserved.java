package com.acme.inventory;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A map keyed by UUID holding sets. */
@Event(topic = "inventory.stock-reserved.v1")
public record StockReserved(@Key UUID reservationId, Map<UUID, Set<String>> skusByOrder, Instant expiresAt) {
    public StockReserved {
        skusByOrder = Map.copyOf(skusByOrder);
    }
}
