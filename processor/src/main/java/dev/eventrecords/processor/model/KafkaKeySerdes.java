package dev.eventrecords.processor.model;

import java.util.Map;
import java.util.Optional;

/**
 * The key types Kafka has a serde of its own for, and the {@code Serdes} factory method of each: the one list that
 * the key rule checks against and the topic generator writes from. A record key uses generated JSON instead.
 */
public final class KafkaKeySerdes {

    private static final Map<String, String> BY_BOXED_TYPE = Map.of(
            "java.lang.String", "String",
            "java.util.UUID", "UUID",
            "java.lang.Long", "Long",
            "java.lang.Integer", "Integer");

    private KafkaKeySerdes() {}

    /** The {@code Serdes} method for a key shape ({@code "Long"} for {@code long}), or empty when Kafka has none. */
    public static Optional<String> factory(Shape key) {
        return Optional.ofNullable(BY_BOXED_TYPE.get(key.type().box().toString()));
    }
}
