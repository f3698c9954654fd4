package com.acme.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.LocalDate;
import java.util.List;

/** @JsonInclude on components: NON_NULL and NON_EMPTY. */
@Event(topic = "catalog.product-discontinued.v1")
public record ProductDiscontinued(
        @Key String sku,
        @JsonInclude(JsonInclude.Include.NON_NULL) String replacementSku,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> notes,
        LocalDate lastOrderDate) {
    public ProductDiscontinued {
        notes = notes == null ? null : List.copyOf(notes);
    }
}
