package dev.eventrecords.examples.jackson;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.OptBoolean;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;

/** {@code @JsonFormat} with a pattern read strictly ({@code lenient = FALSE}), on every patterned type. */
@Event(topic = "jackson.delays")
public record ShipmentDelayed(
        @Key @JsonProperty("shipment_id") @JsonAlias("ref") String shipmentId,

        @JsonFormat(pattern = "dd/MM/uuuu", lenient = OptBoolean.FALSE)
        LocalDate newDay,

        @JsonFormat(pattern = "dd/MM/yyyy", lenient = OptBoolean.TRUE)
        LocalDate lenientDay,

        @JsonFormat(pattern = "uuuu-MM-dd HH:mm", lenient = OptBoolean.FALSE)
        LocalDateTime newWindow,

        @JsonFormat(pattern = "HH:mm", lenient = OptBoolean.FALSE)
        LocalTime cutoff,

        @JsonFormat(pattern = "uuuu-MM-dd HH:mm:ss.SSSSSSSSS XXX", lenient = OptBoolean.FALSE)
        OffsetDateTime promised,

        @JsonFormat(pattern = "uuuu-MM-dd HH:mm:ss.SSSSSSSSS", timezone = "UTC", lenient = OptBoolean.FALSE)
        Instant at,

        @JsonFormat(pattern = "uuuu-MM-dd HH:mm VV", lenient = OptBoolean.FALSE)
        ZonedDateTime departs,

        @JsonFormat(pattern = "HH:mmXXX", lenient = OptBoolean.FALSE)
        OffsetTime opens,

        @JsonFormat(pattern = "MM/uuuu", lenient = OptBoolean.FALSE)
        YearMonth billing,

        @JsonFormat(pattern = "dd.MM", lenient = OptBoolean.FALSE)
        MonthDay anniversary,

        @JsonFormat(pattern = "uuuu", lenient = OptBoolean.FALSE)
        Year season,

        @JsonFormat(pattern = "dd/MM/uuuu", lenient = OptBoolean.FALSE)
        List<LocalDate> holidays) {

    public ShipmentDelayed {
        holidays = holidays == null ? null : List.copyOf(holidays);
    }
}
