package dev.eventrecords.benchmarks;

import dev.eventrecords.EventCatalog;
import dev.eventrecords.TopicBinding;
import dev.eventrecords.kafka.EventPublisher;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
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
     * The baseline with the publisher's header bytes on every record, made once: it pays for the headers on the wire
     * but not for making them, which splits the publisher's cost into the two.
     */
    String PLAIN_PRODUCER_HEADERS = "plain-producer-headers";

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
            case PLAIN_PRODUCER -> plainProducer(settings, shape, new RecordHeaders());
            case PLAIN_PRODUCER_HEADERS -> plainProducer(settings, shape, publisherHeaders(shape));
            default ->
                throw new IllegalArgumentException("no sender '" + name + "'; known: " + EVENT_PUBLISHER + ", "
                        + PLAIN_PRODUCER + ", " + PLAIN_PRODUCER_HEADERS);
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
     * topic, key, value and the given headers (none for the baseline), with the producer's timestamp.
     *
     * @param settings the producer settings
     * @param shape gives the topic and the key
     * @param headers the headers of every record, read-only
     * @param <E> the event type
     * @return the sender
     */
    static <E> Sender<E> plainProducer(Map<String, Object> settings, Shape<E> shape, RecordHeaders headers) {
        Producer<String, Object> producer = new KafkaProducer<>(settings, new StringSerializer(), jackson3());
        String topic = shape.topic();
        headers.setReadOnly();
        return new Sender<>() {
            @Override
            public Future<RecordMetadata> send(E event) {
                return producer.send(
                        new ProducerRecord<>(topic, null, null, shape.key().apply(event), event, headers));
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
     * A copy of the headers that the publisher sends with the shape's event (the six CloudEvents headers).
     *
     * @param shape the shape
     * @param <E> the event type
     * @return plain headers with the same keys and bytes
     */
    static <E> RecordHeaders publisherHeaders(Shape<E> shape) {
        TopicBinding<?, E> binding = EventCatalog.bindingFor(shape.type()).orElseThrow();
        Headers written = binding.record(shape.event()).headers();
        binding.valueSerde().serializer().serialize(binding.topic(), written, shape.event());
        RecordHeaders copy = new RecordHeaders();
        for (Header header : written) {
            copy.add(header.key(), header.value());
        }
        return copy;
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
