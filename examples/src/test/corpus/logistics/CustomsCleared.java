package com.acme.logistics;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A declaration four records deep: Declaration > DeclaredItem > Origin > Region. */
@Event(topic = "logistics.customs-cleared.v1")
public record CustomsCleared(@Key String shipmentId, Declaration declaration, Instant clearedAt) {

    public record Declaration(String declarationNumber, List<DeclaredItem> items, BigDecimal totalValue) {
        public Declaration {
            items = List.copyOf(items);
        }
    }

    public record DeclaredItem(String hsCode, String description, Origin origin) {}

    public record Origin(String countryCode, Optional<Region> region) {}

    public record Region(String code, List<String> ports) {
        public Region {
            ports = List.copyOf(ports);
        }
    }
}
