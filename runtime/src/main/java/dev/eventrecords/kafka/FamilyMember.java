package dev.eventrecords.kafka;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One member of an {@code @EventFamily}: its record class, its logical type (the {@code ce_type} that selects it),
 * its value format (JSON or Avro) and how to read its event time. Generated family serdes list their members; a header value is only ever
 * looked up among them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <F> the family (the sealed interface)
 */
public final class FamilyMember<F> {

    private final Class<? extends F> type;
    private final String eventType;
    private final byte[] eventTypeBytes;
    private final byte[] contentTypeBytes;
    private final ValueFormat<F> format;
    private final Function<F, Instant> eventTime;
    private final RecordTimestamp recordTimestamp;

    private FamilyMember(
            Class<? extends F> type,
            String eventType,
            ValueFormat<F> format,
            Function<F, Instant> eventTime,
            RecordTimestamp recordTimestamp) {
        this.type = type;
        this.eventType = eventType;
        this.eventTypeBytes = CloudEventHeaders.utf8(eventType);
        this.format = format;
        this.contentTypeBytes = CloudEventHeaders.utf8(format.contentType());
        this.eventTime = eventTime;
        this.recordTimestamp = recordTimestamp;
    }

    /**
     * Describes a member whose records leave the timestamp to the producer.
     *
     * @param type the member's record class
     * @param eventType its logical type, as in {@code ce_type}
     * @param codec its codec
     * @param eventTime reads when it happened, or returns {@code null}
     * @param <F> the family
     * @param <E> the member
     * @return the member
     */
    public static <F, E extends F> FamilyMember<F> of(
            Class<E> type, String eventType, JsonCodec<E> codec, Function<E, Instant> eventTime) {
        return of(type, eventType, codec, eventTime, RecordTimestamp.PRODUCER_TIME);
    }

    /**
     * Describes a member.
     *
     * @param type the member's record class
     * @param eventType its logical type, as in {@code ce_type}
     * @param codec its codec
     * @param eventTime reads when it happened, or returns {@code null}
     * @param recordTimestamp whether the family binding's {@code record} stamps its records with the event time
     * @param <F> the family
     * @param <E> the member
     * @return the member
     */
    public static <F, E extends F> FamilyMember<F> of(
            Class<E> type,
            String eventType,
            JsonCodec<E> codec,
            Function<E, Instant> eventTime,
            RecordTimestamp recordTimestamp) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(codec, "codec");
        return of(type, eventType, ValueFormat.json(codec), eventTime, recordTimestamp);
    }

    /**
     * Describes a member written in the given format whose records leave the timestamp to the producer.
     *
     * @param type the member's record class
     * @param eventType its logical type, as in {@code ce_type}
     * @param format how its value is written and read
     * @param eventTime reads when it happened, or returns {@code null}
     * @param <F> the family
     * @param <E> the member
     * @return the member
     */
    public static <F, E extends F> FamilyMember<F> of(
            Class<E> type, String eventType, ValueFormat<E> format, Function<E, Instant> eventTime) {
        return of(type, eventType, format, eventTime, RecordTimestamp.PRODUCER_TIME);
    }

    /**
     * Describes a member written in the given format (an Avro member's, say).
     *
     * @param type the member's record class
     * @param eventType its logical type, as in {@code ce_type}
     * @param format how its value is written and read
     * @param eventTime reads when it happened, or returns {@code null}
     * @param recordTimestamp whether the family binding's {@code record} stamps its records with the event time
     * @param <F> the family
     * @param <E> the member
     * @return the member
     */
    public static <F, E extends F> FamilyMember<F> of(
            Class<E> type,
            String eventType,
            ValueFormat<E> format,
            Function<E, Instant> eventTime,
            RecordTimestamp recordTimestamp) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(eventTime, "eventTime");
        Objects.requireNonNull(recordTimestamp, "recordTimestamp");
        return new FamilyMember<>(
                type, eventType, widened(type, format), event -> eventTime.apply(type.cast(event)), recordTimestamp);
    }

    /** A member's format as one of the family's: it writes only the member's own class. */
    private static <F, E extends F> ValueFormat<F> widened(Class<E> type, ValueFormat<E> format) {
        return new ValueFormat<>() {
            @Override
            public String contentType() {
                return format.contentType();
            }

            @Override
            public ValueFormat<F> configured(Map<String, ?> configs, boolean isKey) {
                ValueFormat<E> configured = format.configured(configs, isKey);
                return configured == format ? this : widened(type, configured);
            }

            @Override
            public byte[] write(String topic, F event) {
                return format.write(topic, type.cast(event));
            }

            @Override
            public F read(String topic, byte[] data) {
                return format.read(topic, data);
            }
        };
    }

    /** This member with its format configured for one client; itself when the format needs no configuration. */
    FamilyMember<F> configured(Map<String, ?> configs, boolean isKey) {
        ValueFormat<F> configured = format.configured(configs, isKey);
        return configured == format
                ? this
                : new FamilyMember<>(type, eventType, configured, eventTime, recordTimestamp);
    }

    /**
     * The member's record class.
     *
     * @return the class
     */
    public Class<? extends F> type() {
        return type;
    }

    /**
     * The member's logical type.
     *
     * @return the type, as in {@code ce_type}
     */
    public String eventType() {
        return eventType;
    }

    byte[] eventTypeBytes() {
        return eventTypeBytes;
    }

    byte[] contentTypeBytes() {
        return contentTypeBytes;
    }

    ValueFormat<F> format() {
        return format;
    }

    Instant eventTime(F event) {
        return eventTime.apply(event);
    }

    RecordTimestamp recordTimestamp() {
        return recordTimestamp;
    }
}
