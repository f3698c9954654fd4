package dev.eventrecords.spring;

import dev.eventrecords.EventCatalog;
import dev.eventrecords.KeyExtractor;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Gives an event sent without a key its {@code @Key}, so that {@code kafkaTemplate.send(topic, event)} partitions it
 * as {@link dev.eventrecords.kafka.EventPublisher} does. The starter adds it to the auto-configured producer factory's
 * {@code interceptor.classes}, after any of the user's. A record with a key, or whose value is no event of the
 * catalogue, or an event without {@code @Key}, passes unchanged.
 *
 * <p>Kafka runs interceptors before serializing and partitioning. Stateless and thread-safe.
 */
public final class EventKeyInterceptor implements ProducerInterceptor<Object, Object> {

    /** The key extractor of each class, looked up once; empty for a class the catalogue does not know. */
    private static final ClassValue<Optional<KeyExtractor<Object, ?>>> KEYS = new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked") // the binding of a class reads the keys of its instances
        protected Optional<KeyExtractor<Object, ?>> computeValue(Class<?> type) {
            return EventCatalog.bindingFor(type).map(binding -> (KeyExtractor<Object, ?>) binding.keyExtractor());
        }
    };

    /** Kafka creates interceptors from their class names. */
    public EventKeyInterceptor() {}

    @Override
    public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
        if (record.key() != null || record.value() == null) {
            return record;
        }
        Optional<KeyExtractor<Object, ?>> keys = KEYS.get(record.value().getClass());
        if (keys.isEmpty()) {
            return record;
        }
        Object key = keys.get().key(record.value());
        if (key == null) {
            return record;
        }
        return new ProducerRecord<>(
                record.topic(), record.partition(), record.timestamp(), key, record.value(), record.headers());
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {}

    @Override
    public void close() {}

    @Override
    public void configure(Map<String, ?> configs) {}
}
