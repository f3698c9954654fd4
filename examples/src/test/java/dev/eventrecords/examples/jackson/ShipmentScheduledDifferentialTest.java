package dev.eventrecords.examples.jackson;

import dev.eventrecords.examples.wire.EdgeCaseRandom;
import java.time.Instant;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;

/**
 * {@code @JsonFormat} with a pattern: on each patterned {@code java.time} type, with a locale, with a time zone, on the
 * elements of a {@code List}, a {@code Set}, an {@code Optional} and a {@code Map}'s values; {@code shape = STRING}
 * alone, which changes nothing.
 */
class ShipmentScheduledDifferentialTest extends JacksonDifferential<ShipmentScheduled> {

    /** The last second of 9999: a zone's local time of an instant up to there exists. */
    private static final long BOUND = 253_402_300_799L;

    @Override
    Serde<ShipmentScheduled> serde() {
        return new ShipmentScheduledSerde();
    }

    @Override
    Class<ShipmentScheduled> eventClass() {
        return ShipmentScheduled.class;
    }

    @Override
    ShipmentScheduled randomEvent(EdgeCaseRandom r) {
        return new ShipmentScheduled(
                r.orNull(r::nextString),
                r.orNull(r::nextLocalDate),
                r.orNull(r::nextLocalDate),
                r.orNull(r::nextLocalDate),
                r.orNull(() -> instant(r)),
                r.orNull(() -> instant(r)),
                r.orNull(r::nextLocalDateTime),
                r.orNull(r::nextLocalTime),
                r.orNull(r::nextOffsetDateTime),
                r.orNull(() -> OffsetDateTime.ofInstant(
                        instant(r), r.nextOffsetDateTime().getOffset())),
                r.orNull(r::nextZonedDateTime),
                r.orNull(() -> OffsetTime.of(r.nextLocalTime(), offset(r))),
                r.orNull(r::nextYearMonth),
                r.orNull(() -> MonthDay.from(r.nextLocalDate())),
                r.orNull(r::nextYear),
                r.orNull(() -> r.list(r::nextLocalDate)),
                r.orNull(() -> r.set(r::nextLocalDate)),
                r.orNull(() -> r.optional(r::nextLocalDate)),
                r.orNull(() -> r.map(r::nextLocalDate)),
                r.orNull(r::nextInstant),
                r.orNull(r::nextLocalDate));
    }

    /** An instant in the years 0000 to 9999, whose local time in any zone exists. */
    private static Instant instant(EdgeCaseRandom r) {
        if (r.edge()) {
            return r.pick(List.of(Instant.EPOCH, Instant.ofEpochSecond(-BOUND), Instant.ofEpochSecond(BOUND)));
        }
        return Instant.ofEpochSecond(Math.floorMod(r.nextLong(), 2 * BOUND) - BOUND, r.nextInt(1_000_000_000));
    }

    private static ZoneOffset offset(EdgeCaseRandom r) {
        return r.nextOffsetDateTime().getOffset();
    }

    @Override
    List<String> enumTexts() {
        return List.of(
                "\"03/12/2026\"",
                "\" 31/02/2026 \"",
                "\"2026-12-03\"",
                "\"03 déc. 2026\"",
                "\"03 DÉC. 2026\"",
                "\"Donnerstag 3 Dezember 2026\"",
                "\"Montag 3 Dezember 2026\"",
                "\"2026-12-03 10:15:30.123\"",
                "\"2026-12-03T10:15:30Z\"",
                "\"2026-12-03 10:15:30 +02:00\"",
                "\"2026-12-03 10:15:30 Z\"",
                "\"10:15\"",
                "\"25:15\"",
                "\"10:15:30+02:00\"",
                "\"12/2026\"",
                "\"13/2026\"",
                "\"03.12\"",
                "\"30.02\"",
                "\"26\"",
                "\"1700000000\"",
                "\"1700000000.5\"",
                "1700000000123",
                "[2026,12,3]",
                "[2026,12]",
                "[10,15]");
    }
}
