package dev.eventrecords.kafka;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * One member of an {@code @EventFamily}: its record class, its logical type (the {@code ce_type} that selects it),
 * its codec and how to read its event time. Generated family serdes list their members; a header value is only ever
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
    private final JsonCodec<F> codec;
    private final Function<F, Instant> eventTime;
    private final RecordTimestamp recordTimestamp;

    private FamilyMember(
            Class<? extends F> type,
            String eventType,
            JsonCodec<F> codec,
            Function<F, Instant> eventTime,
            RecordTimestamp recordTimestamp) {
        this.type = type;
        this.eventType = eventType;
        this.eventTypeBytes = CloudEventHeaders.utf8(eventType);
        this.codec = codec;
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
        Objects.requireNonNull(eventTime, "eventTime");
        Objects.requireNonNull(recordTimestamp, "recordTimestamp");
        JsonCodec<F> widened = new JsonCodec<>() {
            @Override
            public void write(tools.jackson.core.JsonGenerator out, F value) {
                codec.write(out, type.cast(value));
            }

            @Override
            public F read(tools.jackson.core.JsonParser in) {
                return codec.read(in);
            }
        };
        return new FamilyMember<>(
                type, eventType, widened, event -> eventTime.apply(type.cast(event)), recordTimestamp);
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

    JsonCodec<F> codec() {
        return codec;
    }

    Instant eventTime(F event) {
        return eventTime.apply(event);
    }

    RecordTimestamp recordTimestamp() {
        return recordTimestamp;
    }
}
