package dev.eventrecords.examples.jackson;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Annotations on nested records and on enums inside containers. */
@Event(topic = "jackson.parcels")
public record ParcelRerouted(
        @Key @JsonProperty("parcel_id") String parcelId,
        @JsonProperty("to") Address destination,
        Optional<Address> previous,
        List<Address> stops,
        Map<String, OrderStatus> statuses,
        @JsonAlias("why") Reason reason) {

    public ParcelRerouted {
        stops = stops == null ? null : List.copyOf(stops);
        statuses = statuses == null ? null : Map.copyOf(statuses);
    }

    /** A nested record with its own annotations. */
    public record Address(
            @JsonProperty("post_code") String postCode,
            @JsonAlias({"town", "locality"}) String city,
            @JsonIgnore String note,

            @JsonProperty(access = JsonProperty.Access.READ_ONLY)
            String label) {}

    /** Renamed constants of a nested enum. */
    public enum Reason {
        @JsonProperty("customer-request")
        CUSTOMER_REQUEST,
        @JsonProperty("address_unknown")
        ADDRESS_UNKNOWN,
        WEATHER
    }
}
