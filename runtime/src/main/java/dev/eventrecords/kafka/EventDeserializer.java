package dev.eventrecords.kafka;

import dev.eventrecords.EventCatalog;
import dev.eventrecords.TopicBinding;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads an event in its {@link ValueFormat}: from UTF-8 JSON as Jackson's default {@code JsonMapper} writes it, or
 * from Avro through a schema registry for an event declared {@code format = AVRO}. Generated
 * {@code XSerde.Deserializer} classes extend it with a public no-arg constructor.
 *
 * <p>Unknown properties are ignored and absent ones are {@code null}, zero or empty (an absent {@code List},
 * {@code Set} or {@code Map} is empty, an explicit {@code null} stays {@code null}), so old consumers survive new
 * fields and new consumers read old messages. When the record's constructor refuses the values read, the message
 * says so and names the components that were absent or {@code null}. {@code null} bytes give {@code null} (a tombstone). Empty bytes, malformed JSON, a token of the wrong type,
 * trailing content, a value the record's constructor rejects, a {@code ce_type} header naming another type or a
 * {@code content-type} header that is not the format's are each a {@link SerializationException} whose message names the
 * topic, the event type and, where there is one, the field. Nothing is skipped silently. A {@code ce_type} that names
 * another event of the catalogue, or another event of this topic, is valid data for another reader: it raises the
 * subclass {@link ForeignEventTypeException}.
 *
 * <p>The headers are checked when they describe a record of the topic being read: always on a plain consumer, since
 * every record the serializers write carries {@code ce_source=/topics/<its topic>}. Headers whose {@code ce_source}
 * is {@code /topics/<another topic>} were written for another record, and the value is read on its own: Kafka
 * Streams hands a state store's deserializer the headers of the input record being processed, which describe the
 * input, not the stored value.
 *
 * <p>{@link #configure} hands the client's properties to the format (JSON needs none; Avro reads the schema
 * registry's settings). Thread-safe; apart from {@code configure}, stateless.
 *
 * @param <E> the event type
 */
public class EventDeserializer<E> implements Deserializer<E> {

    private volatile ValueFormat<E> format;
    private final String eventType;
    private final byte[] eventTypeBytes;
    private final String contentType;
    private final byte[] contentTypeBytes;

    /**
     * Creates a JSON deserializer.
     *
     * @param codec the event's codec
     * @param eventType the event's logical type, checked against {@code ce_type} and named in messages
     */
    protected EventDeserializer(JsonCodec<E> codec, String eventType) {
        this(ValueFormat.json(codec), eventType);
    }

    /**
     * Creates a deserializer reading the given format.
     *
     * @param format how the event's value is read
     * @param eventType the event's logical type, checked against {@code ce_type} and named in messages
     */
    protected EventDeserializer(ValueFormat<E> format, String eventType) {
        this.format = Objects.requireNonNull(format, "format");
        this.eventType = Objects.requireNonNull(eventType, "eventType");
        this.eventTypeBytes = eventType.getBytes(StandardCharsets.UTF_8);
        this.contentType = format.contentType();
        this.contentTypeBytes = contentType.getBytes(StandardCharsets.UTF_8);
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

    /** A deserializer like this one whose format is configured with the client's properties; this one is unchanged. */
    EventDeserializer<E> configuredCopy(Map<String, ?> configs, boolean isKey) {
        return new EventDeserializer<>(format.configured(configs, isKey), eventType);
    }

    @Override
    public E deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return format.read(topic, data);
        } catch (EventReadException e) {
            throw new SerializationException(
                    "cannot deserialize '" + eventType + "' from topic '" + topic + "': " + e.getMessage(), e);
        } catch (SerializationException e) {
            // The format's own verdict (a registry that cannot be reached, an unknown schema id) already names them.
            throw e;
        } catch (VirtualMachineError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            // An Error from user code (a codec, an assertion) is a verdict on this record, not on the JVM.
            throw new SerializationException(
                    "cannot deserialize '" + eventType + "' from topic '" + topic + "': "
                            + EventReadException.in(null, e).getMessage(),
                    e);
        }
    }

    @Override
    public E deserialize(String topic, Headers headers, byte[] data) {
        if (headers != null && !CloudEventHeaders.describeAnotherTopic(headers, topic)) {
            // Compared as bytes: the header values are decoded only to say what is wrong.
            Header type = headers.lastHeader(CloudEventHeaders.TYPE);
            if (type != null && type.value() != null && !Arrays.equals(type.value(), eventTypeBytes)) {
                String named = new String(type.value(), StandardCharsets.UTF_8);
                String message = "cannot deserialize '" + eventType + "' from topic '" + topic
                        + "': header ce_type is '" + Json.shown(named) + "', not '" + eventType
                        + "'; the record holds another event type than this deserializer reads";
                if (isForeign(topic, named)) {
                    throw new ForeignEventTypeException(topic, named, message);
                }
                throw new SerializationException(message);
            }
            Header contentType = headers.lastHeader(CloudEventHeaders.CONTENT_TYPE);
            if (contentType != null
                    && contentType.value() != null
                    && !Arrays.equals(contentType.value(), contentTypeBytes)
                    && !isBaseType(new String(contentType.value(), StandardCharsets.UTF_8))) {
                throw new SerializationException("cannot deserialize '" + eventType + "' from topic '" + topic
                        + "': header content-type is '"
                        + Json.shown(new String(contentType.value(), StandardCharsets.UTF_8)) + "', not '"
                        + this.contentType + "'");
            }
        }
        return deserialize(topic, data);
    }

    /**
     * The logical type this deserializer reads.
     *
     * @return the type, as in {@code ce_type}
     */
    public String eventType() {
        return eventType;
    }

    /**
     * Whether a type that is not ours is another event's (valid data for another reader) rather than a lie: it names
     * an event of the catalogue, or the topic carries other events too (a family member this build does not know).
     */
    private boolean isForeign(String topic, String named) {
        for (TopicBinding<?, ?> binding : EventCatalog.bindings()) {
            if (binding.eventType().equals(named)
                    || (binding.topic().equals(topic) && !binding.eventType().equals(eventType))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a header's media type, parameters aside and in any case, is this format's. */
    private boolean isBaseType(String headerValue) {
        String base = headerValue.split(";", 2)[0].trim();
        return base.equalsIgnoreCase(contentType);
    }

    /**
     * The {@code content-type} of the values this deserializer reads.
     *
     * @return the format's media type
     */
    public String contentType() {
        return contentType;
    }
}
