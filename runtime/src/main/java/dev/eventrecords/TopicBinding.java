package dev.eventrecords;

import org.apache.kafka.clients.admin.NewTopic;
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
     * {@code content-type}) and, when the event has an {@link EventTime}, that time as the record timestamp (otherwise
     * {@code null}, so the producer sets it).
     *
     * @param event the event, not {@code null}
     * @return a new record, with headers of its own
     * @throws NullPointerException when {@code event} is {@code null}
     * @throws IllegalArgumentException when the event time lies before 1970, which a Kafka timestamp cannot hold
     */
    ProducerRecord<K, E> record(E event);

    /**
     * A topic specification for creating this topic with Kafka's {@code Admin} client.
     *
     * @param partitions the number of partitions
     * @param replicationFactor the replication factor
     * @return the specification
     */
    NewTopic newTopic(int partitions, short replicationFactor);
}
