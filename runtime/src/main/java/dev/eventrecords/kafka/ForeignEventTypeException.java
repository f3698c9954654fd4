package dev.eventrecords.kafka;

import org.apache.kafka.common.errors.SerializationException;

/**
 * A record that holds an event of a type this deserializer does not read: its {@code ce_type} names another event of
 * the {@link dev.eventrecords.EventCatalog catalogue}, or a type unknown here on a topic that carries several types
 * (a family member added by a newer producer). The record is valid data for someone else, not a poison pill, so
 * {@link DeadLetterConsumer} skips and counts it by default instead of dead-lettering it.
 *
 * <p>Kafka's consumer wraps it in a {@link org.apache.kafka.common.errors.RecordDeserializationException}; it is that
 * exception's {@link Throwable#getCause() cause}.
 */
public final class ForeignEventTypeException extends SerializationException {

    private static final long serialVersionUID = 1L;

    private final String topic;
    private final String type;

    /**
     * Creates the exception.
     *
     * @param topic the topic read
     * @param type the {@code ce_type} the record carries
     * @param message what was read and why it is not this deserializer's
     */
    public ForeignEventTypeException(String topic, String type, String message) {
        super(message);
        this.topic = topic;
        this.type = type;
    }

    /**
     * The topic the record was read from.
     *
     * @return the topic name
     */
    public String topic() {
        return topic;
    }

    /**
     * The type the record's {@code ce_type} header names.
     *
     * @return the type, as in the header
     */
    public String type() {
        return type;
    }
}
