package dev.eventrecords.examples.jackson;

import dev.eventrecords.examples.wire.EdgeCaseRandom;
import java.time.MonthDay;
import java.time.OffsetTime;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;

/**
 * {@code @JsonFormat} with {@code shape = NUMBER}, {@code NUMBER_FLOAT} or {@code ARRAY} on local dates, times and
 * date-times, offset times, year-months and month-days (and {@code NUMBER_INT} on the last two): arrays of numbers,
 * as Jackson 2 wrote them by default, on a component, a {@code List}'s elements and an {@code Optional}'s value.
 */
class TimetablePublishedDifferentialTest extends JacksonDifferential<TimetablePublished> {

    @Override
    Serde<TimetablePublished> serde() {
        return new TimetablePublishedSerde();
    }

    @Override
    Class<TimetablePublished> eventClass() {
        return TimetablePublished.class;
    }

    @Override
    TimetablePublished randomEvent(EdgeCaseRandom r) {
        return new TimetablePublished(
                r.orNull(r::nextString),
                r.orNull(r::nextLocalDate),
                r.orNull(r::nextLocalDate),
                r.orNull(r::nextLocalDate),
                r.orNull(r::nextLocalDateTime),
                r.orNull(r::nextLocalDateTime),
                r.orNull(r::nextLocalDateTime),
                r.orNull(r::nextLocalTime),
                r.orNull(r::nextLocalTime),
                r.orNull(r::nextLocalTime),
                r.orNull(() -> offsetTime(r)),
                r.orNull(() -> offsetTime(r)),
                r.orNull(r::nextYearMonth),
                r.orNull(r::nextYearMonth),
                r.orNull(r::nextYearMonth),
                r.orNull(() -> MonthDay.from(r.nextLocalDate())),
                r.orNull(() -> MonthDay.from(r.nextLocalDate())),
                r.orNull(() -> MonthDay.from(r.nextLocalDate())),
                r.orNull(() -> r.list(r::nextLocalDate)),
                r.orNull(() -> r.optional(r::nextLocalTime)));
    }

    private static OffsetTime offsetTime(EdgeCaseRandom r) {
        return OffsetTime.of(r.nextLocalTime(), r.nextOffsetDateTime().getOffset());
    }

    @Override
    List<String> enumTexts() {
        return List.of(
                "[2026,12,3]",
                "[2026,12,3,10,15]",
                "[2026,12,3,10,15,7,123]",
                "[10,15]",
                "[10,15,7,123456789]",
                "[10,15,\"Z\"]",
                "[10,15,7,5,\"+02:00\"]",
                "[2026,12]",
                "[12,3]",
                "[2,30]",
                "\"2026-12-03\"",
                "\"2026-12-03T10:15\"",
                "\"10:15\"",
                "\"10:15+02:00\"",
                "\"2026-12\"",
                "\"--12-03\"",
                "20790");
    }
}
