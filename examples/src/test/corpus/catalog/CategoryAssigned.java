package com.acme.catalog;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.List;

/** @JsonPropertyOrder, and a list of records holding lists. */
@JsonPropertyOrder({"paths", "sku"})
@Event(topic = "catalog.category-assigned.v1")
public record CategoryAssigned(@Key String sku, String assignedBy, List<CategoryPath> paths) {
    public CategoryAssigned {
        paths = List.copyOf(paths);
    }
}
