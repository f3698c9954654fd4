package dev.eventrecords.kafka;

import dev.eventrecords.EventCatalog;
import dev.eventrecords.TopicBinding;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads an event from UTF-8 JSON as Jackson's default {@code JsonMapper} writes it. Generated
 * {@code XSerde.Deserializer} classes extend it with a public no-arg constructor.
 *
 * <p>Unknown properties are ignored and absent ones are {@code null}, zero or empty (an absent {@code List},
 * {@code Set} or {@code Map} is empty, an explicit {@code null} stays {@code null}), so old consumers survive new
 * fields and new consumers read old messages. When the record's constructor refuses the values read, the message
 * says so and names the components that were absent or {@code null}. {@code null} bytes give {@code null} (a tombstone). Empty bytes, malformed JSON, a token of the wrong type,
 * trailing content, a value the record's constructor rejects, a {@code ce_type} header naming another type or a
 * {@code content-type} header that is not JSON are each a {@link SerializationException} whose message names the
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
 * <p>Thread-safe and stateless.
 *
 * @param <E> the event type
 */
public class EventDeserializer<E> implements Deserializer<E> {

    private final JsonCodec<E> codec;
    private final String eventType;
    private final byte[] eventTypeBytes;

    /**
     * Creates a deserializer.
     *
     * @param codec the event's codec
     * @param eventType the event's logical type, checked against {@code ce_type} and named in messages
     */
    protected EventDeserializer(JsonCodec<E> codec, String eventType) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.eventType = Objects.requireNonNull(eventType, "eventType");
        this.eventTypeBytes = eventType.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public E deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return Json.fromBytes(codec, data);
        } catch (EventReadException e) {
            throw new SerializationException(
                    "cannot deserialize '" + eventType + "' from topic '" + topic + "': " + e.getMessage(), e);
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
                    && !Arrays.equals(contentType.value(), JSON_BYTES)
                    && !isJson(new String(contentType.value(), StandardCharsets.UTF_8))) {
                throw new SerializationException("cannot deserialize '" + eventType + "' from topic '" + topic
                        + "': header content-type is '"
                        + Json.shown(new String(contentType.value(), StandardCharsets.UTF_8)) + "', not '"
                        + CloudEventHeaders.JSON + "'");
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

    private static final byte[] JSON_BYTES = CloudEventHeaders.JSON.getBytes(StandardCharsets.UTF_8);

    private static boolean isJson(String contentType) {
        String base = contentType.split(";", 2)[0].trim();
        return base.equalsIgnoreCase(CloudEventHeaders.JSON);
    }
}
