package dev.eventrecords.kafka.avro;

import dev.eventrecords.Bytes;
import dev.eventrecords.kafka.EventReadException;
import dev.eventrecords.kafka.MapKey;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The Avro form of every value type the serde carries, one constant per type, named as its JSON codec in {@code
 * dev.eventrecords.kafka.Codecs}: what the processor's value-type registry says each type becomes in an event's Avro
 * schema, and the same value Apache Avro's conversions give for a logical type ({@code uuid}, {@code date}, {@code
 * timestamp-nanos}, {@code local-timestamp-nanos}). A type Avro has no faithful type for is the text its JSON form
 * holds, read back strictly.
 *
 * <p>All codecs are stateless and thread-safe.
 */
public final class AvroCodecs {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private AvroCodecs() {}

    /** {@code boolean}. */
    public static final AvroCodec<Boolean> BOOLEAN = codec((out, v) -> out.writeBoolean(v), AvroReader::readBoolean);

    /** {@code byte}, as an {@code int} from -128 to 127. */
    public static final AvroCodec<Byte> BYTE = codec(
            (out, v) -> out.writeInt(v), in -> (byte) ranged(in.readInt(), Byte.MIN_VALUE, Byte.MAX_VALUE, "a byte"));

    /** {@code short}, as an {@code int} from -32768 to 32767. */
    public static final AvroCodec<Short> SHORT = codec((out, v) -> out.writeInt(v), in ->
            (short) ranged(in.readInt(), Short.MIN_VALUE, Short.MAX_VALUE, "a short"));

    /** {@code int}. */
    public static final AvroCodec<Integer> INTEGER = codec((out, v) -> out.writeInt(v), AvroReader::readInt);

    /** {@code long}. */
    public static final AvroCodec<Long> LONG = codec((out, v) -> out.writeLong(v), AvroReader::readLong);

    /** {@code float}. */
    public static final AvroCodec<Float> FLOAT = codec((out, v) -> out.writeFloat(v), AvroReader::readFloat);

    /** {@code double}. */
    public static final AvroCodec<Double> DOUBLE = codec((out, v) -> out.writeDouble(v), AvroReader::readDouble);

    /** {@code char}, as an {@code int}: its UTF-16 code unit, which a string could not hold for a lone surrogate. */
    public static final AvroCodec<Character> CHARACTER =
            codec((out, v) -> out.writeInt(v), in -> (char) ranged(in.readInt(), 0, Character.MAX_VALUE, "a char"));

    /** {@code String}. */
    public static final AvroCodec<String> STRING = codec(AvroWriter::writeString, AvroReader::readString);

    /** {@code UUID}, as the {@code uuid} string: its 36 characters, read as Avro's conversion reads them. */
    public static final AvroCodec<UUID> UUID = text(java.util.UUID::toString, java.util.UUID::fromString, "a UUID");

    /** {@code BigDecimal}, as its {@code toString()}: the unscaled value and the scale both kept. */
    public static final AvroCodec<BigDecimal> BIG_DECIMAL = text(BigDecimal::toString, BigDecimal::new, "a decimal");

    /** {@code BigInteger}, as its decimal digits. */
    public static final AvroCodec<BigInteger> BIG_INTEGER = text(BigInteger::toString, BigInteger::new, "an integer");

    /**
     * {@code Instant}, as {@code timestamp-nanos}: nanoseconds since 1970-01-01T00:00Z, from
     * 1677-09-21T00:12:43.145224192Z to 2262-04-11T23:47:16.854775807Z; an instant outside is refused.
     */
    public static final AvroCodec<Instant> INSTANT =
            codec((out, v) -> out.writeLong(nanos(v.getEpochSecond(), v.getNano(), v)), in -> {
                long nanos = in.readLong();
                return Instant.ofEpochSecond(
                        Math.floorDiv(nanos, NANOS_PER_SECOND), Math.floorMod(nanos, NANOS_PER_SECOND));
            });

    /** {@code LocalDate}, as {@code date}: days since 1970-01-01, in an {@code int}. */
    public static final AvroCodec<LocalDate> LOCAL_DATE = codec(
            (out, v) -> {
                long day = v.toEpochDay();
                if (day < Integer.MIN_VALUE || day > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("the date " + v + " is outside the range of Avro's 'date'");
                }
                out.writeInt((int) day);
            },
            in -> LocalDate.ofEpochDay(in.readInt()));

    /**
     * {@code LocalDateTime}, as {@code local-timestamp-nanos}: nanoseconds since 1970-01-01T00:00 on the local clock,
     * from 1677-09-21T00:12:43.145224192 to 2262-04-11T23:47:16.854775807; one outside is refused.
     */
    public static final AvroCodec<LocalDateTime> LOCAL_DATE_TIME =
            codec((out, v) -> out.writeLong(nanos(v.toEpochSecond(ZoneOffset.UTC), v.getNano(), v)), in -> {
                long nanos = in.readLong();
                return LocalDateTime.ofEpochSecond(
                        Math.floorDiv(nanos, NANOS_PER_SECOND),
                        (int) Math.floorMod(nanos, NANOS_PER_SECOND),
                        ZoneOffset.UTC);
            });

    /** {@code LocalTime}, as its JSON text ({@code 10:15:30.12}): Avro's {@code time-micros} would drop nanoseconds. */
    public static final AvroCodec<LocalTime> LOCAL_TIME =
            text(DateTimeFormatter.ISO_LOCAL_TIME::format, LocalTime::parse, "a local time");

    /** {@code OffsetDateTime}, as its JSON text ({@code 2024-05-01T10:15:30+02:00}): the offset kept. */
    public static final AvroCodec<OffsetDateTime> OFFSET_DATE_TIME =
            text(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format, OffsetDateTime::parse, "an offset date-time");

    /**
     * {@code ZonedDateTime}, as its JSON text, with its offset ({@code 2024-05-01T10:15:30+02:00}): it reads back with
     * that offset as its zone, as from JSON.
     */
    public static final AvroCodec<ZonedDateTime> ZONED_DATE_TIME = text(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME::format,
            t -> ZonedDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME),
            "a zoned date-time");

    /** {@code Duration}, as its JSON text ({@code PT1.5S}): Avro's {@code duration} holds no negative or nanoseconds. */
    public static final AvroCodec<Duration> DURATION = text(Duration::toString, Duration::parse, "a duration");

    /** {@code Period}, as its JSON text ({@code P1Y2M3D}). */
    public static final AvroCodec<Period> PERIOD = text(Period::toString, Period::parse, "a period");

    /** {@code Year}, as an {@code int}. */
    public static final AvroCodec<Year> YEAR = codec(
            (out, v) -> out.writeInt(v.getValue()),
            in -> Year.of(ranged(in.readInt(), Year.MIN_VALUE, Year.MAX_VALUE, "a year")));

    /** {@code YearMonth}, as its JSON text ({@code 2024-05}, {@code 10000-01}). */
    public static final AvroCodec<YearMonth> YEAR_MONTH =
            text(YearMonth::toString, AvroCodecs::yearMonth, "a year-month");

    /** {@code MonthDay}, as its JSON text ({@code --02-29}). */
    public static final AvroCodec<MonthDay> MONTH_DAY = text(MonthDay::toString, MonthDay::parse, "a month-day");

    /** {@code Month}, as an {@code int} from 1 (January) to 12, as in JSON. */
    public static final AvroCodec<Month> MONTH =
            codec((out, v) -> out.writeInt(v.getValue()), in -> Month.of(ranged(in.readInt(), 1, 12, "a month")));

    /** {@code OffsetTime}, as its JSON text ({@code 10:15:30+02:00}). */
    public static final AvroCodec<OffsetTime> OFFSET_TIME =
            text(OffsetTime::toString, OffsetTime::parse, "an offset time");

    /** {@code ZoneOffset}, by its id ({@code +02:00}, {@code Z}). */
    public static final AvroCodec<ZoneOffset> ZONE_OFFSET = text(ZoneOffset::getId, ZoneOffset::of, "a zone offset");

    /** {@code ZoneId}, by its id ({@code Europe/Paris}, {@code Z}). */
    public static final AvroCodec<ZoneId> ZONE_ID = text(ZoneId::getId, ZoneId::of, "a zone id");

    /** {@code URI}, by its {@code toString()}. */
    public static final AvroCodec<URI> URI = text(java.net.URI::toString, java.net.URI::create, "a URI");

    /**
     * {@code Locale}, by its BCP 47 language tag ({@code ""} for {@code Locale.ROOT}), as in JSON; a locale no tag
     * stands for is refused rather than changed on the way.
     */
    public static final AvroCodec<Locale> LOCALE = text(AvroCodecs::tagOf, AvroCodecs::locale, "a locale");

    /** {@code Currency}, by its ISO 4217 code. */
    public static final AvroCodec<Currency> CURRENCY =
            text(Currency::getCurrencyCode, Currency::getInstance, "a currency code");

    /** {@code OptionalInt}, present: an {@code int} (an empty one is the union's {@code null}). */
    public static final AvroCodec<OptionalInt> OPTIONAL_INT = codec(
            (out, v) -> out.writeInt(v.orElseThrow(AvroCodecs::emptyWritten)), in -> OptionalInt.of(in.readInt()));

    /** {@code OptionalLong}, present: a {@code long}. */
    public static final AvroCodec<OptionalLong> OPTIONAL_LONG = codec(
            (out, v) -> out.writeLong(v.orElseThrow(AvroCodecs::emptyWritten)), in -> OptionalLong.of(in.readLong()));

    /** {@code OptionalDouble}, present: a {@code double}. */
    public static final AvroCodec<OptionalDouble> OPTIONAL_DOUBLE = codec(
            (out, v) -> out.writeDouble(v.orElseThrow(AvroCodecs::emptyWritten)),
            in -> OptionalDouble.of(in.readDouble()));

    /** {@link Bytes}, as {@code bytes}. */
    public static final AvroCodec<Bytes> BYTES =
            codec((out, v) -> out.writeBytes(v.toByteArray()), in -> Bytes.copyOf(in.readBytes()));

    /**
     * A union {@code ["null", T]}: {@code null} as the branch {@code 0}, any other value as the branch {@code 1} and
     * its codec's form. Its {@code write} takes {@code null} and its {@code read} returns it, unlike a plain codec's.
     *
     * @param present the codec of a non-null value
     * @param <T> the type
     * @return the codec
     */
    public static <T> AvroCodec<T> orNull(AvroCodec<T> present) {
        return union(present, value -> true, null);
    }

    /**
     * {@code Optional<T>} as the union {@code ["null", T]}: empty (or {@code null}) as the branch {@code 0}; read back
     * as {@code Optional.empty()}, never {@code null}.
     *
     * @param present the codec of the value
     * @param <T> the type
     * @return the codec
     */
    public static <T> AvroCodec<Optional<T>> optional(AvroCodec<T> present) {
        return orEmpty(optionalOf(present), Optional::isPresent, Optional.empty());
    }

    private static <T> AvroCodec<Optional<T>> optionalOf(AvroCodec<T> present) {
        Objects.requireNonNull(present, "present");
        return codec((out, v) -> present.write(out, v.orElseThrow()), in -> Optional.of(present.read(in)));
    }

    /**
     * A type with an empty value ({@code OptionalInt}, ...) as the union {@code ["null", T]}: empty (or {@code null})
     * as the branch {@code 0}, read back as {@code empty}.
     *
     * @param present the codec of a present value ({@link #OPTIONAL_INT}, ...)
     * @param isPresent whether a value is present
     * @param empty the empty value
     * @param <T> the type
     * @return the codec
     */
    public static <T> AvroCodec<T> orEmpty(AvroCodec<T> present, Predicate<T> isPresent, T empty) {
        return union(present, Objects.requireNonNull(isPresent, "isPresent"), Objects.requireNonNull(empty, "empty"));
    }

    /** {@code ["null", T]}: {@code null}, or a value {@code isPresent} refuses, as the branch {@code 0}, read as {@code empty}. */
    private static <T> AvroCodec<T> union(AvroCodec<T> present, Predicate<T> isPresent, T empty) {
        Objects.requireNonNull(present, "present");
        return new AvroCodec<>() {
            @Override
            public void write(AvroWriter out, T value) {
                if (value == null || !isPresent.test(value)) {
                    out.writeIndex(0);
                } else {
                    out.writeIndex(1);
                    present.write(out, value);
                }
            }

            @Override
            public T read(AvroReader in) {
                return in.readIndex(2) == 0 ? empty : present.read(in);
            }
        };
    }

    /**
     * A sealed interface as the union of its variants (records and enums), in the order given: a value is written as
     * the branch of its variant and that variant's form, and read back by its branch. With {@code nullable}, the
     * union's first branch is {@code null} and the variants follow.
     *
     * @param nullable whether {@code null} is the union's first branch
     * @param variants each variant's class, in the union's order
     * @param codecs each variant's codec, in the same order
     * @param <T> the sealed interface
     * @return the codec
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> AvroCodec<T> oneOf(
            boolean nullable, List<Class<? extends T>> variants, List<AvroCodec<? extends T>> codecs) {
        if (variants.size() != codecs.size() || variants.isEmpty()) {
            throw new IllegalArgumentException("one codec per variant, and at least one variant");
        }
        Class<?>[] types = variants.toArray(new Class<?>[0]);
        AvroCodec<Object>[] branches = codecs.toArray(new AvroCodec[0]);
        int first = nullable ? 1 : 0;
        int count = types.length + first;
        return new AvroCodec<>() {
            @Override
            public void write(AvroWriter out, T value) {
                if (value == null) {
                    if (!nullable) {
                        throw new IllegalArgumentException("null, where the union has no null branch");
                    }
                    out.writeIndex(0);
                    return;
                }
                for (int i = 0; i < types.length; i++) {
                    if (types[i].isInstance(value)) {
                        out.writeIndex(i + first);
                        branches[i].write(out, value);
                        return;
                    }
                }
                throw new IllegalArgumentException(
                        "'" + value.getClass().getName() + "' is none of the union's variants");
            }

            @Override
            public T read(AvroReader in) {
                int branch = in.readIndex(count);
                return branch < first ? null : (T) branches[branch - first].read(in);
            }
        };
    }

    /**
     * An enum as an Avro enum whose symbols are its constants' names in declaration order: a constant by its ordinal.
     *
     * @param type the enum
     * @param <E> the enum
     * @return the codec
     */
    public static <E extends Enum<E>> AvroCodec<E> enumOf(Class<E> type) {
        E[] constants = type.getEnumConstants();
        return codec((out, v) -> out.writeEnum(v.ordinal()), in -> constants[in.readEnum(constants.length)]);
    }

    /**
     * {@code List<T>} as an array, written as one block; read back unmodifiable, keeping {@code null} elements when
     * the element codec reads them.
     *
     * @param element the elements' codec ({@link #orNull} when elements may be {@code null})
     * @param <T> the elements' type
     * @return the codec
     */
    public static <T> AvroCodec<List<T>> list(AvroCodec<T> element) {
        Objects.requireNonNull(element, "element");
        return codec((out, v) -> writeArray(out, v, element), in -> {
            List<T> values = new ArrayList<>();
            readArray(in, element, values);
            // without nulls, an immutable list that a record's List.copyOf keeps as it is
            return values.contains(null) ? Collections.unmodifiableList(values) : List.copyOf(values);
        });
    }

    /**
     * {@code Set<T>} as an array in the set's order; read back unmodifiable in the array's order.
     *
     * @param element the elements' codec
     * @param <T> the elements' type
     * @return the codec
     */
    public static <T> AvroCodec<Set<T>> set(AvroCodec<T> element) {
        Objects.requireNonNull(element, "element");
        return codec((out, v) -> writeArray(out, v, element), in -> {
            Set<T> values = new LinkedHashSet<>();
            readArray(in, element, values);
            return Collections.unmodifiableSet(values);
        });
    }

    /**
     * {@code Map<K, V>} as an Avro map, whose keys are strings: each key as the text JSON writes for it as a property
     * name ({@code key}); read back unmodifiable in the map's order, a key written twice keeping its last value.
     *
     * @param key the keys' text
     * @param value the values' codec
     * @param <K> the keys' type
     * @param <V> the values' type
     * @return the codec
     */
    public static <K, V> AvroCodec<Map<K, V>> map(MapKey<K> key, AvroCodec<V> value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        return codec(
                (out, map) -> {
                    out.writeMapStart(map.size());
                    for (Map.Entry<K, V> entry : map.entrySet()) {
                        if (entry.getKey() == null) {
                            throw new IllegalArgumentException(
                                    "a map key is null, which Avro's string keys cannot hold");
                        }
                        out.writeString(key.write(entry.getKey()));
                        value.write(out, entry.getValue());
                    }
                    out.writeMapEnd();
                },
                in -> {
                    Map<K, V> entries = new LinkedHashMap<>();
                    for (int count = in.readMapStart(); count != 0; count = in.mapNext()) {
                        for (int i = 0; i < count; i++) {
                            K k = key.read(in.readString());
                            entries.put(k, value.read(in));
                        }
                    }
                    return Collections.unmodifiableMap(entries);
                });
    }

    private static <T> void writeArray(AvroWriter out, Collection<T> values, AvroCodec<T> element) {
        out.writeArrayStart(values.size());
        for (T v : values) {
            element.write(out, v);
        }
        out.writeArrayEnd();
    }

    private static <T> void readArray(AvroReader in, AvroCodec<T> element, Collection<T> values) {
        for (int count = in.readArrayStart(); count != 0; count = in.arrayNext()) {
            for (int i = 0; i < count; i++) {
                values.add(element.read(in));
            }
        }
    }

    private interface Writer<T> {
        void write(AvroWriter out, T value);
    }

    private static <T> AvroCodec<T> codec(Writer<T> writer, Function<AvroReader, T> reader) {
        return new AvroCodec<>() {
            @Override
            public void write(AvroWriter out, T value) {
                writer.write(out, value);
            }

            @Override
            public T read(AvroReader in) {
                return reader.apply(in);
            }
        };
    }

    /** A type carried as a string: its text, parsed back strictly; a string that is not one is a read failure. */
    private static <T> AvroCodec<T> text(Function<T, String> format, Function<String, T> parse, String what) {
        return codec((out, v) -> out.writeString(format.apply(v)), in -> {
            String text = in.readString();
            try {
                return parse.apply(text);
            } catch (RuntimeException e) {
                throw EventReadException.of(
                        "'" + (text.length() > 100 ? text.substring(0, 100) + "..." : text) + "' is not " + what);
            }
        });
    }

    private static int ranged(int value, int least, int most, String what) {
        if (value < least || value > most) {
            throw EventReadException.of(value + " is not " + what + ", which is from " + least + " to " + most);
        }
        return value;
    }

    /** The nanoseconds since the epoch, or a refusal when they do not fit a {@code long}. */
    private static long nanos(long seconds, int nano, Object value) {
        try {
            // before 1970 with a fraction, counted from the next second, so that the earliest instant does not overflow
            return seconds < 0 && nano > 0
                    ? Math.addExact(Math.multiplyExact(seconds + 1, NANOS_PER_SECOND), nano - NANOS_PER_SECOND)
                    : Math.addExact(Math.multiplyExact(seconds, NANOS_PER_SECOND), nano);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'" + value + "' is outside the range of Avro's nanosecond timestamps,"
                    + " 1677-09-21T00:12:43.145224192 to 2262-04-11T23:47:16.854775807");
        }
    }

    private static IllegalArgumentException emptyWritten() {
        return new IllegalArgumentException("an empty optional is written as the union's null, not by its codec");
    }

    /** {@link YearMonth#toString()}'s form, whose year above 9999 has no {@code +}: {@code 10000-01}. */
    private static YearMonth yearMonth(String text) {
        int dash = text.lastIndexOf('-');
        if (dash <= 0 || text.length() - dash != 3) {
            throw new DateTimeException("not a year-month");
        }
        return YearMonth.of(Integer.parseInt(text.substring(0, dash)), Integer.parseInt(text.substring(dash + 1)));
    }

    private static String tagOf(Locale locale) {
        String tag = Locale.ROOT.equals(locale) ? "" : locale.toLanguageTag();
        if (!tag.isEmpty() && !Locale.forLanguageTag(tag).equals(locale)) {
            throw new IllegalArgumentException("the locale '" + locale + "' cannot be written: its language tag '" + tag
                    + "' reads back as another locale; build it with Locale.forLanguageTag or Locale.Builder");
        }
        return tag;
    }

    private static Locale locale(String tag) {
        if (tag.isEmpty()) {
            return Locale.ROOT;
        }
        Locale locale = Locale.forLanguageTag(tag);
        if (Locale.ROOT.equals(locale)) {
            throw new IllegalArgumentException("not a language tag");
        }
        return locale;
    }
}
