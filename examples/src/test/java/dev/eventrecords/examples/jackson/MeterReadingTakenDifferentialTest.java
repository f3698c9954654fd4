package dev.eventrecords.examples.jackson;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventrecords.examples.wire.EdgeCaseRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/**
 * {@code @JsonFormat} with a number shape: {@code NUMBER} and {@code NUMBER_FLOAT} (decimal seconds) and
 * {@code NUMBER_INT} (milliseconds) on {@code Instant}, {@code OffsetDateTime}, {@code ZonedDateTime} and
 * {@code Duration}, {@code NUMBER_INT} on {@code LocalDate} (the epoch day), {@code NUMBER} on {@code Year} (which
 * changes nothing) and on an enum (its index), on the elements of a {@code List}, an {@code Optional} and a
 * {@code Set}.
 */
class MeterReadingTakenDifferentialTest extends JacksonDifferential<MeterReadingTaken> {

    /** The most seconds whose milliseconds fit a {@code long}: Jackson 3 cannot write a value beyond. */
    private static final long MILLIS_BOUND = Long.MAX_VALUE / 1000 - 1;

    @Override
    Serde<MeterReadingTaken> serde() {
        return new MeterReadingTakenSerde();
    }

    @Override
    Class<MeterReadingTaken> eventClass() {
        return MeterReadingTaken.class;
    }

    @Override
    MeterReadingTaken randomEvent(EdgeCaseRandom r) {
        return new MeterReadingTaken(
                r.orNull(r::nextString),
                r.orNull(r::nextInstant),
                r.orNull(r::nextInstant),
                r.orNull(() -> millisInstant(r)),
                r.orNull(r::nextOffsetDateTime),
                r.orNull(() -> OffsetDateTime.ofInstant(
                        millisInstant(r), r.nextOffsetDateTime().getOffset())),
                r.orNull(r::nextZonedDateTime),
                r.orNull(() -> ZonedDateTime.ofInstant(
                        millisInstant(r), r.nextZonedDateTime().getZone())),
                r.orNull(() -> writableDuration(r)),
                r.orNull(() -> millisDuration(r)),
                r.orNull(r::nextLocalDate),
                r.orNull(r::nextYear),
                r.orNull(() -> r.nextEnum(MeterReadingTaken.Kind.class)),
                r.orNull(() -> r.nextEnum(MeterReadingTaken.Kind.class)),
                r.orNull(() -> r.nextEnum(MeterReadingTaken.Kind.class)),
                r.orNull(() -> r.list(() -> millisInstant(r))),
                r.orNull(() -> r.optional(r::nextInstant)),
                r.orNull(() -> r.set(() -> r.nextEnum(MeterReadingTaken.Kind.class))));
    }

    /** An instant whose milliseconds since the epoch fit a {@code long}, within the years a date-time has. */
    private static Instant millisInstant(EdgeCaseRandom r) {
        if (r.edge()) {
            return r.pick(List.of(
                    Instant.EPOCH,
                    Instant.EPOCH.minusNanos(1),
                    Instant.ofEpochMilli(-1),
                    Instant.ofEpochSecond(253_402_300_799L, 999_999_999)));
        }
        long seconds = r.nextLong() % 253_402_300_799L;
        return Instant.ofEpochSecond(r.nextBoolean() ? seconds : seconds % 10_000_000_000L, r.nextInt(1_000_000_000));
    }

    /** Any duration but the most negative, which Jackson 3 cannot write as a number (see below). */
    private static Duration writableDuration(EdgeCaseRandom r) {
        Duration d = r.nextDuration();
        return d.equals(Duration.ofSeconds(Long.MIN_VALUE)) ? d.plusNanos(1) : d;
    }

    /** Jackson 3 takes the magnitude of a negative duration first, which the most negative one has none of. */
    @Test
    void bothRefuseToWriteTheMostNegativeDurationAsSeconds() {
        MeterReadingTaken event = new MeterReadingTaken(
                "m",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Duration.ofSeconds(Long.MIN_VALUE),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> JACKSON.writeValueAsBytes(event)).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> serde().serializer().serialize("t", event)).isInstanceOf(SerializationException.class);
    }

    /** Jackson 3 writes milliseconds as a {@code long}: an instant beyond one cannot be written. */
    @Test
    void bothRefuseToWriteAnInstantBeyondMillisecondsOfALong() {
        MeterReadingTaken event = new MeterReadingTaken(
                "m",
                null,
                null,
                Instant.MAX,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> JACKSON.writeValueAsBytes(event)).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> serde().serializer().serialize("t", event)).isInstanceOf(SerializationException.class);
    }

    private static Duration millisDuration(EdgeCaseRandom r) {
        if (r.edge()) {
            return r.pick(List.of(
                    Duration.ZERO,
                    Duration.ofNanos(1),
                    Duration.ofNanos(-1),
                    Duration.ofMillis(-1),
                    Duration.ofSeconds(MILLIS_BOUND),
                    Duration.ofSeconds(-MILLIS_BOUND)));
        }
        return Duration.ofSeconds(r.nextLong() % MILLIS_BOUND, r.nextInt(1_000_000_000));
    }

    @Override
    List<String> enumTexts() {
        return List.of(
                "\"GAS\"",
                "\"1\"",
                "2",
                "3",
                "\"1700000000\"",
                "\"1700000000.5\"",
                "\" 1700000000123 \"",
                "\"-5\"",
                "1700000000123",
                "1700000000.123456789",
                "-0.5",
                "1E-9",
                "\"2026-12-03T10:15:30Z\"",
                "\"PT1.5S\"",
                "\"2026-12-03\"",
                "20790",
                "[2026,12,3]",
                "9223372036854775807",
                "-9223372036854775808");
    }
}
