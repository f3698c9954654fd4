package com.acme.catalog;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** Localized names by language tag, a set of tags. */
@Event(topic = "catalog.product-created.v1")
public record ProductCreated(
        @Key String sku, Map<String, LocalizedText> names, Set<String> tags, String brand, @EventTime Instant createdAt) {
    public ProductCreated {
        names = Map.copyOf(names);
        tags = Set.copyOf(tags);
    }
}
