package dev.eventrecords.kafka;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes an event as UTF-8 JSON, byte-for-byte what Jackson's default {@code JsonMapper} writes for it. Generated
 * {@code XSerde.Serializer} classes extend it with a public no-arg constructor, so they can be named in Kafka client
 * properties ({@code value.serializer}).
 *
 * <p>When Kafka passes the record's headers and they hold no {@code ce_type} yet, the serializer adds the
 * CloudEvents headers ({@link CloudEventHeaders}), so every record it writes can be read as a CloudEvent; headers
 * that are already there (from {@code TopicBinding.record}) are left as they are, and a {@code ce_type} that names
 * another type is refused, so that no record says it is something it is not. A {@code null} event is written
 * as {@code null} (a tombstone). A failure is a {@link SerializationException} naming the topic and the event type.
 *
 * <p>Thread-safe and stateless.
 *
 * @param <E> the event type
 */
public class EventSerializer<E> implements Serializer<E> {

    private final JsonCodec<E> codec;
    private final String eventType;
    private final byte[] eventTypeBytes;
    private final Function<E, Instant> eventTime;

    /**
     * Creates a serializer.
     *
     * @param codec the event's codec
     * @param eventType the event's logical type, for {@code ce_type} and messages
     * @param eventTime reads when the event happened, or returns {@code null} when it does not say
     */
    protected EventSerializer(JsonCodec<E> codec, String eventType, Function<E, Instant> eventTime) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.eventType = Objects.requireNonNull(eventType, "eventType");
        this.eventTypeBytes = CloudEventHeaders.utf8(eventType);
        this.eventTime = Objects.requireNonNull(eventTime, "eventTime");
    }

    @Override
    public byte[] serialize(String topic, E event) {
        if (event == null) {
            return null;
        }
        try {
            return Json.toBytes(codec, event);
        } catch (RuntimeException e) {
            throw new SerializationException(
                    "cannot serialize '" + eventType + "' for topic '" + topic + "': " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] serialize(String topic, Headers headers, E event) {
        if (event != null) {
            CloudEventHeaders.describe(headers, eventType, eventTypeBytes, topic, eventTime.apply(event));
        }
        return serialize(topic, event);
    }

    /**
     * The logical type this serializer writes.
     *
     * @return the type, as in {@code ce_type}
     */
    public String eventType() {
        return eventType;
    }
}
