package com.acme.catalog;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.Map;

/** The schemaless bag that much code carries: Map<String, Object>. */
@Event(topic = "catalog.product-attributes-changed.v1")
public record ProductAttributesChanged(@Key String sku, Map<String, Object> attributes) {
    public ProductAttributesChanged {
        attributes = Map.copyOf(attributes);
    }
}
