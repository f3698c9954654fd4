package dev.eventrecords.examples.jackson;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Value wrappers: records written as their {@code @JsonValue} component alone (a {@code UUID}, a {@code String}, a
 * {@code long}, an {@code Integer}, an {@code Instant}, a nested record, a list) as components, as the key, and inside
 * {@code List}, {@code Optional} and {@code Map} values, and, of a {@code String}, as map keys; an enum written by its {@code @JsonValue} accessor, also as
 * map keys; {@code NON_NULL} and {@code NON_ABSENT}, which leave out a {@code null} wrapper only, not a wrapper of
 * {@code null}; and an enum with a {@code @JsonEnumDefaultValue} constant, which Jackson 3's default mapper does not use.
 */
@Event(topic = "jackson.bookings")
public record ShipmentBooked(
        @Key ShipmentId shipmentId,
        @JsonAlias("code") Sku sku,
        Grams weight,
        @JsonInclude(JsonInclude.Include.NON_NULL) Pieces pieces,
        @JsonInclude(JsonInclude.Include.NON_ABSENT) BookedAt bookedAt,
        Route route,
        Stops stops,
        List<Sku> skus,
        Optional<Grams> tare,
        Map<String, ShipmentId> related,
        Unit unit,
        List<Unit> units,
        Map<Unit, Grams> byUnit,
        Map<Sku, Integer> stock,
        Map<Label, Grams> labelled,
        Grade grade,
        Label label,
        @JsonIgnore String note) {

    public ShipmentBooked {
        skus = skus == null ? null : Collections.unmodifiableList(new ArrayList<>(skus));
        related = related == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(related));
        units = units == null ? null : Collections.unmodifiableList(new ArrayList<>(units));
        byUnit = byUnit == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(byUnit));
        stock = stock == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(stock));
        labelled = labelled == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(labelled));
    }

    /** A {@code UUID}, read through the canonical constructor without {@code @JsonCreator}. */
    public record ShipmentId(@JsonValue UUID value) {}

    /** A {@code String}, with {@code @JsonCreator} on the compact constructor, which changes nothing. */
    public record Sku(@JsonValue String value) {
        @JsonCreator
        public Sku {}
    }

    /** A primitive {@code long}. */
    public record Grams(@JsonValue long value) {}

    /** An {@code Integer}, with {@code @JsonCreator(mode = DELEGATING)}. */
    public record Pieces(@JsonValue Integer value) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public Pieces {}
    }

    /** An {@code Instant}, read as a property of its type is. */
    public record BookedAt(@JsonValue Instant value) {}

    /** A nested record, written as its object. */
    public record Route(@JsonValue Leg leg) {}

    /** The object a {@link Route} is written as. */
    public record Leg(String from, @JsonProperty("to_hub") String toHub, int hops) {}

    /** A list of wrappers. */
    public record Stops(@JsonValue List<ShipmentId> ids) {
        public Stops {
            ids = ids == null ? null : Collections.unmodifiableList(new ArrayList<>(ids));
        }
    }

    /** A {@code String} read through a static {@code @JsonCreator} factory, which Jackson 3 prefers. */
    public record Label(@JsonValue String text) {
        @JsonCreator
        static Label of(String text) {
            return new Label(text);
        }
    }

    /**
     * Written as its code: {@code @JsonValue} wins over {@code toString()} and over {@code @JsonProperty}; one code is
     * another constant's name.
     */
    public enum Unit {
        KILOGRAM("kg"),
        @JsonProperty("lbs")
        POUND("lb"),
        GRAM("KILOGRAM") {
            @Override
            public String toString() {
                return "gram";
            }
        },
        TONNE("t");

        private final String code;

        Unit(String code) {
            this.code = code;
        }

        @JsonValue
        public String code() {
            return code;
        }
    }

    /** A default constant for unknown texts, which the default mapper does not apply: it refuses unknown texts. */
    public enum Grade {
        STANDARD,
        EXPRESS,
        @JsonEnumDefaultValue
        UNKNOWN
    }
}
