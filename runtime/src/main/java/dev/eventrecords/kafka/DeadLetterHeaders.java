package dev.eventrecords.kafka;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.kafka.common.header.Headers;

/**
 * The {@code dlt.*} headers that every dead letter of this library carries, beside the original record's headers:
 * where the record was read from, and why it could not be consumed. {@link DeadLetterConsumer}, {@link EventConsumer}
 * and framework integrations (the Spring Boot starter's dead-letter recoverer) write them through this class, so a
 * dead letter reads the same whoever wrote it.
 *
 * <p>Stateless and thread-safe.
 */
public final class DeadLetterHeaders {

    /** The topic the record was read from. */
    public static final String ORIGINAL_TOPIC = "dlt.original.topic";
    /** Its partition, in decimal. */
    public static final String ORIGINAL_PARTITION = "dlt.original.partition";
    /** Its offset, in decimal. */
    public static final String ORIGINAL_OFFSET = "dlt.original.offset";
    /** Its timestamp in epoch milliseconds, in decimal. */
    public static final String ORIGINAL_TIMESTAMP = "dlt.original.timestamp";
    /** What could not be read or handled: {@code KEY}, {@code VALUE} or {@code HANDLER}. */
    public static final String ERROR_ORIGIN = "dlt.error.origin";
    /** Why, at most {@value #ERROR_LIMIT} characters of it. */
    public static final String ERROR = "dlt.error";
    /** The size in bytes of the value a reduced dead letter left out. */
    public static final String ORIGINAL_VALUE_SIZE = "dlt.original.value.size";
    /** The SHA-256, in hex, of the value a reduced dead letter left out. */
    public static final String ORIGINAL_VALUE_SHA256 = "dlt.original.value.sha256";

    /** The longest {@link #ERROR} kept, in characters: error messages may repeat their input. */
    public static final int ERROR_LIMIT = 1000;

    private DeadLetterHeaders() {}

    /**
     * Adds the six headers of a dead letter, after those already there.
     *
     * @param headers the dead letter's headers, a copy of the original record's
     * @param topic the topic the record was read from
     * @param partition its partition
     * @param offset its offset
     * @param timestamp its timestamp
     * @param origin {@code KEY}, {@code VALUE} or {@code HANDLER}
     * @param error why; bounded to {@value #ERROR_LIMIT} characters
     */
    public static void add(
            Headers headers, String topic, int partition, long offset, long timestamp, String origin, String error) {
        headers.add(ORIGINAL_TOPIC, utf8(topic));
        headers.add(ORIGINAL_PARTITION, utf8(Integer.toString(partition)));
        headers.add(ORIGINAL_OFFSET, utf8(Long.toString(offset)));
        headers.add(ORIGINAL_TIMESTAMP, utf8(Long.toString(timestamp)));
        headers.add(ERROR_ORIGIN, utf8(origin));
        headers.add(ERROR, utf8(bounded(String.valueOf(error))));
    }

    /**
     * An error message cut to {@value #ERROR_LIMIT} characters, saying how long it was.
     *
     * @param message the message
     * @return the message, or its first {@value #ERROR_LIMIT} characters and its length
     */
    public static String bounded(String message) {
        if (message.length() <= ERROR_LIMIT) {
            return message;
        }
        return message.substring(0, ERROR_LIMIT) + "\u2026 (" + message.length() + " characters)";
    }

    /**
     * Adds the headers of a reduced dead letter, one whose value was left out because the full copy could not be
     * written: the value's size and SHA-256, so that what was lost can still be recognised.
     *
     * @param headers the dead letter's headers
     * @param value the value left out
     */
    public static void addLeftOutValue(Headers headers, byte[] value) {
        headers.add(ORIGINAL_VALUE_SIZE, utf8(Integer.toString(value.length)));
        headers.add(ORIGINAL_VALUE_SHA256, utf8(sha256(value)));
    }

    private static String sha256(byte[] value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
