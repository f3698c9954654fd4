package dev.eventrecords.kafka;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The headers of the CloudEvents Kafka protocol binding in binary mode, which every event record carries:
 * {@code ce_specversion=1.0}, {@code ce_id} (unique per record), {@code ce_source}, {@code ce_type}, {@code ce_time}
 * (ISO-8601) and {@code content-type=application/json}. A CloudEvents SDK consumer reads such a record as a
 * CloudEvent whose data is the JSON value.
 *
 * <p>Thread-safe. Every header value written is a fresh array; each thread draws ids from its own generator.
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
    /** The {@code content-type} of an event written in Avro through a schema registry. */
    public static final String AVRO = "application/avro";

    private static final byte[] SPEC_VERSION_1_0 = "1.0".getBytes(StandardCharsets.UTF_8);
    private static final byte[] JSON_BYTES = JSON.getBytes(StandardCharsets.UTF_8);

    private CloudEventHeaders() {}

    /**
     * Adds the CloudEvents headers of one record, for a value not known here: a serializer recognises them as
     * describing the value it writes by their type, source and time alone (see {@link #describe}). Every value is a
     * fresh array, so that editing one record's header never changes another's.
     *
     * @param headers the record's headers, not read-only
     * @param type the event's logical type, {@code ce_type}
     * @param topic the topic, from which {@code ce_source} is made ({@code /topics/<topic>})
     * @param time when the event happened, {@code ce_time}; {@code null} for now
     */
    public static void add(Headers headers, byte[] type, String topic, Instant time) {
        add(headers, null, type, topic, time);
    }

    /**
     * Adds the CloudEvents headers of one event's record, as {@code TopicBinding.record} does: the serializer that
     * later writes this very event to this topic keeps their {@code ce_id} (see {@link #describe}). Every value is a
     * fresh array.
     *
     * @param headers the record's headers, not read-only
     * @param event the event the headers describe, or {@code null} when not known; kept by the {@code ce_id} header
     * @param type the event's logical type, {@code ce_type}
     * @param topic the topic, from which {@code ce_source} is made ({@code /topics/<topic>})
     * @param time when the event happened, {@code ce_time}; {@code null} for now
     */
    public static void add(Headers headers, Object event, byte[] type, String topic, Instant time) {
        add(headers, event, type, topic, time, JSON_BYTES);
    }

    /**
     * Adds the CloudEvents headers of one event's record whose value is written in the given content type (such as
     * {@link #AVRO}), as {@link #add(Headers, Object, byte[], String, Instant)} does for JSON.
     *
     * @param headers the record's headers, not read-only
     * @param event the event the headers describe, or {@code null} when not known
     * @param type the event's logical type, {@code ce_type}
     * @param topic the topic, from which {@code ce_source} is made
     * @param time when the event happened, {@code ce_time}; {@code null} for now
     * @param contentType the value's {@code content-type} as UTF-8; not kept, a copy is written
     */
    public static void add(Headers headers, Object event, byte[] type, String topic, Instant time, byte[] contentType) {
        addWithId(
                headers,
                new IdHeader(newIdBytes(), event),
                type.clone(),
                sourceBytes(topic),
                timeBytes(time == null ? Instant.now() : time),
                contentType);
    }

    private static void addWithId(
            Headers headers, IdHeader id, byte[] type, byte[] source, byte[] time, byte[] contentType) {
        headers.add(new ValueHeader(SPEC_VERSION, SPEC_VERSION_1_0.clone()));
        headers.add(id);
        headers.add(new ValueHeader(SOURCE, source));
        headers.add(new ValueHeader(TYPE, type));
        headers.add(new ValueHeader(TIME, time));
        headers.add(new ValueHeader(CONTENT_TYPE, contentType.clone()));
    }

    /**
     * Makes a record's headers describe the value about to be written, with exactly one set of the CloudEvents
     * headers: its type, {@code ce_source} of the topic written ({@code /topics/<topic>}), its event time, and a
     * {@code ce_id}.
     *
     * <p>The {@code ce_id} already there is kept only when the headers already describe this value on this topic,
     * which is when all of these hold:
     *
     * <ul>
     *   <li>their {@code ce_type} is this value's type and their {@code ce_source} names this topic;
     *   <li>their {@code ce_time} is this value's event time (any {@code ce_time} when the value has none);
     *   <li>when this library wrote them ({@link #add} from {@code TopicBinding.record}, or an earlier {@code describe}),
     *       they were written for this very object: two different values of one type with one event time (the
     *       outputs of a Kafka Streams {@code flatMapValues}, which share one set of headers) never share an id.
     *       Headers that came from elsewhere (a consumed record, or set by hand) are recognised by the first two
     *       conditions alone, so an id a producer chose for the value stays.
     * </ul>
     *
     * So {@code TopicBinding.record} and a producer's retry of the same record keep their id, and a record whose
     * headers already are exactly one set for this value is left untouched (its headers may be read-only after a
     * send). CloudEvents extensions ({@code ce_subject}, ...) of headers that describe this value stay. Headers that
     * describe anything else (another type, another topic, another value) are replaced, never refused: every
     * {@code ce_*} header and {@code content-type} is removed, then the six are written with a new id. That is what
     * Kafka Streams needs, since it forwards an input record's headers to every sink and state store. Headers that are
     * not the CloudEvents ones pass through untouched.
     *
     * @param headers the record's headers, may be {@code null} (nothing to do)
     * @param event the value being written; the {@code ce_id} header written keeps a reference to it
     * @param type the event's logical type
     * @param typeBytes {@code type} as UTF-8; not kept, a copy is written
     * @param topic the topic
     * @param time when the event happened, or {@code null} for now (or the {@code ce_time} already there)
     */
    public static void describe(
            Headers headers, Object event, String type, byte[] typeBytes, String topic, Instant time) {
        describe(headers, event, type, typeBytes, topic, time, JSON_BYTES);
    }

    /**
     * Makes a record's headers describe the value about to be written in the given content type (such as
     * {@link #AVRO}), as {@link #describe(Headers, Object, String, byte[], String, Instant)} does for JSON: headers
     * that hold another {@code content-type} are one set for another value and are replaced.
     *
     * @param headers the record's headers, may be {@code null} (nothing to do)
     * @param event the value being written
     * @param type the event's logical type
     * @param typeBytes {@code type} as UTF-8; not kept
     * @param topic the topic
     * @param time when the event happened, or {@code null}
     * @param contentType the value's {@code content-type} as UTF-8; not kept, a copy is written
     */
    public static void describe(
            Headers headers,
            Object event,
            String type,
            byte[] typeBytes,
            String topic,
            Instant time,
            byte[] contentType) {
        if (headers == null) {
            return;
        }
        byte[] source = sourceBytes(topic);
        byte[] eventTime = time == null ? null : timeBytes(time);
        Header presentId = headers.lastHeader(ID);
        byte[] presentTime = value(headers, TIME);
        boolean same = presentId != null
                && presentId.value() != null
                && (!(presentId instanceof IdHeader ours) || ours.event == event)
                && Arrays.equals(value(headers, TYPE), typeBytes)
                && Arrays.equals(value(headers, SOURCE), source)
                && presentTime != null
                && (eventTime == null || Arrays.equals(presentTime, eventTime));
        if (same && isExactlyOneSet(headers, contentType)) {
            return;
        }
        IdHeader id = new IdHeader(same ? presentId.value().clone() : newIdBytes(), event);
        byte[] written = eventTime != null ? eventTime : same ? presentTime.clone() : timeBytes(Instant.now());
        if (same) {
            // The extensions describe this value too; only the six are written afresh, once each.
            SIX.forEach(headers::remove);
        } else {
            removeCloudEventHeaders(headers);
        }
        addWithId(headers, id, typeBytes.clone(), source, written, contentType);
    }

    private static byte[] value(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null ? null : header.value();
    }

    /** The headers this class writes, once each. */
    private static final List<String> SIX = List.of(SPEC_VERSION, ID, SOURCE, TYPE, TIME, CONTENT_TYPE);

    /** Whether the headers hold each of the six once, with the fixed values of two of them. */
    private static boolean isExactlyOneSet(Headers headers, byte[] contentType) {
        int count = 0;
        for (Header header : headers) {
            if (SIX.contains(header.key())) {
                count++;
            }
        }
        // Six of the six keys, and each of them present: so each exactly once.
        return count == 6
                && headers.lastHeader(ID) != null
                && headers.lastHeader(SOURCE) != null
                && headers.lastHeader(TYPE) != null
                && headers.lastHeader(TIME) != null
                && Arrays.equals(value(headers, SPEC_VERSION), SPEC_VERSION_1_0)
                && Arrays.equals(value(headers, CONTENT_TYPE), contentType);
    }

    private static void removeCloudEventHeaders(Headers headers) {
        // A record sent without headers, the common case, allocates nothing here.
        Set<String> keys = null;
        for (Header header : headers) {
            if (isCloudEventHeader(header.key())) {
                if (keys == null) {
                    keys = new HashSet<>();
                }
                keys.add(header.key());
            }
        }
        if (keys != null) {
            keys.forEach(headers::remove);
        }
    }

    /**
     * A header of ours: a key and a value, as Kafka's {@code RecordHeader} holds them, without its {@code ByteBuffer}
     * forms, which a record built in memory never has; made in a third of {@code RecordHeader}'s time, which counts six
     * times per record. Equal, like {@code RecordHeader}, to a header of its own class with the same key and value.
     */
    private static class ValueHeader implements Header {
        private final String key;
        private final byte[] value;

        ValueHeader(String key, byte[] value) {
            this.key = key;
            this.value = value;
        }

        @Override
        public final String key() {
            return key;
        }

        @Override
        public final byte[] value() {
            return value;
        }

        @Override
        public final boolean equals(Object other) {
            return other != null
                    && other.getClass() == getClass()
                    && key.equals(((ValueHeader) other).key)
                    && Arrays.equals(value, ((ValueHeader) other).value);
        }

        @Override
        public final int hashCode() {
            return key.hashCode() * 31 + Arrays.hashCode(value);
        }

        @Override
        public final String toString() {
            return getClass().getSimpleName() + "(key = " + key + ", value = "
                    + new String(value, StandardCharsets.UTF_8) + ")";
        }
    }

    /**
     * A {@code ce_id} header that remembers the value it was written for, so that a later serializer can tell this
     * very value from another one of the same type and time. It lives as long as the record's headers do, which hold
     * the value anyway. Equal, like Kafka's own {@code RecordHeader}, to a header of its own class with the same key
     * and value.
     */
    private static final class IdHeader extends ValueHeader {
        private final Object event;

        IdHeader(byte[] value, Object event) {
            super(ID, value);
            this.event = event;
        }
    }

    /** Whether a header key is one of those that describe the value: {@code ce_*} and {@code content-type}. */
    static boolean isCloudEventHeader(String key) {
        return key.startsWith("ce_") || key.equals(CONTENT_TYPE);
    }

    /**
     * Whether a record's headers were written for a record of another topic: their {@code ce_source} is
     * {@code /topics/<another topic>}. Such headers say nothing about the bytes in hand, and a reader leaves them
     * aside: Kafka Streams passes the headers of the record being processed to the serdes of its state stores and
     * repartition topics, so a store's deserializer is handed the input record's {@code ce_type}. Every record our
     * serializers write names its own topic, so on a plain consumer the headers are always checked.
     *
     * @param headers the headers, may be {@code null}
     * @param topic the topic being read
     * @return {@code true} when {@code ce_source} names another topic in the form this library writes
     */
    static boolean describeAnotherTopic(Headers headers, String topic) {
        byte[] source = headers == null ? null : value(headers, SOURCE);
        if (source == null || !startsWith(source, TOPICS_PREFIX)) {
            return false;
        }
        SourceCache cached = lastSource;
        byte[] ours = cached != null && cached.topic.equals(topic) ? cached.bytes : utf8(source(topic));
        return !Arrays.equals(source, ours);
    }

    /**
     * The topic a {@code ce_source} of the form {@code /topics/<topic>} names, for messages.
     *
     * @param headers the headers
     * @return the topic, or {@code null} when {@code ce_source} is absent or of another form
     */
    static String sourceTopic(Headers headers) {
        String source = lastValue(headers, SOURCE);
        return source == null || !source.startsWith("/topics/") ? null : source.substring("/topics/".length());
    }

    private static final byte[] TOPICS_PREFIX = "/topics/".getBytes(StandardCharsets.UTF_8);

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
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
     * A random (version 4) UUID, unique per record and unpredictable from the ids already seen. Each thread draws from
     * its own generator, so ids cost no lock shared between threads: the AES-CTR keystream under a 128-bit key and
     * counter drawn from the system's {@link SecureRandom} (the construction of NIST SP 800-90A's CTR_DRBG, rekeyed
     * from the system every {@value #REKEY_BYTES} bytes), 256 ids' worth at a time. Without AES in the JDK (it is in
     * every JDK), the system's DRBG serves instead.
     *
     * @return a new id
     */
    public static String newId() {
        return new String(newIdBytes(), StandardCharsets.US_ASCII);
    }

    private static byte[] newIdBytes() {
        return RANDOM.get().nextId();
    }

    /** Keystream bytes drawn under one key before the next key is drawn from the system. */
    static final int REKEY_BYTES = 1 << 20;

    /** A thread's generator and the bytes it drew last, handed out once each. */
    private static final class RandomBytes {
        private final byte[] buffer = new byte[4096];
        private final byte[] zeros = new byte[buffer.length];
        private final SecureRandom seed = newRandom();
        private Cipher cipher;
        private int drawn = REKEY_BYTES;
        private int next = buffer.length;

        /** A version 4 UUID's text from 16 fresh bytes, which are zeroed once used: nothing of an id stays behind. */
        byte[] nextId() {
            if (next == buffer.length) {
                refill();
                next = 0;
            }
            long most = 0;
            long least = 0;
            for (int k = 0; k < Long.BYTES; k++) {
                most = (most << 8) | (buffer[next + k] & 0xFF);
                least = (least << 8) | (buffer[next + Long.BYTES + k] & 0xFF);
            }
            Arrays.fill(buffer, next, next + 2 * Long.BYTES, (byte) 0);
            next += 2 * Long.BYTES;
            most = (most & ~0xF000L) | 0x4000L; // version 4
            least = (least & ~0xC000000000000000L) | 0x8000000000000000L; // the IETF variant
            return FastText.uuid(most, least);
        }

        private void refill() {
            try {
                if (drawn >= REKEY_BYTES) {
                    byte[] key = new byte[16];
                    byte[] counter = new byte[16];
                    seed.nextBytes(key);
                    seed.nextBytes(counter);
                    Cipher c = Cipher.getInstance("AES/CTR/NoPadding");
                    c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(counter));
                    Arrays.fill(key, (byte) 0);
                    cipher = c;
                    drawn = 0;
                }
                // AES-CTR of zeros is the keystream itself
                cipher.update(zeros, 0, zeros.length, buffer, 0);
                drawn += buffer.length;
            } catch (GeneralSecurityException e) {
                seed.nextBytes(buffer);
            }
        }
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

    /** One generator per thread: a shared {@link SecureRandom} would serialize every producer thread on one lock. */
    private static final ThreadLocal<RandomBytes> RANDOM = ThreadLocal.withInitial(RandomBytes::new);

    private static SecureRandom newRandom() {
        try {
            // DRBG is seeded from the system's entropy source and draws fast without system calls.
            return SecureRandom.getInstance("DRBG");
        } catch (java.security.NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
