package dev.eventrecords.spring;

import dev.eventrecords.EventCatalog;
import dev.eventrecords.TopicBinding;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The record that {@link dev.eventrecords.kafka.EventPublisher} would send for an event, typed for
 * {@code KafkaTemplate<Object, Object>}: {@code kafkaTemplate.send(EventRecords.record(event))} writes the event to
 * its topic with its key, its CloudEvents headers and, with {@code @EventTime(recordTimestamp = true)}, its time.
 *
 * <p>Stateless and thread-safe.
 */
public final class EventRecords {

    private EventRecords() {}

    /**
     * The record of an event, from its binding's {@link TopicBinding#record}.
     *
     * @param event an {@code @Event} record of the catalogue (a family member too)
     * @return a new record, with headers of its own
     * @throws IllegalArgumentException when {@code event} is {@code null} or no event of the catalogue, or its binding
     *     refuses its event time
     */
    public static ProducerRecord<Object, Object> record(Object event) {
        if (event == null) {
            throw new IllegalArgumentException("cannot make a record of null: an event is an @Event record");
        }
        return recordOf(
                EventCatalog.bindingFor(event.getClass())
                        .orElseThrow(
                                () -> new IllegalArgumentException(
                                        "'" + event.getClass().getName()
                                                + "' is not an event of the catalogue: EventCatalog has no binding for it. Annotate the record"
                                                + " with @dev.eventrecords.Event and run the eventrecords processor when compiling it")),
                event);
    }

    private static <E> ProducerRecord<Object, Object> recordOf(TopicBinding<?, E> binding, Object event) {
        ProducerRecord<?, E> record = binding.record(binding.eventClass().cast(event));
        return new ProducerRecord<>(
                record.topic(), record.partition(), record.timestamp(), record.key(), record.value(), record.headers());
    }
}
