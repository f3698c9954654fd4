package dev.eventrecords.spring;

import dev.eventrecords.EventCatalog;
import dev.eventrecords.TopicBinding;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;

/**
 * The key or value serializer of the auto-configured producer factory, and so of {@code KafkaTemplate}: an event of
 * the catalogue is written by its generated serializer, which gives the record the CloudEvents headers; a key sent to
 * a catalogue topic by that topic's key serializer; anything else by the serializer that
 * {@code spring.kafka.producer.key-serializer} or {@code value-serializer} names.
 *
 * <p>One instance per producer; thread-safe as the serializers it delegates to are.
 */
final class EventSerializers implements Serializer<Object> {

    /** The serializer of each class, looked up once; empty for a class the catalogue does not know. */
    private static final ClassValue<Optional<Serializer<Object>>> VALUES = new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked") // the binding of a class writes its instances
        protected Optional<Serializer<Object>> computeValue(Class<?> type) {
            return EventCatalog.bindingFor(type).map(TopicBinding::valueSerde).map(serde ->
                    (Serializer<Object>) serde.serializer());
        }
    };

    private final boolean forKey;
    private Serializer<?> others = new StringSerializer();

    private EventSerializers(boolean forKey) {
        this.forKey = forKey;
    }

    /** The key serializer. */
    static EventSerializers keys() {
        return new EventSerializers(true);
    }

    /** The value serializer. */
    static EventSerializers values() {
        return new EventSerializers(false);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        Object named = configs.get(
                forKey ? ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG : ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        if (named != null) {
            others = instantiate(named);
        }
        others.configure(configs, isKey);
    }

    @Override
    public byte[] serialize(String topic, Object data) {
        return serialize(topic, null, data);
    }

    @Override
    @SuppressWarnings("unchecked") // the user's serializer takes what the user sends
    public byte[] serialize(String topic, Headers headers, Object data) {
        if (data == null) {
            return null;
        }
        if (forKey) {
            CatalogTopics.Topic events = CatalogTopics.all().get(topic);
            if (events != null) {
                try {
                    return events.keySerializer().serialize(topic, headers, data);
                } catch (ClassCastException e) {
                    throw new SerializationException("cannot serialize the key of topic '" + topic + "': a '"
                            + data.getClass().getName() + "' is not the type of the @Key of its events");
                }
            }
            return ((Serializer<Object>) others).serialize(topic, headers, data);
        }
        Optional<Serializer<Object>> event = VALUES.get(data.getClass());
        if (event.isPresent()) {
            return event.get().serialize(topic, headers, data);
        }
        return ((Serializer<Object>) others).serialize(topic, headers, data);
    }

    @Override
    public void close() {
        others.close();
    }

    private static Serializer<?> instantiate(Object named) {
        try {
            Class<?> type = named instanceof Class<?> c
                    ? c
                    : Utils.loadClass(named.toString().trim(), Object.class);
            if (type == EventSerializers.class || !Serializer.class.isAssignableFrom(type)) {
                throw new ConfigException("'" + type.getName() + "' is not a Kafka Serializer");
            }
            return (Serializer<?>) Utils.newInstance(type);
        } catch (ClassNotFoundException e) {
            throw new ConfigException("cannot load the serializer '" + named + "': " + e.getMessage());
        }
    }
}
