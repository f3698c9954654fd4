package dev.eventrecords.examples.jackson;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonFormat.Shape;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** {@code @JsonFormat} with a number or array shape on the types Jackson 3 then writes as arrays of numbers. */
@Event(topic = "jackson.timetables")
public record TimetablePublished(
        @Key @JsonProperty("timetable_id") @JsonAlias("id") String timetableId,
        @JsonFormat(shape = Shape.NUMBER) LocalDate validFrom,
        @JsonFormat(shape = Shape.NUMBER_FLOAT) LocalDate validFromFloat,
        @JsonFormat(shape = Shape.ARRAY) LocalDate validUntil,
        @JsonFormat(shape = Shape.NUMBER) LocalDateTime published,
        @JsonFormat(shape = Shape.NUMBER_FLOAT) LocalDateTime publishedFloat,
        @JsonFormat(shape = Shape.ARRAY) LocalDateTime revised,
        @JsonFormat(shape = Shape.NUMBER) LocalTime firstDeparture,
        @JsonFormat(shape = Shape.NUMBER_FLOAT) LocalTime firstDepartureFloat,
        @JsonFormat(shape = Shape.ARRAY) LocalTime lastDeparture,
        @JsonFormat(shape = Shape.NUMBER) OffsetTime gateOpens,
        @JsonFormat(shape = Shape.NUMBER_FLOAT) OffsetTime gateOpensFloat,
        @JsonFormat(shape = Shape.NUMBER) YearMonth season,
        @JsonFormat(shape = Shape.NUMBER_INT) YearMonth seasonInt,
        @JsonFormat(shape = Shape.NUMBER_FLOAT) YearMonth seasonFloat,
        @JsonFormat(shape = Shape.NUMBER) MonthDay holiday,
        @JsonFormat(shape = Shape.NUMBER_INT) MonthDay holidayInt,
        @JsonFormat(shape = Shape.NUMBER_FLOAT) MonthDay holidayFloat,
        @JsonFormat(shape = Shape.NUMBER) List<LocalDate> closures,
        @JsonFormat(shape = Shape.NUMBER) Optional<LocalTime> extraDeparture) {

    public TimetablePublished {
        closures = closures == null ? null : List.copyOf(closures);
    }
}
