package dev.eventrecords.kafka;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes an event in its {@link ValueFormat}: UTF-8 JSON, byte-for-byte what Jackson's default {@code JsonMapper}
 * writes for it, or Avro through a schema registry for an event declared {@code format = AVRO}. Generated
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
 * {@link SerializationException} naming the topic and the event type. The {@code content-type} header is the
 * format's ({@code application/json} or {@code application/avro}).
 *
 * <p>{@link #configure} hands the client's properties to the format (JSON needs none; Avro reads the schema
 * registry's settings, as Confluent's serializers do). Thread-safe; apart from {@code configure}, stateless.
 *
 * @param <E> the event type
 */
public class EventSerializer<E> implements Serializer<E> {

    private volatile ValueFormat<E> format;
    private final String eventType;
    private final byte[] eventTypeBytes;
    private final byte[] contentTypeBytes;
    private final Function<E, Instant> eventTime;

    /**
     * Creates a JSON serializer.
     *
     * @param codec the event's codec
     * @param eventType the event's logical type, for {@code ce_type} and messages
     * @param eventTime reads when the event happened, or returns {@code null} when it does not say
     */
    protected EventSerializer(JsonCodec<E> codec, String eventType, Function<E, Instant> eventTime) {
        this(ValueFormat.json(codec), eventType, eventTime);
    }

    /**
     * Creates a serializer writing in the given format.
     *
     * @param format how the event's value is written
     * @param eventType the event's logical type, for {@code ce_type} and messages
     * @param eventTime reads when the event happened, or returns {@code null} when it does not say
     */
    protected EventSerializer(ValueFormat<E> format, String eventType, Function<E, Instant> eventTime) {
        this.format = Objects.requireNonNull(format, "format");
        this.eventType = Objects.requireNonNull(eventType, "eventType");
        this.eventTypeBytes = CloudEventHeaders.utf8(eventType);
        this.contentTypeBytes = CloudEventHeaders.utf8(format.contentType());
        this.eventTime = Objects.requireNonNull(eventTime, "eventTime");
    }

    /**
     * Configures the format with the client's properties; the format's content type stays the same.
     *
     * @throws org.apache.kafka.common.config.ConfigException when the format needs a property that is missing or
     *     invalid (an Avro event's {@code schema.registry.url})
     */
    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        format = format.configured(configs, isKey);
    }

    /**
     * A serializer like this one whose format is configured with the client's properties; this one is not changed.
     * The library's own clients use it, so that a binding's shared serde is never reconfigured under another client.
     */
    EventSerializer<E> configuredCopy(Map<String, ?> configs, boolean isKey) {
        return new EventSerializer<>(format.configured(configs, isKey), eventType, eventTime);
    }

    @Override
    public byte[] serialize(String topic, E event) {
        if (event == null) {
            return null;
        }
        try {
            return format.write(topic, event);
        } catch (SerializationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SerializationException(
                    "cannot serialize '" + eventType + "' for topic '" + topic + "': " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] serialize(String topic, Headers headers, E event) {
        if (event != null) {
            CloudEventHeaders.describe(
                    headers, event, eventType, eventTypeBytes, topic, eventTime.apply(event), contentTypeBytes);
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

    /**
     * The {@code content-type} of the values this serializer writes.
     *
     * @return the format's media type
     */
    public String contentType() {
        return format.contentType();
    }
}
