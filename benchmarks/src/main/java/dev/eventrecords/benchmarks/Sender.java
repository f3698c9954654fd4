package dev.eventrecords.benchmarks;

import dev.eventrecords.kafka.EventPublisher;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * One way of sending a shape's events to Kafka, as {@link PublisherBenchmark} measures it: our
 * {@link EventPublisher}, or the plain producer that services write without us. Both are built from the same producer
 * settings.
 *
 * @param <E> the event type
 */
interface Sender<E> extends AutoCloseable {

    /** Our publisher: {@code EventPublisher.publish(event)}, which sends what the event's binding gives. */
    String EVENT_PUBLISHER = "event-publisher";

    /** The baseline: a {@code KafkaProducer<String, Object>} with a Jackson 3 value serializer. */
    String PLAIN_PRODUCER = "plain-producer";

    /**
     * Sends one event.
     *
     * @param event the event
     * @return completes when the broker has acknowledged it
     */
    Future<RecordMetadata> send(E event);

    /** Sends what is buffered and waits until every record sent so far has completed. */
    void flush();

    @Override
    void close();

    static <E> Sender<E> named(String name, Map<String, Object> settings, Shape<E> shape) {
        return switch (name) {
            case EVENT_PUBLISHER -> eventPublisher(settings);
            case PLAIN_PRODUCER -> plainProducer(settings, shape);
            default ->
                throw new IllegalArgumentException(
                        "no sender '" + name + "'; known: " + EVENT_PUBLISHER + ", " + PLAIN_PRODUCER);
        };
    }

    /**
     * One {@link EventPublisher} for every event.
     *
     * @param settings the producer settings
     * @param <E> the event type
     * @return the sender
     */
    static <E> Sender<E> eventPublisher(Map<String, Object> settings) {
        EventPublisher publisher = EventPublisher.create(settings);
        return new Sender<>() {
            @Override
            public Future<RecordMetadata> send(E event) {
                return publisher.publish(event);
            }

            @Override
            public void flush() {
                publisher.flush();
            }

            @Override
            public void close() {
                publisher.close();
            }
        };
    }

    /**
     * A {@code KafkaProducer<String, Object>} as a service writes it without us: Kafka's {@code StringSerializer} for
     * the key, Jackson 3's default {@code JsonMapper.writeValueAsBytes} for the value, a {@code ProducerRecord} of
     * topic, key and value (no headers, the producer's timestamp).
     *
     * @param settings the producer settings
     * @param shape gives the topic and the key
     * @param <E> the event type
     * @return the sender
     */
    static <E> Sender<E> plainProducer(Map<String, Object> settings, Shape<E> shape) {
        Producer<String, Object> producer = new KafkaProducer<>(settings, new StringSerializer(), jackson3());
        String topic = shape.topic();
        return new Sender<>() {
            @Override
            public Future<RecordMetadata> send(E event) {
                return producer.send(new ProducerRecord<>(topic, shape.key().apply(event), event));
            }

            @Override
            public void flush() {
                producer.flush();
            }

            @Override
            public void close() {
                producer.close();
            }
        };
    }

    /**
     * The value serializer of the baseline: Jackson 3's default mapper.
     *
     * @return a serializer of any value to JSON bytes
     */
    static Serializer<Object> jackson3() {
        JsonMapper mapper = JsonMapper.builder().build();
        return (topic, value) -> value == null ? null : mapper.writeValueAsBytes(value);
    }
}
