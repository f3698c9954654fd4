package dev.eventrecords.kafka;

import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Copies of a binding's serializers and deserializers configured for one client, so that the library's own clients
 * ({@code TopicBinding.producer}, {@link EventPublisher}, {@link EventConsumer}) give an Avro event the client's schema
 * registry settings without reconfiguring the binding's shared serde under another client.
 */
public final class ConfiguredSerdes {

    private ConfiguredSerdes() {}

    /**
     * A serializer configured with a client's properties: a copy for this library's serializers, which Kafka does not
     * configure when handed an instance; any other serializer as it is (its owner configures it).
     *
     * @param serializer the binding's serializer
     * @param configs the client's properties
     * @param isKey whether it writes keys
     * @param <T> the type written
     * @return the serializer to use
     * @throws org.apache.kafka.common.config.ConfigException when the format needs a property that is missing
     */
    public static <T> Serializer<T> serializer(Serializer<T> serializer, Map<String, ?> configs, boolean isKey) {
        if (serializer instanceof EventSerializer<T> ours) {
            return ours.configuredCopy(configs, isKey);
        }
        if (serializer instanceof FamilySerde.FamilySerializer<T> family) {
            return family.configuredCopy(configs, isKey);
        }
        return serializer;
    }

    /**
     * A deserializer configured with a client's properties, as {@link #serializer} does for a serializer.
     *
     * @param deserializer the binding's deserializer
     * @param configs the client's properties
     * @param isKey whether it reads keys
     * @param <T> the type read
     * @return the deserializer to use
     * @throws org.apache.kafka.common.config.ConfigException when the format needs a property that is missing
     */
    public static <T> Deserializer<T> deserializer(
            Deserializer<T> deserializer, Map<String, ?> configs, boolean isKey) {
        if (deserializer instanceof EventDeserializer<T> ours) {
            return ours.configuredCopy(configs, isKey);
        }
        if (deserializer instanceof FamilySerde.FamilyDeserializer<T> family) {
            return family.configuredCopy(configs, isKey);
        }
        return deserializer;
    }
}
