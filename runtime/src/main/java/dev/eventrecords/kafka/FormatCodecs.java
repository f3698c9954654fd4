package dev.eventrecords.kafka;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQuery;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The codecs of values whose component carries {@code @JsonFormat}, as Jackson 3.3's default mapper writes and reads
 * them with that annotation: a {@code java.time} value as text in a pattern, as decimal seconds, as milliseconds or as
 * an epoch day, and an enum by its index. Generated code builds each codec, and each formatter, once, in a constant.
 *
 * <p>Reading follows Jackson's deserializers with the annotation: only a JSON string is read through the pattern
 * (trimmed; blank is {@code null}); numbers and arrays are read as without the annotation.
 *
 * <p>All codecs are stateless and thread-safe.
 */
public final class FormatCodecs {

    /** The type's own query, by which a pattern's parse result becomes the value. */
    private static final Map<Class<?>, TemporalQuery<?>> QUERIES = Map.of(
            Instant.class, (TemporalQuery<Instant>) Instant::from,
            LocalDate.class, (TemporalQuery<LocalDate>) LocalDate::from,
            LocalDateTime.class, (TemporalQuery<LocalDateTime>) LocalDateTime::from,
            LocalTime.class, (TemporalQuery<LocalTime>) LocalTime::from,
            OffsetDateTime.class, (TemporalQuery<OffsetDateTime>) OffsetDateTime::from,
            ZonedDateTime.class, (TemporalQuery<ZonedDateTime>) ZonedDateTime::from,
            OffsetTime.class, (TemporalQuery<OffsetTime>) OffsetTime::from,
            YearMonth.class, (TemporalQuery<YearMonth>) YearMonth::from,
            MonthDay.class, (TemporalQuery<MonthDay>) MonthDay::from,
            Year.class, (TemporalQuery<Year>) Year::from);

    /** The codec of each type without the annotation, which reads what is not a string. */
    private static final Map<Class<?>, JsonCodec<?>> PLAIN = Map.of(
            Instant.class, Codecs.INSTANT,
            LocalDate.class, Codecs.LOCAL_DATE,
            LocalDateTime.class, Codecs.LOCAL_DATE_TIME,
            LocalTime.class, Codecs.LOCAL_TIME,
            OffsetDateTime.class, Codecs.OFFSET_DATE_TIME,
            ZonedDateTime.class, Codecs.ZONED_DATE_TIME,
            OffsetTime.class, Codecs.OFFSET_TIME,
            YearMonth.class, Codecs.YEAR_MONTH,
            MonthDay.class, Codecs.MONTH_DAY,
            Year.class, Codecs.YEAR);

    /** The types Jackson 3 writes as an array with a number shape. */
    private static final Set<Class<?>> ARRAYS = Set.of(
            LocalDate.class, LocalDateTime.class, LocalTime.class, OffsetTime.class, YearMonth.class, MonthDay.class);

    /** The types Jackson 3 reads with its {@code InstantDeserializer}. */
    private static final Set<Class<?>> TIMESTAMPED = Set.of(Instant.class, OffsetDateTime.class, ZonedDateTime.class);

    private FormatCodecs() {}

    /**
     * The formatter of {@code @JsonFormat(pattern = ..., locale = ..., timezone = ...)}, built as Jackson 3 builds it:
     * {@link DateTimeFormatter#ofPattern(String, Locale)}, with the time zone as its override zone when there is one.
     *
     * @param pattern the pattern, valid for {@link DateTimeFormatter#ofPattern(String)}
     * @param locale the annotation's locale, or the default locale as Jackson's mapper has it without one
     * @param zone the annotation's time zone, or {@code null}
     * @return the formatter
     * @throws IllegalArgumentException when the pattern is not valid
     */
    public static DateTimeFormatter pattern(String pattern, Locale locale, ZoneId zone) {
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern(pattern, locale);
        return zone == null ? formatter : formatter.withZone(zone);
    }

    /**
     * A {@code java.time} value as text in a pattern: written as {@code formatter.format(value)}; a JSON string is read
     * trimmed through the formatter (blank is {@code null}), any other token as without the annotation.
     *
     * @param type {@code Instant}, {@code LocalDate}, {@code LocalDateTime}, {@code LocalTime},
     *     {@code OffsetDateTime}, {@code ZonedDateTime}, {@code OffsetTime}, {@code YearMonth}, {@code MonthDay} or
     *     {@code Year}
     * @param formatter the formatter, from {@link #pattern(String, Locale, ZoneId)}
     * @param <T> the type
     * @return the codec
     * @throws IllegalArgumentException for another type
     */
    public static <T extends TemporalAccessor> JsonCodec<T> text(Class<T> type, DateTimeFormatter formatter) {
        return text(type, formatter, false);
    }

    /**
     * A {@code java.time} value as text in a pattern, read strictly as Jackson 3 reads it with {@code lenient = FALSE}:
     * written as {@link #text(Class, DateTimeFormatter)} writes it; a JSON string is read through the formatter with
     * {@link ResolverStyle#STRICT} ({@code 31/02/2026} is refused, and {@code yyyy}, the year of an era, needs the
     * era), a blank text is refused (an {@code Instant}, {@code OffsetDateTime} or {@code ZonedDateTime} reads it as
     * {@code null} still, as Jackson does), and so is an integer for a {@code LocalDate}; any other token is read as
     * without the annotation.
     *
     * @param type as for {@link #text(Class, DateTimeFormatter)}
     * @param formatter the formatter, from {@link #pattern(String, Locale, ZoneId)}
     * @param <T> the type
     * @return the codec
     * @throws IllegalArgumentException for another type
     */
    public static <T extends TemporalAccessor> JsonCodec<T> strictText(Class<T> type, DateTimeFormatter formatter) {
        return text(type, formatter, true);
    }

    private static <T extends TemporalAccessor> JsonCodec<T> text(
            Class<T> type, DateTimeFormatter formatter, boolean strict) {
        @SuppressWarnings("unchecked")
        TemporalQuery<T> query = (TemporalQuery<T>) QUERIES.get(type);
        @SuppressWarnings("unchecked")
        JsonCodec<T> plain = (JsonCodec<T>) PLAIN.get(type);
        if (query == null || plain == null) {
            throw new IllegalArgumentException("no pattern form for " + type.getName());
        }
        String what = "a '" + type.getSimpleName() + "' in the form '" + formatter + "'";
        DateTimeFormatter parser = strict ? formatter.withResolverStyle(ResolverStyle.STRICT) : formatter;
        // Jackson's InstantDeserializer reads a blank text as null even when strict, its other deserializers refuse it
        boolean blankIsNull = !strict || TIMESTAMPED.contains(type);
        return new JsonCodec<>() {
            @Override
            public void write(JsonGenerator out, T value) {
                if (value == null) {
                    out.writeNull();
                } else {
                    out.writeString(formatter.format(value));
                }
            }

            @Override
            public T read(JsonParser in) {
                if (strict && type == LocalDate.class && in.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                    throw EventReadException.of(
                            "an epoch day is not read as a 'LocalDate' when '@JsonFormat(lenient = FALSE)'");
                }
                if (in.currentToken() != JsonToken.VALUE_STRING) {
                    return plain.read(in);
                }
                String raw = in.getString();
                String text = raw.trim();
                if (text.isEmpty()) {
                    if (blankIsNull) {
                        return null;
                    }
                    throw EventReadException.of("a blank text is not read as a '" + type.getSimpleName()
                            + "' when '@JsonFormat(lenient = FALSE)'");
                }
                try {
                    return parser.parse(text, query);
                } catch (DateTimeException e) {
                    throw EventReadException.of("'" + Json.shown(raw) + "' is not " + Json.shown(what) + ": "
                            + Json.shown(String.valueOf(e.getMessage())));
                }
            }
        };
    }

    /**
     * {@code Instant}, {@code OffsetDateTime}, {@code ZonedDateTime} or {@code Duration} as decimal seconds, as
     * Jackson 3 writes it with {@code shape = NUMBER} or {@code NUMBER_FLOAT}: {@code 1700000000.123456789}, nine
     * decimals always, {@code 0.0} for zero, in {@link BigDecimal#toString()}'s form ({@code 1E-9} for a nanosecond).
     * It reads as without the annotation.
     *
     * @param type the type
     * @param <T> the type
     * @return the codec
     * @throws IllegalArgumentException for another type
     */
    public static <T> JsonCodec<T> seconds(Class<T> type) {
        JsonCodec<T> plain = timestamped(type);
        return new JsonCodec<>() {
            @Override
            public void write(JsonGenerator out, T value) {
                if (value == null) {
                    out.writeNull();
                    return;
                }
                if (value instanceof Duration d) {
                    // as Jackson: the magnitude's seconds, negated; so the most negative duration, whose magnitude
                    // a Duration cannot hold, cannot be written
                    out.writeNumber(
                            d.isNegative()
                                    ? decimal(d.abs().getSeconds(), d.abs().getNano())
                                            .negate()
                                    : decimal(d.getSeconds(), d.getNano()));
                } else {
                    Instant instant = instantOf(value);
                    out.writeNumber(decimal(instant.getEpochSecond(), instant.getNano()));
                }
            }

            @Override
            public T read(JsonParser in) {
                return plain.read(in);
            }
        };
    }

    /**
     * {@code Instant}, {@code OffsetDateTime}, {@code ZonedDateTime} or {@code Duration} as whole milliseconds, as
     * Jackson 3 writes it with {@code shape = NUMBER_INT} (a value beyond a {@code long} of milliseconds cannot be
     * written). It reads an integer as milliseconds, and so a date-time's integer in a string; a decimal number is
     * still seconds, and any other text as without the annotation.
     *
     * @param type the type
     * @param <T> the type
     * @return the codec
     * @throws IllegalArgumentException for another type
     */
    public static <T> JsonCodec<T> millis(Class<T> type) {
        JsonCodec<T> plain = timestamped(type);
        return new JsonCodec<>() {
            @Override
            public void write(JsonGenerator out, T value) {
                if (value == null) {
                    out.writeNull();
                } else if (value instanceof Duration d) {
                    out.writeNumber(d.toMillis());
                } else {
                    out.writeNumber(instantOf(value).toEpochMilli());
                }
            }

            @Override
            public T read(JsonParser in) {
                if (in.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                    return ofMillis(type, in.getLongValue());
                }
                if (in.currentToken() == JsonToken.VALUE_STRING && type != Duration.class) {
                    // Jackson reads a date-time's text of digits as a timestamp, in milliseconds here
                    Long millis = wholeNumber(in.getString().trim());
                    if (millis != null) {
                        return ofMillis(type, millis);
                    }
                }
                return plain.read(in);
            }
        };
    }

    /**
     * A local date, time or date-time, a {@code YearMonth}, {@code MonthDay} or {@code OffsetTime} as an array of
     * numbers, as Jackson 3 writes it with {@code shape = NUMBER}, {@code NUMBER_FLOAT} or {@code ARRAY} (and a
     * {@code YearMonth} or {@code MonthDay} with {@code NUMBER_INT} too): {@code [2026,12,3]}, {@code [2026,12]},
     * {@code [12,3]}; a time is {@code [hour,minute]}, then the second when the second or the nanosecond is not zero,
     * then the nanosecond when it is not zero ({@code [2026,12,3,10,15,0,5]}); an {@code OffsetTime} ends with its
     * offset's id ({@code [10,15,"+02:00"]}). It reads as without the annotation, which reads these arrays too.
     *
     * @param type the type
     * @param <T> the type
     * @return the codec
     * @throws IllegalArgumentException for another type
     */
    public static <T extends TemporalAccessor> JsonCodec<T> array(Class<T> type) {
        @SuppressWarnings("unchecked")
        JsonCodec<T> plain = (JsonCodec<T>) PLAIN.get(type);
        if (plain == null || !ARRAYS.contains(type)) {
            throw new IllegalArgumentException("no array form for " + type.getName());
        }
        return new JsonCodec<>() {
            @Override
            public void write(JsonGenerator out, T value) {
                if (value == null) {
                    out.writeNull();
                    return;
                }
                out.writeStartArray();
                if (value instanceof LocalDate d) {
                    date(out, d);
                } else if (value instanceof LocalDateTime dt) {
                    date(out, dt.toLocalDate());
                    time(out, dt.toLocalTime());
                } else if (value instanceof LocalTime t) {
                    time(out, t);
                } else if (value instanceof OffsetTime t) {
                    time(out, t.toLocalTime());
                    out.writeString(t.getOffset().getId());
                } else if (value instanceof YearMonth ym) {
                    out.writeNumber(ym.getYear());
                    out.writeNumber(ym.getMonthValue());
                } else {
                    MonthDay md = (MonthDay) value;
                    out.writeNumber(md.getMonthValue());
                    out.writeNumber(md.getDayOfMonth());
                }
                out.writeEndArray();
            }

            @Override
            public T read(JsonParser in) {
                return plain.read(in);
            }
        };
    }

    private static void date(JsonGenerator out, LocalDate date) {
        out.writeNumber(date.getYear());
        out.writeNumber(date.getMonthValue());
        out.writeNumber(date.getDayOfMonth());
    }

    private static void time(JsonGenerator out, LocalTime time) {
        out.writeNumber(time.getHour());
        out.writeNumber(time.getMinute());
        if (time.getSecond() > 0 || time.getNano() > 0) {
            out.writeNumber(time.getSecond());
            if (time.getNano() > 0) {
                out.writeNumber(time.getNano());
            }
        }
    }

    /**
     * {@code LocalDate} as its epoch day, as Jackson 3 writes it with {@code shape = NUMBER_INT}: {@code 20790}. It
     * reads as without the annotation, which reads an integer as an epoch day too.
     *
     * @return the codec
     */
    public static JsonCodec<LocalDate> epochDay() {
        return new JsonCodec<>() {
            @Override
            public void write(JsonGenerator out, LocalDate value) {
                if (value == null) {
                    out.writeNull();
                } else {
                    out.writeNumber(value.toEpochDay());
                }
            }

            @Override
            public LocalDate read(JsonParser in) {
                return Codecs.LOCAL_DATE.read(in);
            }
        };
    }

    /**
     * An enum by its index, as Jackson 3 writes it with {@code shape = NUMBER} or {@code NUMBER_INT}: {@code 0} for the
     * first constant, whatever its name or {@code @JsonProperty} text. It reads as without the annotation, which takes
     * an index as well as a constant's text.
     *
     * @param plain the enum's codec without the annotation, from {@link Codecs#enumOf(Class, String...)}
     * @param <E> the enum
     * @return the codec
     */
    public static <E extends Enum<E>> JsonCodec<E> index(JsonCodec<E> plain) {
        return new JsonCodec<>() {
            @Override
            public void write(JsonGenerator out, E value) {
                if (value == null) {
                    out.writeNull();
                } else {
                    out.writeNumber(value.ordinal());
                }
            }

            @Override
            public E read(JsonParser in) {
                return plain.read(in);
            }
        };
    }

    /** Seconds and nanoseconds as Jackson 3 writes them: {@code 0.0}, else nine decimals, in BigDecimal's form. */
    private static BigDecimal decimal(long seconds, int nanos) {
        return seconds == 0 && nanos == 0
                ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(seconds).add(BigDecimal.valueOf(nanos, 9));
    }

    @SuppressWarnings("unchecked")
    private static <T> JsonCodec<T> timestamped(Class<T> type) {
        if (type == Instant.class) {
            return (JsonCodec<T>) Codecs.INSTANT;
        }
        if (type == OffsetDateTime.class) {
            return (JsonCodec<T>) Codecs.OFFSET_DATE_TIME;
        }
        if (type == ZonedDateTime.class) {
            return (JsonCodec<T>) Codecs.ZONED_DATE_TIME;
        }
        if (type == Duration.class) {
            return (JsonCodec<T>) Codecs.DURATION;
        }
        throw new IllegalArgumentException("no timestamp form for " + type.getName());
    }

    private static Instant instantOf(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        return (Instant) value;
    }

    /** A value of {@code millis} milliseconds; a date-time at UTC, as Jackson reads one from a timestamp. */
    private static <T> T ofMillis(Class<T> type, long millis) {
        try {
            if (type == Duration.class) {
                return type.cast(Duration.ofMillis(millis));
            }
            Instant instant = Instant.ofEpochMilli(millis);
            if (type == OffsetDateTime.class) {
                return type.cast(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            }
            if (type == ZonedDateTime.class) {
                return type.cast(ZonedDateTime.ofInstant(instant, ZoneOffset.UTC));
            }
            return type.cast(instant);
        } catch (DateTimeException | ArithmeticException e) {
            throw EventReadException.of(millis + " milliseconds is not a valid '" + type.getSimpleName() + "'");
        }
    }

    /** The value of a text of digits with an optional sign, as Jackson tells a timestamp from a date; else null. */
    private static Long wholeNumber(String text) {
        if (text.isEmpty()) {
            return null;
        }
        int start = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return null;
            }
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
