package dev.eventrecords.examples.jackson;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Polymorphic components with the type id as a property: alone, in a list, an optional and a map, and by a sub-interface. */
@Event(topic = "jackson.tenders")
public record TenderAccepted(
        @Key String till,
        @JsonProperty("main") @JsonAlias("primary") Tender tender,
        List<Tender> others,
        Optional<Tender> tip,
        Map<String, Tender> byCustomer,
        Tender.Voucher voucher,
        @JsonIgnore String note) {

    public TenderAccepted {
        others = others == null ? null : List.copyOf(others);
        byCustomer = byCustomer == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(byCustomer));
    }
}
