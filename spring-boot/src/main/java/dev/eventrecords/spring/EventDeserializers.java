package dev.eventrecords.spring;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.utils.Utils;

/**
 * The key or value deserializer of the auto-configured consumer factory: a record of a catalogue topic is read with
 * the generated deserializer of {@link CatalogTopics} (the value by its {@code ce_type}), a record of any other topic
 * with the deserializer that {@code spring.kafka.consumer.key-deserializer} or {@code value-deserializer} names. Spring
 * Kafka's {@code ErrorHandlingDeserializer} wraps it, so a record that cannot be read reaches the error handler with
 * its bytes. The bytes of every key and value read are remembered for the dead letter ({@link RawBytes}).
 *
 * <p>One instance per consumer, used from its thread, as Kafka uses deserializers.
 */
final class EventDeserializers implements Deserializer<Object> {

    private final boolean forKey;
    private Deserializer<?> others = new ByteArrayDeserializer();
    private int remembered = 2000;

    private EventDeserializers(boolean forKey) {
        this.forKey = forKey;
    }

    /** The key deserializer. */
    static EventDeserializers keys() {
        return new EventDeserializers(true);
    }

    /** The value deserializer. */
    static EventDeserializers values() {
        return new EventDeserializers(false);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        Object named = configs.get(
                forKey ? ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG : ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
        if (named != null) {
            others = instantiate(named);
        }
        others.configure(configs, isKey);
        Object maxPoll = configs.get(ConsumerConfig.MAX_POLL_RECORDS_CONFIG);
        int records =
                maxPoll == null ? 500 : Integer.parseInt(maxPoll.toString().trim());
        // Keys and values, of this poll and the one before it.
        remembered = Math.max(16, 4 * records);
    }

    @Override
    public Object deserialize(String topic, byte[] data) {
        return deserialize(topic, null, data);
    }

    @Override
    public Object deserialize(String topic, Headers headers, byte[] data) {
        CatalogTopics.Topic events = CatalogTopics.all().get(topic);
        Object read;
        if (events == null) {
            read = others.deserialize(topic, headers, data);
        } else if (forKey) {
            read = events.keyDeserializer().deserialize(topic, headers, data);
        } else {
            read = events.readValue(headers, data);
        }
        RawBytes.remember(read, data, remembered);
        return read;
    }

    @Override
    public void close() {
        others.close();
    }

    private static Deserializer<?> instantiate(Object named) {
        try {
            Class<?> type = named instanceof Class<?> c
                    ? c
                    : Utils.loadClass(named.toString().trim(), Object.class);
            if (type == EventDeserializers.class || !Deserializer.class.isAssignableFrom(type)) {
                throw new ConfigException("'" + type.getName() + "' is not a Kafka Deserializer");
            }
            return (Deserializer<?>) Utils.newInstance(type);
        } catch (ClassNotFoundException e) {
            throw new ConfigException("cannot load the deserializer '" + named + "': " + e.getMessage());
        }
    }
}
