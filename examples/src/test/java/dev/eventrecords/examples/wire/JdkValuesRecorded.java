package dev.eventrecords.examples.wire;

import dev.eventrecords.Event;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Every JDK value type beyond {@code java.time}'s date-times, and a map of every map-key kind; keyless. */
@Event(topic = "wire.jdk-values")
public record JdkValuesRecorded(
        URI site,
        Locale locale,
        Currency currency,
        ZoneId zone,
        ZoneOffset offset,
        OffsetTime opensAt,
        MonthDay anniversary,
        Month month,
        DayOfWeek closedOn,
        Map<UUID, String> byId,
        Map<Byte, String> byByte,
        Map<Short, String> byShort,
        Map<Integer, String> byInt,
        Map<Long, String> byLong,
        Map<LocalDate, Integer> byDay,
        Map<Colour, Long> byColour,
        Map<Priority, String> byPriority,
        Map<Month, Integer> byMonth,
        Map<DayOfWeek, OffsetTime> hours) {

    /** The copies keep {@code null} values and a {@code null} map, which the wire format carries. */
    public JdkValuesRecorded {
        byId = byId == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(byId));
        byByte = byByte == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(byByte));
        byShort = byShort == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(byShort));
        byInt = byInt == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(byInt));
        byLong = byLong == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(byLong));
        byDay = byDay == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(byDay));
        byColour = byColour == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(byColour));
        byPriority = byPriority == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(byPriority));
        byMonth = byMonth == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(byMonth));
        hours = hours == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(hours));
    }
}
