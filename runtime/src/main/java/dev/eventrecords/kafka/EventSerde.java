package dev.eventrecords.kafka;

import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;

/**
 * A Kafka {@link Serde} for one event type, pairing an {@link EventSerializer} and an {@link EventDeserializer}.
 * Generated {@code XSerde} classes extend it with a public no-arg constructor.
 *
 * <p>Thread-safe; {@link #serializer()} and {@link #deserializer()} return the same instances each time, and
 * {@link #configure} configures both (an Avro event's serde needs {@code schema.registry.url}, as Confluent's do).
 *
 * @param <E> the event type
 */
public class EventSerde<E> implements Serde<E> {

    private final EventSerializer<E> serializer;
    private final EventDeserializer<E> deserializer;

    /**
     * Creates a serde.
     *
     * @param serializer the serializer
     * @param deserializer the deserializer
     */
    protected EventSerde(EventSerializer<E> serializer, EventDeserializer<E> deserializer) {
        this.serializer = Objects.requireNonNull(serializer, "serializer");
        this.deserializer = Objects.requireNonNull(deserializer, "deserializer");
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        serializer.configure(configs, isKey);
        deserializer.configure(configs, isKey);
    }

    @Override
    public EventSerializer<E> serializer() {
        return serializer;
    }

    @Override
    public EventDeserializer<E> deserializer() {
        return deserializer;
    }
}
