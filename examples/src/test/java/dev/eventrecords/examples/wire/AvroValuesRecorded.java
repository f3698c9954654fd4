package dev.eventrecords.examples.wire;

import dev.eventrecords.Bytes;
import dev.eventrecords.Event;
import dev.eventrecords.EventFormat;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;

/** Every value type the serde carries, in Avro: primitives, wrappers, text, numbers, times, JDK values. */
@Event(topic = "wire.avro-values", format = EventFormat.AVRO)
public record AvroValuesRecorded(
        @Key long id,
        boolean flag,
        byte b,
        short s,
        int i,
        float f,
        double d,
        char c,
        Boolean flagBox,
        Byte bBox,
        Short sBox,
        Integer iBox,
        Long lBox,
        Float fBox,
        Double dBox,
        Character cBox,
        String text,
        UUID uuid,
        BigDecimal decimal,
        BigInteger integer,
        @EventTime Instant at,
        OffsetDateTime offsetAt,
        ZonedDateTime zonedAt,
        LocalDate date,
        LocalDateTime dateTime,
        LocalTime time,
        Duration duration,
        Period period,
        Year year,
        YearMonth yearMonth,
        MonthDay anniversary,
        Month month,
        DayOfWeek closedOn,
        OffsetTime opensAt,
        ZoneOffset offset,
        ZoneId zone,
        URI site,
        Locale locale,
        Currency currency,
        Bytes blob,
        OptionalInt oi,
        OptionalLong ol,
        OptionalDouble od,
        Colour colour,
        Priority priority) {}
