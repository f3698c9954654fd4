package dev.eventrecords.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The headers of the CloudEvents Kafka protocol binding in binary mode, which every event record carries:
 * {@code ce_specversion=1.0}, {@code ce_id} (unique per record), {@code ce_source}, {@code ce_type}, {@code ce_time}
 * (ISO-8601) and {@code content-type=application/json}. A CloudEvents SDK consumer reads such a record as a
 * CloudEvent whose data is the JSON value.
 *
 * <p>Thread-safe; holds no state.
 */
public final class CloudEventHeaders {

    /** {@value}. */
    public static final String SPEC_VERSION = "ce_specversion";
    /** {@value}. */
    public static final String ID = "ce_id";
    /** {@value}. */
    public static final String SOURCE = "ce_source";
    /** {@value}. */
    public static final String TYPE = "ce_type";
    /** {@value}. */
    public static final String TIME = "ce_time";
    /** {@value}. */
    public static final String CONTENT_TYPE = "content-type";
    /** {@value}. */
    public static final String JSON = "application/json";

    private static final byte[] SPEC_VERSION_1_0 = "1.0".getBytes(StandardCharsets.UTF_8);
    private static final byte[] JSON_BYTES = JSON.getBytes(StandardCharsets.UTF_8);

    private CloudEventHeaders() {}

    /**
     * Adds the CloudEvents headers of one record.
     *
     * @param headers the record's headers, not read-only
     * @param type the event's logical type, {@code ce_type}
     * @param topic the topic, from which {@code ce_source} is made ({@code /topics/<topic>})
     * @param time when the event happened, {@code ce_time}; {@code null} for now
     */
    public static void add(Headers headers, byte[] type, String topic, Instant time) {
        headers.add(SPEC_VERSION, SPEC_VERSION_1_0);
        headers.add(ID, newIdBytes());
        headers.add(SOURCE, sourceBytes(topic));
        headers.add(TYPE, type);
        headers.add(TIME, timeBytes(time == null ? Instant.now() : time));
        headers.add(CONTENT_TYPE, JSON_BYTES);
    }

    /**
     * Makes a record's headers describe one event before its value is written: adds the CloudEvents headers when
     * there is no {@code ce_type} yet, and refuses a {@code ce_type} that names another type, so that no record says
     * it is something it is not. The header is compared as bytes; it is decoded only to report.
     *
     * @param headers the record's headers, may be {@code null} (nothing to do)
     * @param type the event's logical type
     * @param typeBytes {@code type} as UTF-8
     * @param topic the topic
     * @param time when the event happened, or {@code null} for now
     * @throws SerializationException when the record's {@code ce_type} names another type
     */
    public static void describe(Headers headers, String type, byte[] typeBytes, String topic, Instant time) {
        if (headers == null) {
            return;
        }
        Header present = headers.lastHeader(TYPE);
        if (present == null || present.value() == null) {
            add(headers, typeBytes, topic, time);
        } else if (!Arrays.equals(present.value(), typeBytes)) {
            String named = new String(present.value(), StandardCharsets.UTF_8);
            throw new SerializationException("cannot serialize '" + type + "' for topic '" + topic
                    + "': the record's header ce_type says '" + named + "', so consumers would read it as another"
                    + " event; drop the header or let the binding set it");
        }
    }

    /**
     * The {@code ce_source} of records on a topic: {@code /topics/<topic>}.
     *
     * @param topic the topic
     * @return the source, a URI reference
     */
    public static String source(String topic) {
        return "/topics/" + topic;
    }

    /**
     * The last value of a header as a UTF-8 string.
     *
     * @param headers the headers, may be {@code null}
     * @param key the header's key
     * @return its value, or {@code null} when absent or without a value
     */
    public static String lastValue(Headers headers, String key) {
        if (headers == null) {
            return null;
        }
        Header header = headers.lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * A random (version 4) UUID, unique per record, without the cost of {@link UUID#randomUUID()}'s secure random.
     *
     * @return a new id
     */
    public static String newId() {
        return new String(newIdBytes(), StandardCharsets.US_ASCII);
    }

    private static byte[] newIdBytes() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & ~(0xC000000000000000L)) | 0x8000000000000000L;
        return FastText.uuid(new UUID(most, least));
    }

    /** {@code /topics/<topic>} as bytes; the last topic's bytes are kept, as a producer mostly writes one topic. */
    private static byte[] sourceBytes(String topic) {
        SourceCache cached = lastSource;
        if (cached != null && cached.topic.equals(topic)) {
            return cached.bytes.clone();
        }
        byte[] bytes = utf8(source(topic));
        lastSource = new SourceCache(topic, bytes);
        return bytes.clone();
    }

    private static byte[] timeBytes(Instant time) {
        byte[] fast = FastText.instant(time);
        return fast != null ? fast : utf8(time.toString());
    }

    /** An immutable pair, published through a volatile field. */
    private static final class SourceCache {
        final String topic;
        final byte[] bytes;

        SourceCache(String topic, byte[] bytes) {
            this.topic = topic;
            this.bytes = bytes;
        }
    }

    private static volatile SourceCache lastSource;

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
