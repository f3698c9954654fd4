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
 * <p>When Kafka passes the record's headers, the serializer makes them describe the value it writes, with exactly one
 * set of the CloudEvents headers ({@link CloudEventHeaders#describe}): this type, {@code ce_source} of the topic
 * written, the event's time, and a {@code ce_id} kept only when the headers already describe this value on this
 * topic (so {@code TopicBinding.record} and a producer's retry keep their id). Inherited headers that describe
 * anything else are replaced, never refused: Kafka Streams forwards an input record's headers to every sink and state
 * store, so a topology that reads one event type and writes another, or writes to another topic, gets headers that
 * tell the truth about each record it writes. Headers of the user's own (not {@code ce_*}) pass through untouched. A
 * {@code null} event is written as {@code null} (a tombstone) and leaves the headers alone. A failure is a
 * {@link SerializationException} naming the topic and the event type.
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
            CloudEventHeaders.describe(headers, event, eventType, eventTypeBytes, topic, eventTime.apply(event));
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
