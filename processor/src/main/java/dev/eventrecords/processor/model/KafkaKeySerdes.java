package dev.eventrecords.processor.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The key types Kafka has a serde of its own for, and the {@code Serdes} factory method of each, as the registry of
 * value types records them: what the key rule checks against and the topic generator writes from. A record key
 * uses generated JSON instead.
 */
public final class KafkaKeySerdes {

    private KafkaKeySerdes() {}

    /** The {@code Serdes} method for a key shape ({@code "Long"} for {@code long}), or empty when Kafka has none. */
    public static Optional<String> factory(Shape key) {
        return ValueTypes.of(key).flatMap(ValueType::keySerde);
    }

    /**
     * The key types, as a message lists them: each primitive, and each other type whose serde no primitive already
     * names ({@code 'int', 'long', 'String', 'UUID'}); wrappers are keys as their primitive is.
     */
    public static String choices() {
        Set<String> serdes = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (ValueType v : ValueTypes.all()) {
            if (v.keySerde().isPresent()
                    && (v.primitive() || !serdes.contains(v.keySerde().get()))) {
                serdes.add(v.keySerde().get());
                names.add("'" + v.display() + "'");
            }
        }
        return String.join(", ", names);
    }
}
