package dev.eventrecords.examples.jackson;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/** {@code NON_EMPTY} on the record, over every kind of value, with components that choose their own inclusion. */
@Event(topic = "jackson.sensors")
@JsonInclude(Include.NON_EMPTY)
public record SensorSampled(
        @Key @JsonAlias("sensor") String sensorId,
        @JsonIgnore String calibration,
        Optional<String> label,
        Optional<Integer> offset,
        OptionalInt level,
        OptionalLong count,
        OptionalDouble ratio,
        List<String> readings,
        Set<String> flags,
        Map<String, String> attributes,
        Integer threshold,
        Character unit,
        Duration window,
        Period period,
        Year year,
        YearMonth month,
        BigDecimal value,
        UUID batch,
        LocalDate day,
        int samples,
        OrderStatus status,
        SensorSampled.Probe probe,
        @JsonInclude(Include.NON_NULL) String site,
        @JsonInclude(Include.NON_NULL) Optional<String> note,
        @JsonInclude(Include.NON_ABSENT) Optional<String> owner,
        @JsonInclude(Include.NON_ABSENT) List<String> owners,
        @JsonInclude(Include.ALWAYS) String always,
        @JsonInclude String plain,
        @JsonInclude(Include.USE_DEFAULTS) String inherited) {

    public SensorSampled {
        readings = readings == null ? null : List.copyOf(readings);
        flags = flags == null ? null : Set.copyOf(flags);
        attributes = attributes == null ? null : Map.copyOf(attributes);
        owners = owners == null ? null : List.copyOf(owners);
    }

    /** A nested record with its own inclusion. */
    @JsonInclude(Include.NON_ABSENT)
    public record Probe(String model, Optional<String> firmware, OptionalInt channel, List<String> ports) {

        public Probe {
            ports = ports == null ? null : List.copyOf(ports);
        }
    }
}
