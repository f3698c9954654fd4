package dev.eventrecords.examples.wire;

import dev.eventrecords.Event;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;

/** Every {@code java.time} component type; keyless. */
@Event(topic = "wire.times")
public record TimesObserved(
        Instant instant,
        LocalDate date,
        LocalDateTime dateTime,
        LocalTime time,
        OffsetDateTime offsetDateTime,
        ZonedDateTime zonedDateTime,
        Duration duration,
        Period period,
        Year year,
        YearMonth yearMonth) {}
