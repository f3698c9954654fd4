package com.acme.all;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.math.*;
import java.time.*;
import java.util.*;

@Event
public record EverythingRecorded(
        @Key long id, boolean flag, byte b, short s, int i, float f, double d, char c,
        Boolean flagBox, Byte bBox, Short sBox, Integer iBox, Long lBox, Float fBox, Double dBox,
        Character cBox, String text, UUID uuid, BigDecimal decimal, BigInteger integer, Color color,
        @EventTime OffsetDateTime at, Instant instant, LocalDate date, LocalDateTime dateTime,
        LocalTime time, ZonedDateTime zoned, Duration duration, Period period, Year year,
        YearMonth yearMonth, Optional<String> maybe, OptionalInt oi, OptionalLong ol,
        OptionalDouble od, List<Part> parts, Set<String> tags, Map<String, Part> byName,
        Optional<Part> main) {

    public enum Color { RED, GREEN }

    public record Part(String name, Optional<Part> child, List<Integer> counts) {
        public Part {
            counts = List.copyOf(counts);
        }
    }

    public EverythingRecorded {
        parts = List.copyOf(parts);
        tags = Set.copyOf(tags);
        byName = Map.copyOf(byName);
    }
}
