package dev.eventrecords;

import dev.eventrecords.kafka.ConfiguredSerdes;
import dev.eventrecords.kafka.ProducerDefaults;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serde;

/**
 * Everything needed to move one event type through one Kafka topic: the topic's name, the key and value serdes, the
 * key extractor, and the {@link ProducerRecord} for an event. The processor generates one, {@code XTopic}, for each
 * {@link Event} record {@code X}, and lists it for {@link EventCatalog}.
 *
 * <p>Implementations are immutable and thread-safe; every method may be called from any thread. No method uses
 * reflection or loads a class by name.
 *
 * @param <K> the key type, {@link Void} for an event without {@link Key}
 * @param <E> the event type
 */
public interface TopicBinding<K, E> {

    /**
     * The topic name, from {@code @Event(topic)} or the record's simple name in kebab-case.
     *
     * @return the topic name, never empty
     */
    String topic();

    /**
     * The event's logical type name, as written to the {@code ce_type} header: {@code @Event(type)} or the record's
     * canonical name.
     *
     * @return the type name
     */
    String eventType();

    /**
     * The event's class.
     *
     * @return the class
     */
    Class<E> eventClass();

    /**
     * The key serde, chosen by the {@link Key} component's type: Kafka's own for {@code String}, {@code UUID},
     * {@code Long} and {@code Integer}, generated JSON for a record, Kafka's {@code Void} serde for no key.
     *
     * @return the key serde
     */
    Serde<K> keySerde();

    /**
     * The value serde: the event as JSON, byte-for-byte what Jackson's default {@code JsonMapper} writes.
     *
     * @return the value serde
     */
    Serde<E> valueSerde();

    /**
     * Reads an event's key.
     *
     * @return the key extractor
     */
    KeyExtractor<E, K> keyExtractor();

    /**
     * The record to send for an event: this topic, the event's key, the event as value, the CloudEvents headers
     * ({@code ce_specversion}, a fresh {@code ce_id}, {@code ce_source}, {@code ce_type}, {@code ce_time},
     * {@code content-type}, with the {@link EventTime} in {@code ce_time}) and a {@code null} timestamp, so the
     * producer sets it. Only with {@link EventTime#recordTimestamp()} is the event time the record timestamp.
     *
     * @param event the event, not {@code null}
     * @return a new record, with headers of its own
     * @throws NullPointerException when {@code event} is {@code null}
     * @throws IllegalArgumentException with {@link EventTime#recordTimestamp()}, when the event time is older than the
     *     spec's retention (the broker would delete the record), more than one hour ahead of the clock (brokers refuse
     *     it) or before 1970; the message names the event, its time and the limit
     */
    ProducerRecord<K, E> record(E event);

    /**
     * A topic specification for creating this topic with Kafka's {@code Admin} client, with the given partition count
     * and replication factor and the retention and cleanup policy of {@link #spec()}.
     *
     * @param partitions the number of partitions
     * @param replicationFactor the replication factor
     * @return the specification
     */
    NewTopic newTopic(int partitions, short replicationFactor);

    /**
     * How the topic should be created, from {@code @Event} or {@code @EventFamily}: partitions, replication factor,
     * retention and cleanup policy, each left to the broker when not given.
     *
     * @return the spec
     */
    TopicSpec spec();

    /**
     * The topic to create, exactly as {@link #spec()} says.
     *
     * @return a new {@code NewTopic}
     */
    default NewTopic newTopic() {
        return spec().toNewTopic();
    }

    /**
     * A producer for this binding's events, with its key and value serializers and the safe defaults of
     * {@link ProducerDefaults} ({@code acks=all}, {@code enable.idempotence=true}) that {@code properties} may
     * override. Setting {@code acks}, {@code retries} or {@code max.in.flight.requests.per.connection} alone is enough:
     * idempotence is then left to Kafka, which keeps it on unless those values rule it out. To publish events of many
     * types through one producer, use {@link dev.eventrecords.kafka.EventPublisher}.
     *
     * @param properties client properties, at least {@code bootstrap.servers}; serializer classes are ignored
     * @return a new producer, which the caller closes
     */
    default KafkaProducer<K, E> producer(Properties properties) {
        Properties config = ProducerDefaults.over(properties);
        Map<String, Object> configs = map(config);
        return new KafkaProducer<>(
                config,
                ConfiguredSerdes.serializer(keySerde().serializer(), configs, true),
                ConfiguredSerdes.serializer(valueSerde().serializer(), configs, false));
    }

    /**
     * A consumer for this binding's events, with its key and value deserializers. It is not subscribed yet: call
     * {@code subscribe(List.of(binding.topic()))} or {@code assign}.
     *
     * @param properties client properties, at least {@code bootstrap.servers} and usually {@code group.id};
     *     deserializer classes are ignored
     * @return a new consumer, which the caller closes
     */
    default KafkaConsumer<K, E> consumer(Properties properties) {
        Properties merged = new Properties();
        merged.putAll(properties);
        merged.remove("key.deserializer");
        merged.remove("value.deserializer");
        Map<String, Object> configs = map(merged);
        return new KafkaConsumer<>(
                merged,
                ConfiguredSerdes.deserializer(keySerde().deserializer(), configs, true),
                ConfiguredSerdes.deserializer(valueSerde().deserializer(), configs, false));
    }

    private static Map<String, Object> map(Properties properties) {
        Map<String, Object> map = new HashMap<>();
        properties.forEach((name, value) -> map.put(name.toString(), value));
        return map;
    }

    /**
     * The client properties as a map, for callers that hold them that way.
     *
     * @param properties the properties
     * @return a {@code Properties} copy
     */
    static Properties properties(Map<String, ?> properties) {
        Properties p = new Properties();
        p.putAll(properties);
        return p;
    }
}
