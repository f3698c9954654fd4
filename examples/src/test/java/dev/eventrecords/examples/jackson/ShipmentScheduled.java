package dev.eventrecords.examples.jackson;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonFormat.Shape;
import com.fasterxml.jackson.annotation.JsonProperty;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code @JsonFormat} with a pattern, a locale and a time zone, on every patterned {@code java.time} type. */
@Event(topic = "jackson.shipments")
public record ShipmentScheduled(
        @Key @JsonProperty("shipment_id") @JsonAlias("ref") String shipmentId,
        @JsonFormat(pattern = "dd/MM/yyyy") LocalDate pickupDay,
        @JsonFormat(pattern = "dd MMM yyyy", locale = "fr") LocalDate deliveryDay,

        @JsonFormat(pattern = "EEEE d MMMM uuuu", locale = "de-DE")
        LocalDate labelDay,

        @JsonFormat(shape = Shape.STRING, pattern = "yyyy-MM-dd HH:mm:ss.SSS", timezone = "Europe/Paris")
        Instant scheduledAt,

        @JsonFormat(pattern = "uuuu-MM-dd HH:mm:ss.SSSSSSSSS X", timezone = "UTC")
        Instant confirmedAt,

        @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime window,
        @JsonFormat(pattern = "HH:mm") LocalTime cutoff,
        @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss XXX") OffsetDateTime promised,

        @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss XXX", timezone = "Asia/Tokyo")
        OffsetDateTime promisedInTokyo,

        @JsonFormat(pattern = "uuuu-MM-dd HH:mm:ss.SSSSSSSSS VV")
        ZonedDateTime departs,

        @JsonFormat(pattern = "HH:mm:ssXXX") OffsetTime opens,
        @JsonFormat(pattern = "MM/yyyy") YearMonth billing,
        @JsonFormat(pattern = "dd.MM") MonthDay anniversary,
        @JsonFormat(pattern = "yy") Year season,
        @JsonFormat(pattern = "dd/MM/yyyy") List<LocalDate> holidays,
        @JsonFormat(pattern = "dd/MM/yyyy") Set<LocalDate> closures,
        @JsonFormat(pattern = "dd/MM/yyyy") Optional<LocalDate> returnBy,
        @JsonFormat(pattern = "dd/MM/yyyy") Map<String, LocalDate> milestones,
        @JsonFormat(shape = Shape.STRING) Instant created,
        @JsonFormat(shape = Shape.STRING) LocalDate plainDay) {

    public ShipmentScheduled {
        holidays = holidays == null ? null : List.copyOf(holidays);
        closures = closures == null ? null : Set.copyOf(closures);
        milestones = milestones == null ? null : Map.copyOf(milestones);
    }
}
