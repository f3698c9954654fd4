package dev.eventrecords.examples.jackson;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonFormat.Shape;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code @JsonFormat} with a number shape: timestamps in seconds and in milliseconds, epoch days, enum indexes. */
@Event(topic = "jackson.meters")
public record MeterReadingTaken(
        @Key @JsonProperty("meter_id") @JsonAlias("meter") String meterId,
        @JsonFormat(shape = Shape.NUMBER) Instant readAt,
        @JsonFormat(shape = Shape.NUMBER_FLOAT) Instant readAtFloat,
        @JsonFormat(shape = Shape.NUMBER_INT) Instant receivedAt,
        @JsonFormat(shape = Shape.NUMBER) OffsetDateTime sentAt,
        @JsonFormat(shape = Shape.NUMBER_INT) OffsetDateTime sentAtMillis,
        @JsonFormat(shape = Shape.NUMBER) ZonedDateTime storedAt,
        @JsonFormat(shape = Shape.NUMBER_INT) ZonedDateTime storedAtMillis,
        @JsonFormat(shape = Shape.NUMBER) Duration interval,
        @JsonFormat(shape = Shape.NUMBER_INT) Duration timeout,
        @JsonFormat(shape = Shape.NUMBER_INT) LocalDate day,
        @JsonFormat(shape = Shape.NUMBER) Year year,
        @JsonFormat(shape = Shape.NUMBER) Kind kind,
        @JsonFormat(shape = Shape.NUMBER_INT) Kind backup,
        @JsonFormat(shape = Shape.STRING) Kind named,
        @JsonFormat(shape = Shape.NUMBER_INT) List<Instant> samples,
        @JsonFormat(shape = Shape.NUMBER) Optional<Instant> lastSeen,
        @JsonFormat(shape = Shape.NUMBER) Set<Kind> kinds) {

    public MeterReadingTaken {
        samples = samples == null ? null : List.copyOf(samples);
        kinds = kinds == null ? null : Set.copyOf(kinds);
    }

    /** What the meter measures. */
    public enum Kind {
        ELECTRICITY,
        GAS,
        WATER
    }
}
