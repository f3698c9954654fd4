package dev.eventrecords.kafka;

import java.math.BigDecimal;
import java.time.DateTimeException;
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
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads {@code java.time} values in every form Jackson 3's default mapper reads them, with the value it gives, so that
 * events written by other producers read here: Jackson 2 with its defaults writes instants, offset and zoned
 * date-times as decimal seconds ({@code 1700000000.123456789}), durations as seconds, and local dates, times and
 * year-months as arrays ({@code [2026,11,26]}); texts are trimmed, and a blank text reads as {@code null}. One
 * deliberate difference: a date-time with an offset keeps that offset where Jackson moves it to UTC (the same
 * instant).
 *
 * <p>The forms and their edge cases follow Jackson 3.3's {@code tools.jackson.databind.ext.javatime} deserializers
 * with the default features ({@code READ_DATE_TIMESTAMPS_AS_NANOSECONDS}, lenient parsing, UTC as the context zone).
 */
final class JavaTimeReader {

    /** Jackson's default {@code YearMonth} format: a year with an optional minus sign, never a plus. */
    private static final DateTimeFormatter YEAR_MONTH = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR)
            .appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .toFormatter(Locale.ROOT);

    /** Jackson's bound on the length of a number, which it applies to numbers written as text too. */
    private static final int MAX_NUMBER_LENGTH = 1000;

    private JavaTimeReader() {}

    static Instant instant(JsonParser in) {
        switch (in.currentToken()) {
            case VALUE_NULL:
                return null;
            case VALUE_NUMBER_INT:
                return instantOf(in.getLongValue(), 0);
            case VALUE_NUMBER_FLOAT:
                return instantOf(in.getDecimalValue());
            case VALUE_STRING:
                return instant(in.getString());
            default:
                throw Json.expected("an ISO-8601 instant or a number of seconds", in);
        }
    }

    /** An instant from text: seconds as digits, or ISO-8601 with any offset; blank is {@code null}. */
    static Instant instant(String raw) {
        String text = raw.trim();
        if (text.isEmpty()) {
            return null;
        }
        BigDecimal seconds = secondsIn(text);
        if (seconds != null) {
            return instantOf(seconds);
        }
        try {
            return Instant.from(DateTimeFormatter.ISO_INSTANT.parse(zeroOffsetAsZ(text)));
        } catch (DateTimeException e) {
            throw EventReadException.of("'" + Json.shown(raw) + "' is not an ISO-8601 instant");
        }
    }

    static OffsetDateTime offsetDateTime(JsonParser in) {
        switch (in.currentToken()) {
            case VALUE_NULL:
                return null;
            case VALUE_NUMBER_INT:
                return atUtc(instantOf(in.getLongValue(), 0));
            case VALUE_NUMBER_FLOAT:
                return offsetDateTimeOf(in.getDecimalValue());
            case VALUE_STRING:
                String raw = in.getString();
                String text = raw.trim();
                if (text.isEmpty()) {
                    return null;
                }
                BigDecimal seconds = secondsIn(text);
                if (seconds != null) {
                    return offsetDateTimeOf(seconds);
                }
                try {
                    return OffsetDateTime.from(
                            DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(colonInOffset(zeroOffsetAsZ(text))));
                } catch (DateTimeException e) {
                    throw EventReadException.of("'" + Json.shown(raw) + "' is not an ISO-8601 date-time with offset");
                }
            default:
                throw Json.expected("an ISO-8601 date-time with offset or a number of seconds", in);
        }
    }

    static ZonedDateTime zonedDateTime(JsonParser in) {
        switch (in.currentToken()) {
            case VALUE_NULL:
                return null;
            case VALUE_NUMBER_INT:
                return zonedAtUtc(instantOf(in.getLongValue(), 0));
            case VALUE_NUMBER_FLOAT:
                return zonedAtUtc(instantOf(in.getDecimalValue()));
            case VALUE_STRING:
                String raw = in.getString();
                String text = raw.trim();
                if (text.isEmpty()) {
                    return null;
                }
                BigDecimal seconds = secondsIn(text);
                if (seconds != null) {
                    return zonedAtUtc(instantOf(seconds));
                }
                try {
                    return ZonedDateTime.from(DateTimeFormatter.ISO_ZONED_DATE_TIME.parse(colonInOffset(text)));
                } catch (DateTimeException e) {
                    throw EventReadException.of("'" + Json.shown(raw) + "' is not an ISO-8601 date-time with offset");
                }
            default:
                throw Json.expected("an ISO-8601 date-time with offset or a number of seconds", in);
        }
    }

    static Duration duration(JsonParser in) {
        switch (in.currentToken()) {
            case VALUE_NULL:
                return null;
            case VALUE_NUMBER_INT:
                return Duration.ofSeconds(in.getLongValue());
            case VALUE_NUMBER_FLOAT:
                BigDecimal seconds = in.getDecimalValue();
                try {
                    long[] parts = secondsAndNanos(seconds);
                    return Duration.ofSeconds(parts[0], parts[1]);
                } catch (DateTimeException | ArithmeticException e) {
                    throw EventReadException.of(Json.shown(seconds.toString()) + " seconds is not a valid duration");
                }
            case VALUE_STRING:
                return parsed(in.getString(), Duration::parse, "an ISO-8601 duration");
            default:
                throw Json.expected("an ISO-8601 duration or a number of seconds", in);
        }
    }

    static Period period(JsonParser in) {
        switch (in.currentToken()) {
            case VALUE_NULL:
                return null;
            case VALUE_STRING:
                return parsed(in.getString(), Period::parse, "an ISO-8601 period");
            default:
                throw Json.expected("an ISO-8601 period", in);
        }
    }

    static LocalDate localDate(JsonParser in) {
        switch (in.currentToken()) {
            case VALUE_NULL:
                return null;
            case VALUE_NUMBER_INT:
                long epochDay = in.getLongValue();
                try {
                    return LocalDate.ofEpochDay(epochDay);
                } catch (DateTimeException e) {
                    throw EventReadException.of(epochDay + " is not a valid epoch day");
                }
            case START_ARRAY:
                if (in.nextToken() == JsonToken.END_ARRAY) {
                    return null;
                }
                int[] f = arrayFields(in, 3, 3, 3, "a date [year, month, day]");
                try {
                    return LocalDate.of(f[0], f[1], f[2]);
                } catch (DateTimeException e) {
                    throw EventReadException.of("[" + f[0] + "," + f[1] + "," + f[2] + "] is not a valid date");
                }
            case VALUE_STRING:
                return parsed(
                        in.getString(),
                        text -> {
                            if (text.length() > 10 && text.charAt(10) == 'T') {
                                String local = text.endsWith("Z") ? text.substring(0, text.length() - 1) : text;
                                return LocalDate.from(DateTimeFormatter.ISO_LOCAL_DATE_TIME.parse(local));
                            }
                            return LocalDate.parse(text);
                        },
                        "an ISO-8601 date");
            default:
                throw Json.expected("an ISO-8601 date or a [year, month, day] array", in);
        }
    }

    static LocalDateTime localDateTime(JsonParser in) {
        switch (in.currentToken()) {
            case VALUE_NULL:
                return null;
            case START_ARRAY:
                if (in.nextToken() == JsonToken.END_ARRAY) {
                    return null;
                }
                int[] f = arrayFields(in, 5, 7, 5, "a date-time [year, month, day, hour, minute, second, nanosecond]");
                try {
                    return LocalDateTime.of(f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
                } catch (DateTimeException e) {
                    throw EventReadException.of("the array is not a valid date-time: " + e.getMessage());
                }
            case VALUE_STRING:
                return parsed(
                        in.getString(),
                        text -> {
                            String local = text.length() > 10 && text.charAt(10) == 'T' && text.endsWith("Z")
                                    ? text.substring(0, text.length() - 1)
                                    : text;
                            return LocalDateTime.parse(local, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
                        },
                        "an ISO-8601 local date-time");
            default:
                throw Json.expected("an ISO-8601 local date-time or an array of its fields", in);
        }
    }

    static LocalTime localTime(JsonParser in) {
        switch (in.currentToken()) {
            case VALUE_NULL:
                return null;
            case START_ARRAY:
                if (in.nextToken() == JsonToken.END_ARRAY) {
                    return null;
                }
                int[] f = arrayFields(in, 2, 4, 1, "a time [hour, minute, second, nanosecond]");
                try {
                    return LocalTime.of(f[0], f[1], f[2], f[3]);
                } catch (DateTimeException e) {
                    throw EventReadException.of("the array is not a valid time: " + e.getMessage());
                }
            case VALUE_STRING:
                return parsed(
                        in.getString(),
                        text -> text.contains("T")
                                ? LocalTime.from(DateTimeFormatter.ISO_LOCAL_DATE_TIME.parse(text))
                                : LocalTime.parse(text),
                        "an ISO-8601 local time");
            default:
                throw Json.expected("an ISO-8601 local time or an array of its fields", in);
        }
    }

    static Year year(JsonParser in) {
        switch (in.currentToken()) {
            case VALUE_NULL:
                return null;
            case VALUE_NUMBER_INT:
                int year = in.getIntValue();
                try {
                    return Year.of(year);
                } catch (DateTimeException e) {
                    throw EventReadException.of(year + " is not a valid year");
                }
            case VALUE_STRING:
                return parsed(in.getString(), Year::parse, "a year");
            default:
                throw Json.expected("a year", in);
        }
    }

    static YearMonth yearMonth(JsonParser in) {
        switch (in.currentToken()) {
            case VALUE_NULL:
                return null;
            case START_ARRAY:
                if (in.nextToken() == JsonToken.END_ARRAY) {
                    return null;
                }
                int[] f = arrayFields(in, 2, 2, 2, "a year-month [year, month]");
                try {
                    return YearMonth.of(f[0], f[1]);
                } catch (DateTimeException e) {
                    throw EventReadException.of("[" + f[0] + "," + f[1] + "] is not a valid year-month");
                }
            case VALUE_STRING:
                return parsed(in.getString(), text -> YearMonth.parse(text, YEAR_MONTH), "an ISO-8601 year-month");
            default:
                throw Json.expected("an ISO-8601 year-month or a [year, month] array", in);
        }
    }

    /** A zone: a region id or an offset, as {@link ZoneId#of(String)} reads it; only from a string, as Jackson. */
    static ZoneId zoneId(JsonParser in) {
        switch (in.currentToken()) {
            case VALUE_NULL:
                return null;
            case VALUE_STRING:
                return parsed(in.getString(), ZoneId::of, "a time-zone id");
            default:
                throw Json.expected("a time-zone id", in);
        }
    }

    static ZoneOffset zoneOffset(JsonParser in) {
        switch (in.currentToken()) {
            case VALUE_NULL:
                return null;
            case VALUE_STRING:
                return parsed(in.getString(), ZoneOffset::of, "a zone offset");
            default:
                throw Json.expected("a zone offset", in);
        }
    }

    /** An ISO-8601 time with offset, or Jackson 2's array {@code [hour, minute, second?, nanosecond?, "offset"]}. */
    static OffsetTime offsetTime(JsonParser in) {
        switch (in.currentToken()) {
            case VALUE_NULL:
                return null;
            case VALUE_STRING:
                return parsed(
                        in.getString(),
                        text -> OffsetTime.parse(text, DateTimeFormatter.ISO_OFFSET_TIME),
                        "an ISO-8601 time with offset");
            case START_ARRAY:
                return offsetTimeFromArray(in);
            default:
                throw Json.expected("an ISO-8601 time with offset or an array of its fields", in);
        }
    }

    /** Jackson's reading of the array form, which ends at the first field missing before the offset. */
    private static OffsetTime offsetTimeFromArray(JsonParser in) {
        String what = "a time [hour, minute, second, nanosecond, offset]";
        JsonToken t = in.nextToken();
        if (t == JsonToken.END_ARRAY) {
            return null;
        }
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw EventReadException.of("expected " + what + ", got an array with " + Json.describe(in));
        }
        int hour = in.getIntValue();
        t = in.nextToken();
        if (t == JsonToken.END_ARRAY) {
            return null;
        }
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw EventReadException.of("expected " + what + ", got an array with " + Json.describe(in));
        }
        int minute = in.getIntValue();
        int second = 0;
        int nanos = 0;
        if (in.nextToken() == JsonToken.VALUE_NUMBER_INT) {
            second = in.getIntValue();
            if (in.nextToken() == JsonToken.VALUE_NUMBER_INT) {
                nanos = in.getIntValue();
                in.nextToken();
            }
        }
        if (in.currentToken() != JsonToken.VALUE_STRING) {
            throw EventReadException.of("expected " + what + ", got an array without its offset");
        }
        OffsetTime time;
        try {
            time = OffsetTime.of(hour, minute, second, nanos, ZoneOffset.of(in.getString()));
        } catch (DateTimeException e) {
            throw EventReadException.of("the array is not a valid time with offset: " + e.getMessage());
        }
        if (in.nextToken() != JsonToken.END_ARRAY) {
            throw EventReadException.of("expected " + what + ", got an array with more after the offset");
        }
        return time;
    }

    /** {@code --12-03}, or Jackson 2's array {@code [month, day]}. */
    static MonthDay monthDay(JsonParser in) {
        switch (in.currentToken()) {
            case VALUE_NULL:
                return null;
            case VALUE_STRING:
                return parsed(in.getString(), MonthDay::parse, "an ISO-8601 month-day (--12-03)");
            case START_ARRAY:
                if (in.nextToken() == JsonToken.END_ARRAY) {
                    return null;
                }
                int[] f = arrayFields(in, 2, 2, 2, "a month-day [month, day]");
                try {
                    return MonthDay.of(f[0], f[1]);
                } catch (DateTimeException e) {
                    throw EventReadException.of("[" + f[0] + "," + f[1] + "] is not a valid month-day");
                }
            default:
                throw Json.expected("an ISO-8601 month-day or a [month, day] array", in);
        }
    }

    /**
     * A month as Jackson 3 reads it: its number from 1 to 12 (Jackson 3 counts months from one), as a number or as text,
     * or its name in capitals ({@code "MAY"}, as Jackson 2 writes it).
     */
    static Month month(JsonParser in) {
        switch (in.currentToken()) {
            case VALUE_NULL:
                return null;
            case VALUE_NUMBER_INT:
                return monthOf(in.getIntValue());
            case VALUE_STRING:
                String raw = in.getString();
                String text = raw.trim();
                return text.isEmpty() ? null : month(raw, text);
            default:
                throw Json.expected("a month (1 to 12, or its name)", in);
        }
    }

    /** A month from non-blank trimmed text; {@code raw} is the text as written, for the message. */
    static Month month(String raw, String text) {
        int number;
        try {
            number = Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            for (Month m : Month.values()) {
                if (m.name().equals(text)) {
                    return m;
                }
            }
            throw EventReadException.of("'" + Json.shown(raw) + "' is not a month (1 to 12, or JANUARY to DECEMBER)");
        }
        return monthOf(number);
    }

    private static Month monthOf(int number) {
        if (number < 1 || number > 12) {
            throw EventReadException.of(number + " is not a month number (1 to 12)");
        }
        return Month.of(number);
    }

    /** A value from trimmed text; blank text is {@code null}, as Jackson reads it. */
    private static <T> T parsed(String raw, java.util.function.Function<String, T> parse, String what) {
        String text = raw.trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (DateTimeException e) {
            throw EventReadException.of("'" + Json.shown(raw) + "' is not " + what);
        }
    }

    /**
     * The integer fields of an array from its first element (the parser on it) to its end: at least {@code min} and at
     * most {@code max}, the fields not written being zero. From field {@code fractionsFrom} on, a number with a
     * fraction is taken too, its fraction dropped, as Jackson reads those fields.
     */
    private static int[] arrayFields(JsonParser in, int min, int max, int fractionsFrom, String what) {
        int[] fields = new int[max];
        int n = 0;
        for (JsonToken t = in.currentToken(); t != JsonToken.END_ARRAY; t = in.nextToken()) {
            boolean number =
                    t == JsonToken.VALUE_NUMBER_INT || (t == JsonToken.VALUE_NUMBER_FLOAT && n >= fractionsFrom);
            if (!number || n == max) {
                throw EventReadException.of("expected " + what + ", got an array with " + Json.describe(in));
            }
            try {
                fields[n++] = in.getIntValue();
            } catch (JacksonException e) {
                throw EventReadException.of("expected " + what + ", got an array with a field out of range");
            }
        }
        if (n < min) {
            throw EventReadException.of("expected " + what + ", got an array of " + n + " numbers");
        }
        return fields;
    }

    /** The number that digits, with an optional sign and at most one point, stand for; else {@code null}. */
    private static BigDecimal secondsIn(String text) {
        int i = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
        int points = 0;
        for (int end = text.length(); i < end; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                points++;
            } else if (c < '0' || c > '9') {
                return null;
            }
        }
        if (points > 1) {
            return null;
        }
        if (text.length() > MAX_NUMBER_LENGTH) {
            throw EventReadException.of("a number of " + text.length() + " characters is longer than "
                    + MAX_NUMBER_LENGTH + ", the most Jackson reads");
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null; // a sign or a point alone: read as text, which fails there
        }
    }

    private static Instant instantOf(BigDecimal seconds) {
        try {
            long[] parts = secondsAndNanos(seconds);
            return Instant.ofEpochSecond(parts[0], parts[1]);
        } catch (DateTimeException | ArithmeticException e) {
            throw EventReadException.of(Json.shown(seconds.toString()) + " seconds is outside the range of an instant");
        }
    }

    private static Instant instantOf(long seconds, long nanos) {
        try {
            return Instant.ofEpochSecond(seconds, nanos);
        } catch (DateTimeException e) {
            throw EventReadException.of(seconds + " seconds is outside the range of an instant");
        }
    }

    private static OffsetDateTime offsetDateTimeOf(BigDecimal seconds) {
        long[] parts;
        try {
            parts = secondsAndNanos(seconds);
        } catch (ArithmeticException e) {
            throw EventReadException.of(
                    Json.shown(seconds.toString()) + " seconds is outside the range of a date-time");
        }
        // The extremes keep their offset, which UTC cannot show, as Jackson does.
        if (parts[0] == OffsetDateTime.MIN.toEpochSecond() && parts[1] == OffsetDateTime.MIN.getNano()) {
            return OffsetDateTime.MIN;
        }
        if (parts[0] == OffsetDateTime.MAX.toEpochSecond() && parts[1] == OffsetDateTime.MAX.getNano()) {
            return OffsetDateTime.MAX;
        }
        return atUtc(instantOf(seconds));
    }

    private static OffsetDateTime atUtc(Instant instant) {
        try {
            return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw EventReadException.of(instant + " is outside the range of a date-time");
        }
    }

    private static ZonedDateTime zonedAtUtc(Instant instant) {
        try {
            return ZonedDateTime.ofInstant(instant, ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw EventReadException.of(instant + " is outside the range of a date-time");
        }
    }

    /**
     * Whole seconds and nanoseconds of a decimal number of seconds, as Jackson splits it: without an unbounded
     * {@code BigDecimal} operation, so an exponent of any size is cheap, and with Jackson's results at the extremes (a
     * number too small for a nanosecond, or too large for the low 64 bits to mean anything, is zero).
     */
    private static long[] secondsAndNanos(BigDecimal seconds) {
        BigDecimal nanos = seconds.scaleByPowerOfTen(9);
        if (nanos.precision() - nanos.scale() <= 0 || seconds.scale() < -63) {
            return new long[] {0, 0};
        }
        long whole = seconds.longValue();
        long fraction =
                nanos.subtract(BigDecimal.valueOf(whole).scaleByPowerOfTen(9)).intValue();
        return new long[] {whole, fraction};
    }

    /** A zero offset written as {@code +00}, {@code +0000} or {@code +00:00}, as {@code Z}. */
    private static String zeroOffsetAsZ(String text) {
        int plus = text.lastIndexOf('+');
        if (plus < 0) {
            return text;
        }
        String offset = text.substring(plus + 1);
        return offset.equals("00") || offset.equals("0000") || offset.equals("00:00")
                ? text.substring(0, plus) + 'Z'
                : text;
    }

    /** An offset written without its colon ({@code +0200}) with it, as Jackson accepts the basic ISO-8601 form. */
    private static String colonInOffset(String text) {
        int t = text.indexOf('T');
        if (t < 0) {
            return text;
        }
        int sign = text.indexOf('+', t + 1);
        if (sign < 0) {
            sign = text.indexOf('-', t + 1);
        }
        if (sign < 0 || sign > text.length() - 5) {
            return text;
        }
        if (text.indexOf(':', sign) == sign + 3) {
            return text;
        }
        for (int i = sign + 1; i <= sign + 4; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return text;
            }
        }
        return text.substring(0, sign + 3) + ':' + text.substring(sign + 3);
    }
}
