package dev.eventrecords.examples.jackson;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.List;

/** Polymorphic components whose records hold their type id themselves ({@code EXISTING_PROPERTY}). */
@Event(topic = "jackson.consignments")
public record ConsignmentBooked(
        @Key String shipment,
        @JsonAlias("by") Carrier carrier,
        List<Carrier> legs,
        @JsonIgnore int attempts) {

    public ConsignmentBooked {
        legs = legs == null ? null : List.copyOf(legs);
    }
}
