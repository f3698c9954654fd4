package dev.eventrecords.kafka;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The safe defaults of every producer this library builds ({@code TopicBinding.producer} and {@link EventPublisher}),
 * kept in one place: {@code acks=all} and {@code enable.idempotence=true}, under the user's properties, which win.
 *
 * <p>Stateless and thread-safe.
 */
public final class ProducerDefaults {

    private ProducerDefaults() {}

    /**
     * The user's producer properties over the defaults. {@code acks=all} unless the user sets {@code acks}.
     * {@code enable.idempotence=true} only when the user sets none of {@code enable.idempotence}, {@code acks},
     * {@code retries} and {@code max.in.flight.requests.per.connection}: setting one of those alone is enough, and
     * idempotence is then left to Kafka, which keeps it on unless those values rule it out. Serializer classes are
     * removed, because the caller passes its serializers to the producer.
     *
     * @param properties the user's client properties, at least {@code bootstrap.servers}; not changed
     * @return a new {@code Properties}
     */
    public static Properties over(Map<?, ?> properties) {
        Properties merged = new Properties();
        merged.put(ProducerConfig.ACKS_CONFIG, "all");
        // An explicit enable.idempotence=true makes Kafka refuse acks other than all, retries=0 and more than five
        // requests in flight, so it would turn the user's override of one of those into a ConfigException.
        if (!properties.containsKey(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG)
                && !properties.containsKey(ProducerConfig.ACKS_CONFIG)
                && !properties.containsKey(ProducerConfig.RETRIES_CONFIG)
                && !properties.containsKey(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION)) {
            merged.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        }
        merged.putAll(properties);
        merged.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        merged.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        return merged;
    }
}
