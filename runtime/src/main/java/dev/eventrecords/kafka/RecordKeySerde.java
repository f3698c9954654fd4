package dev.eventrecords.kafka;

import java.util.Objects;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The key serde of an event whose {@code @Key} is a record: the key as JSON, with no headers of its own. Equal keys
 * give equal bytes, so they land on one partition.
 *
 * <p>Thread-safe and stateless.
 *
 * @param <K> the key record
 */
public final class RecordKeySerde<K> implements Serde<K> {

    private final Serializer<K> serializer;
    private final Deserializer<K> deserializer;

    /**
     * Creates a key serde.
     *
     * @param codec the key record's codec
     * @param keyType the key record's name, for messages
     */
    public RecordKeySerde(JsonCodec<K> codec, String keyType) {
        Objects.requireNonNull(codec, "codec");
        this.serializer = (topic, key) -> {
            if (key == null) {
                return null;
            }
            try {
                return Json.toBytes(codec, key);
            } catch (RuntimeException e) {
                throw new SerializationException(
                        "cannot serialize key '" + keyType + "' for topic '" + topic + "': " + e.getMessage(), e);
            }
        };
        this.deserializer = (topic, data) -> {
            if (data == null) {
                return null;
            }
            try {
                return Json.fromBytes(codec, data);
            } catch (RuntimeException e) {
                throw new SerializationException(
                        "cannot deserialize key '" + keyType + "' from topic '" + topic + "': "
                                + EventReadException.in(null, e).getMessage(),
                        e);
            }
        };
    }

    @Override
    public Serializer<K> serializer() {
        return serializer;
    }

    @Override
    public Deserializer<K> deserializer() {
        return deserializer;
    }
}
