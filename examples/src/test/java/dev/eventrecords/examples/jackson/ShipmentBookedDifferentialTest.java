package dev.eventrecords.examples.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventrecords.examples.jackson.ShipmentBooked.BookedAt;
import dev.eventrecords.examples.jackson.ShipmentBooked.Grade;
import dev.eventrecords.examples.jackson.ShipmentBooked.Grams;
import dev.eventrecords.examples.jackson.ShipmentBooked.Label;
import dev.eventrecords.examples.jackson.ShipmentBooked.Leg;
import dev.eventrecords.examples.jackson.ShipmentBooked.Pieces;
import dev.eventrecords.examples.jackson.ShipmentBooked.Route;
import dev.eventrecords.examples.jackson.ShipmentBooked.ShipmentId;
import dev.eventrecords.examples.jackson.ShipmentBooked.Sku;
import dev.eventrecords.examples.jackson.ShipmentBooked.Stops;
import dev.eventrecords.examples.jackson.ShipmentBooked.Unit;
import dev.eventrecords.examples.wire.EdgeCaseRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

/**
 * {@code @JsonValue} records (a {@code UUID}, {@code String}, {@code long}, {@code Integer}, {@code Instant}, nested
 * record and list as the value; in a {@code List}, an {@code Optional} and a {@code Map} value; as the key),
 * {@code @JsonCreator} on the canonical constructor and on a static factory, an enum with a {@code @JsonValue}
 * accessor (as a value, in a list and as a map key), {@code String} wrappers as map keys, and {@code @JsonEnumDefaultValue}. The replaced values probe the
 * readers of the wrappers' creators with numbers in strings, blanks, fractions and out-of-range numbers, and the
 * enums with every constant's code, name, {@code toString()}, {@code @JsonProperty} text and index.
 */
class ShipmentBookedDifferentialTest extends JacksonDifferential<ShipmentBooked> {

    @Override
    Serde<ShipmentBooked> serde() {
        return new ShipmentBookedSerde();
    }

    @Override
    Class<ShipmentBooked> eventClass() {
        return ShipmentBooked.class;
    }

    @Override
    ShipmentBooked randomEvent(EdgeCaseRandom r) {
        return new ShipmentBooked(
                r.orNull(() -> new ShipmentId(r.orNull(r::nextUuid))),
                r.orNull(() -> new Sku(r.orNull(r::nextString))),
                r.orNull(() -> new Grams(r.nextLong())),
                r.orNull(() -> new Pieces(r.orNull(r::nextInt))),
                r.orNull(() -> new BookedAt(r.orNull(r::nextInstant))),
                r.orNull(() -> new Route(
                        r.orNull(() -> new Leg(r.orNull(r::nextString), r.orNull(r::nextString), r.nextInt())))),
                r.orNull(() -> new Stops(r.orNull(() -> r.list(() -> r.orNull(() -> new ShipmentId(r.nextUuid())))))),
                r.orNull(() -> r.list(() -> r.orNull(() -> new Sku(r.orNull(r::nextString))))),
                r.orNull(() -> r.optional(() -> new Grams(r.nextLong()))),
                r.orNull(() -> r.map(() -> r.orNull(() -> new ShipmentId(r.orNull(r::nextUuid))))),
                r.orNull(() -> r.nextEnum(Unit.class)),
                r.orNull(() -> r.list(() -> r.orNull(() -> r.nextEnum(Unit.class)))),
                r.orNull(() -> r.map(() -> r.nextEnum(Unit.class), () -> r.orNull(() -> new Grams(r.nextLong())))),
                r.orNull(() -> keyed(r.map(() -> r.orNull(() -> r.nextInt())), Sku::new)),
                r.orNull(() -> keyed(r.map(() -> r.orNull(() -> new Grams(r.nextLong()))), Label::new)),
                r.orNull(() -> r.nextEnum(Grade.class)),
                r.orNull(() -> new Label(r.orNull(r::nextString))),
                r.orNull(r::nextString));
    }

    /** The map with its keys wrapped: keys of every kind of text, without lone surrogates, which JSON cannot read. */
    private static <K, V> Map<K, V> keyed(Map<String, V> map, Function<String, K> key) {
        Map<K, V> keyed = new LinkedHashMap<>();
        map.forEach((k, v) -> keyed.put(key.apply(k), v));
        return keyed;
    }

    @Override
    List<String> enumTexts() {
        return List.of(
                // the units: codes, names, toString(), @JsonProperty text, indexes
                "\"kg\"",
                "\" kg \"",
                "\"KILOGRAM\"",
                "\"lb\"",
                "\"lbs\"",
                "\"POUND\"",
                "\"gram\"",
                "\"GRAM\"",
                "\"t\"",
                "0",
                "3",
                "4",
                "\"2\"",
                "[\"kg\",\"x\"]",
                "[\"lb\",null,\"t\"]",
                // the grades: unknown texts are refused, though UNKNOWN is the @JsonEnumDefaultValue
                "\"STANDARD\"",
                "\"UNKNOWN\"",
                "\"OVERNIGHT\"",
                "\"express\"",
                // the wrappers' creators: numbers in strings, blanks, fractions, out of range
                "\"12\"",
                "\" 12 \"",
                "\"+5\"",
                "\"007\"",
                "\"-\"",
                "\"1.5\"",
                "\"null\"",
                "\"2147483648\"",
                "2147483648",
                "-2147483649",
                "9223372036854775807",
                "9223372036854775808",
                "1.0",
                "1e3",
                "\"86af99cc-2a44-4b59-9d1e-0c4f5a1b2c3d\"",
                "\"2026-12-03T10:15:30Z\"",
                "1764756930",
                "{\"from\":\"a\",\"to_hub\":\"b\",\"hops\":2}",
                "{\"value\":\"x\"}",
                "[\"86af99cc-2a44-4b59-9d1e-0c4f5a1b2c3d\",null]",
                "{\"kg\":1,\"lb\":2}",
                "{\"KILOGRAM\":1}",
                "{\"0\":1}",
                "{\" kg\":1}",
                "{\"k\":\"86af99cc-2a44-4b59-9d1e-0c4f5a1b2c3d\"}");
    }

    /** A wrapper as the {@code @Key} is written as its value's JSON, as Jackson 3 writes it. */
    @Test
    void aWrapperKeyIsWrittenAsJacksonWritesIt() {
        ShipmentId id = new ShipmentId(UUID.fromString("86af99cc-2a44-4b59-9d1e-0c4f5a1b2c3d"));
        byte[] key = new ShipmentBookedTopic().keySerde().serializer().serialize("jackson.bookings", id);
        assertThat(utf8(key)).isEqualTo(utf8(JACKSON.writeValueAsBytes(id)));
        assertThat(new ShipmentBookedTopic().keySerde().deserializer().deserialize("jackson.bookings", key))
                .isEqualTo(id);
    }

    /** The README's examples, as Jackson 3 writes them. */
    @Test
    void wrappersAreWrittenAsTheirValueAlone() {
        assertThat(utf8(JACKSON.writeValueAsBytes(new Grams(1200)))).isEqualTo("1200");
        assertThat(utf8(JACKSON.writeValueAsBytes(Unit.POUND))).isEqualTo("\"lb\"");
        assertThat(utf8(JACKSON.writeValueAsBytes(new Route(new Leg("a", "b", 1)))))
                .isEqualTo("{\"from\":\"a\",\"to_hub\":\"b\",\"hops\":1}");
    }
}
