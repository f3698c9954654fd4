package dev.eventrecords.kafka;

import dev.eventrecords.Bytes;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
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
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
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
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;

/**
 * Codecs for every type an event component may have, each writing exactly what Jackson's default {@code JsonMapper}
 * writes: ISO-8601 strings for {@code java.time} values (durations too; {@link Year} as a number), enums by
 * {@code toString()} (Jackson 3's default, which is the name unless the enum overrides it),
 * {@code Optional} as its value or {@code null}, and {@code null} written. Readers are strict: a token of the wrong
 * type is an {@link EventReadException}, never a silent coercion. Collections read are unmodifiable.
 *
 * <p>All codecs are stateless and thread-safe.
 */
public final class Codecs {

    private Codecs() {}

    /** {@code Boolean}. */
    public static final JsonCodec<Boolean> BOOLEAN =
            scalar(Scalars::writeBoolean, JsonWriter::writeBoolean, Scalars::readBoolean, JsonReader::readBoolean);

    /** {@code Byte}, as a number. */
    public static final JsonCodec<Byte> BYTE = scalar(
            (out, v) -> out.writeNumber(v.shortValue()),
            (out, v) -> out.writeNumber(v.shortValue()),
            in -> {
                Integer value = ScalarReader.readInt(in, false, Byte.MIN_VALUE, 255, "byte");
                return value == null ? null : (byte) value.intValue();
            },
            JsonReader::readByte);

    /** {@code Short}. */
    public static final JsonCodec<Short> SHORT = scalar(
            (out, v) -> out.writeNumber(v.shortValue()),
            (out, v) -> out.writeNumber(v.shortValue()),
            in -> {
                Integer value = ScalarReader.readInt(in, false, Short.MIN_VALUE, Short.MAX_VALUE, "short");
                return value == null ? null : (short) value.intValue();
            },
            JsonReader::readShort);

    /** {@code Integer}. */
    public static final JsonCodec<Integer> INTEGER =
            scalar(Scalars::writeInteger, JsonWriter::writeInteger, Scalars::readInteger, JsonReader::readInt);

    /** {@code Long}. */
    public static final JsonCodec<Long> LONG =
            scalar(Scalars::writeLong, JsonWriter::writeLong, Scalars::readLong, JsonReader::readLong);

    /** {@code Float}. */
    public static final JsonCodec<Float> FLOAT = scalar(
            (out, v) -> out.writeNumber(v.floatValue()),
            (out, v) -> out.writeNumber(v.floatValue()),
            in -> {
                Double value = ScalarReader.readDouble(in, false, true);
                return value == null ? null : value.floatValue();
            },
            JsonReader::readFloat);

    /** {@code Double}. */
    public static final JsonCodec<Double> DOUBLE =
            scalar(Scalars::writeDouble, JsonWriter::writeDouble, Scalars::readDouble, JsonReader::readDouble);

    /** {@code Character}, as a string of one character. */
    public static final JsonCodec<Character> CHARACTER = scalar(
            (out, v) -> Json.writeChar(out, v.charValue()),
            (out, v) -> out.writeChar(v.charValue()),
            in -> ScalarReader.readChar(in, false),
            JsonReader::readChar);

    /** {@code String}. */
    public static final JsonCodec<String> STRING =
            scalar(Scalars::writeString, JsonWriter::writeString, Scalars::readString, JsonReader::readString);

    /** {@code UUID}, in its canonical 36-character form. */
    public static final JsonCodec<UUID> UUID =
            scalar(Scalars::writeUuid, JsonWriter::writeUuid, Scalars::readUuid, JsonReader::readUuid);

    /** The largest scale, in magnitude, a {@code BigDecimal} read may have. */
    static final int MAX_DECIMAL_SCALE = 100_000;

    /**
     * {@code BigDecimal}, as a JSON number with the same digits and scale. A number whose scale exceeds 100,000 in
     * magnitude ({@code 1e2147483647}) is refused: Jackson accepts it, but arithmetic on it such as {@code setScale}
     * can take minutes.
     */
    public static final JsonCodec<BigDecimal> BIG_DECIMAL = scalar(JsonGenerator::writeNumber, in -> {
        BigDecimal value = ScalarReader.readBigDecimal(in);
        if (value != null && Math.abs((long) value.scale()) > MAX_DECIMAL_SCALE) {
            throw EventReadException.of(Json.shown(in.getString()) + " has a scale of " + value.scale()
                    + ", more than " + MAX_DECIMAL_SCALE + " in magnitude; such a number is refused because"
                    + " arithmetic on it can take minutes");
        }
        return value;
    });

    /** {@code BigInteger}, as a JSON integer. */
    public static final JsonCodec<BigInteger> BIG_INTEGER =
            scalar(JsonGenerator::writeNumber, ScalarReader::readBigInteger);

    /** {@code Instant}: {@code 2024-05-01T10:15:30.120Z}. */
    public static final JsonCodec<Instant> INSTANT =
            scalar(Scalars::writeInstant, JsonWriter::writeInstant, Scalars::readInstant, JsonReader::readInstant);

    /** {@code LocalDate}: {@code 2024-05-01}. */
    public static final JsonCodec<LocalDate> LOCAL_DATE = scalar(
            Scalars::writeLocalDate, JsonWriter::writeLocalDate, Scalars::readLocalDate, JsonReader::readLocalDate);

    /** {@code LocalDateTime}: {@code 2024-05-01T10:15:30.12}. */
    public static final JsonCodec<LocalDateTime> LOCAL_DATE_TIME = scalar(
            (out, v) -> out.writeString(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(v)),
            (out, v) -> out.writeString(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(v)),
            JavaTimeReader::localDateTime);

    /** {@code LocalTime}: {@code 10:15:30}. */
    public static final JsonCodec<LocalTime> LOCAL_TIME = scalar(
            (out, v) -> out.writeString(DateTimeFormatter.ISO_LOCAL_TIME.format(v)),
            (out, v) -> out.writeString(DateTimeFormatter.ISO_LOCAL_TIME.format(v)),
            JavaTimeReader::localTime);

    /** {@code OffsetDateTime}: {@code 2024-05-01T10:15:30+02:00}; the offset is kept when read. */
    public static final JsonCodec<OffsetDateTime> OFFSET_DATE_TIME = scalar(
            (out, v) -> out.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(v)),
            (out, v) -> out.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(v)),
            JavaTimeReader::offsetDateTime);

    /**
     * {@code ZonedDateTime}, written with its offset as Jackson does ({@code 2024-05-01T10:15:30+02:00}); it reads back
     * with that offset as its zone, so the instant and the offset survive, a region id such as {@code Europe/Paris}
     * does not.
     */
    public static final JsonCodec<ZonedDateTime> ZONED_DATE_TIME = scalar(
            (out, v) -> out.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(v)),
            (out, v) -> out.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(v)),
            JavaTimeReader::zonedDateTime);

    /** {@code Duration}: {@code PT1.5S}. */
    public static final JsonCodec<Duration> DURATION = scalar(
            (out, v) -> out.writeString(v.toString()),
            (out, v) -> out.writeString(v.toString()),
            JavaTimeReader::duration);

    /** {@code Period}: {@code P1Y2M3D}. */
    public static final JsonCodec<Period> PERIOD = scalar(
            (out, v) -> out.writeString(v.toString()),
            (out, v) -> out.writeString(v.toString()),
            JavaTimeReader::period);

    /** {@code Year}, as a number: {@code 2024}. */
    public static final JsonCodec<Year> YEAR = scalar(
            (out, v) -> out.writeNumber(v.getValue()), (out, v) -> out.writeNumber(v.getValue()), JavaTimeReader::year);

    /**
     * {@code YearMonth}: {@code 2024-05}. Written as Jackson writes it, {@link YearMonth#toString()}, which puts no
     * {@code +} before a year above 9999 ({@code 10000-01}); so the reader takes the year with or without that sign,
     * where {@link YearMonth#parse(CharSequence)} would insist on it.
     */
    public static final JsonCodec<YearMonth> YEAR_MONTH = scalar(
            (out, v) -> out.writeString(v.toString()),
            (out, v) -> out.writeString(v.toString()),
            JavaTimeReader::yearMonth);

    /**
     * {@code OffsetTime}, as Jackson writes it, {@link OffsetTime#toString()}: {@code 10:15:30+02:00}, {@code 10:15Z}
     * when the seconds are zero; the offset is kept when read.
     */
    public static final JsonCodec<OffsetTime> OFFSET_TIME = scalar(
            (out, v) -> out.writeString(v.toString()),
            (out, v) -> out.writeString(v.toString()),
            JavaTimeReader::offsetTime);

    /** {@code MonthDay}: {@code --02-29}. */
    public static final JsonCodec<MonthDay> MONTH_DAY = scalar(
            (out, v) -> out.writeString(v.toString()),
            (out, v) -> out.writeString(v.toString()),
            JavaTimeReader::monthDay);

    /**
     * {@code Month}, as a number from 1 to 12: Jackson 3 writes a month so ({@code DateTimeFeature.ONE_BASED_MONTHS},
     * on by default), not by name as other enums; it reads the name too.
     */
    public static final JsonCodec<Month> MONTH = scalar(
            (out, v) -> out.writeNumber(v.getValue()),
            (out, v) -> out.writeNumber(v.getValue()),
            JavaTimeReader::month);

    /**
     * {@code ZoneId}, by its id ({@code Europe/Paris}, {@code Z}, {@code +02:00}, {@code UTC}); a zone read is a region
     * or an offset as {@link ZoneId#of(String)} gives it, so an offset read as a {@code ZoneId} is a {@link ZoneOffset}.
     */
    public static final JsonCodec<ZoneId> ZONE_ID = scalar(
            (out, v) -> out.writeString(v.getId()), (out, v) -> out.writeString(v.getId()), JavaTimeReader::zoneId);

    /** {@code ZoneOffset}: {@code +02:00}, {@code Z}, {@code -09:30}, {@code +01:02:03}. */
    public static final JsonCodec<ZoneOffset> ZONE_OFFSET = scalar(
            (out, v) -> out.writeString(v.getId()), (out, v) -> out.writeString(v.getId()), JavaTimeReader::zoneOffset);

    /**
     * {@code URI}, by {@link URI#toString()}; read as Jackson reads it: trimmed, a number or boolean taken as its text,
     * blank as the empty URI.
     */
    public static final JsonCodec<URI> URI = scalar(
            (out, v) -> out.writeString(v.toString()), (out, v) -> out.writeString(v.toString()), TextValueReader::uri);

    /**
     * {@code Locale}, as Jackson 3 writes it: its BCP 47 language tag ({@code en-US}, {@code zh-Hant-TW}), {@code ""}
     * for {@code Locale.ROOT}. A locale that no tag stands for ({@code new Locale("en", "USA")}, which Jackson would
     * write as {@code en}) is refused rather than changed on the way. Read as Jackson reads it: a tag, or
     * {@code toString()}'s form ({@code en_US}); blank is {@code Locale.ROOT}.
     */
    public static final JsonCodec<Locale> LOCALE = scalar(
            (out, v) -> out.writeString(TextValueReader.tagOf(v)),
            (out, v) -> out.writeString(TextValueReader.tagOf(v)),
            TextValueReader::locale);

    /** {@code Currency}, by its ISO 4217 code ({@code EUR}); blank reads as {@code null}, as in Jackson. */
    public static final JsonCodec<Currency> CURRENCY = scalar(
            (out, v) -> out.writeString(v.getCurrencyCode()),
            (out, v) -> out.writeString(v.getCurrencyCode()),
            TextValueReader::currency);

    /**
     * {@link Bytes}, as Jackson 3 writes and reads a {@code byte[]}: written as a base64 string (standard alphabet,
     * padded, no line feeds); read by Jackson's own base64 decoder (its default variant, {@code MIME-NO-LINEFEEDS}), so
     * what it accepts is exactly what Jackson accepts: padding required, white space and line breaks between 4-character
     * units ignored, several padded units in a row decoded one after the other. An array of integers from -128 to 255
     * is read as Jackson reads it too (255 is the byte -1); its elements must be integers, like every number read.
     */
    public static final JsonCodec<Bytes> BYTES = scalar(
            (out, v) -> out.writeString(v.toBase64()), (out, v) -> out.writeString(v.toBase64()), Codecs::readBytes);

    private static Bytes readBytes(JsonParser in) {
        JsonToken t = in.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            byte[] decoded;
            try {
                decoded = in.getBinaryValue();
            } catch (JacksonException e) {
                throw EventReadException.of("not a base64 string as Jackson reads a byte[]: "
                        + Json.shown(String.valueOf(e.getOriginalMessage())));
            }
            return Bytes.copyOf(decoded);
        }
        if (t == JsonToken.START_ARRAY) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int index = 0;
            while (in.nextToken() != JsonToken.END_ARRAY) {
                try {
                    bytes.write(Json.readIntInRange(in, -128, 255, "a byte of a byte[] (-128 to 255)"));
                } catch (RuntimeException e) {
                    throw EventReadException.at(index, e);
                }
                index++;
            }
            return Bytes.copyOf(bytes.toByteArray());
        }
        throw Json.expected("a base64 string", in);
    }

    /** {@code OptionalInt}: the number or {@code null}. */
    public static final JsonCodec<OptionalInt> OPTIONAL_INT = new JsonCodec<>() {
        @Override
        public void write(JsonGenerator out, OptionalInt value) {
            if (value == null || value.isEmpty()) {
                out.writeNull();
            } else {
                out.writeNumber(value.getAsInt());
            }
        }

        @Override
        public void write(JsonWriter out, OptionalInt value) {
            if (value == null || value.isEmpty()) {
                out.writeNull();
            } else {
                out.writeNumber(value.getAsInt());
            }
        }

        @Override
        public OptionalInt read(JsonParser in) {
            return nullText(in) ? OptionalInt.empty() : OptionalInt.of(Json.readInt(in));
        }

        @Override
        public OptionalInt absent() {
            return OptionalInt.empty();
        }
    };

    /** {@code OptionalLong}: the number or {@code null}. */
    public static final JsonCodec<OptionalLong> OPTIONAL_LONG = new JsonCodec<>() {
        @Override
        public void write(JsonGenerator out, OptionalLong value) {
            if (value == null || value.isEmpty()) {
                out.writeNull();
            } else {
                out.writeNumber(value.getAsLong());
            }
        }

        @Override
        public void write(JsonWriter out, OptionalLong value) {
            if (value == null || value.isEmpty()) {
                out.writeNull();
            } else {
                out.writeNumber(value.getAsLong());
            }
        }

        @Override
        public OptionalLong read(JsonParser in) {
            return nullText(in) ? OptionalLong.empty() : OptionalLong.of(Json.readLong(in));
        }

        @Override
        public OptionalLong absent() {
            return OptionalLong.empty();
        }
    };

    /** {@code OptionalDouble}: the number or {@code null}. */
    public static final JsonCodec<OptionalDouble> OPTIONAL_DOUBLE = new JsonCodec<>() {
        @Override
        public void write(JsonGenerator out, OptionalDouble value) {
            if (value == null || value.isEmpty()) {
                out.writeNull();
            } else {
                out.writeNumber(value.getAsDouble());
            }
        }

        @Override
        public void write(JsonWriter out, OptionalDouble value) {
            if (value == null || value.isEmpty()) {
                out.writeNull();
            } else {
                out.writeNumber(value.getAsDouble());
            }
        }

        @Override
        public OptionalDouble read(JsonParser in) {
            return nullText(in) ? OptionalDouble.empty() : OptionalDouble.of(Json.readDouble(in));
        }

        @Override
        public OptionalDouble absent() {
            return OptionalDouble.empty();
        }
    };

    /**
     * An enum's codec with no constant renamed: {@link #enumOf(Class, String...)} without texts. Kept so that code
     * generated by an earlier processor, which calls it, links against this runtime.
     *
     * @param type the enum class
     * @param <E> the enum
     * @return the codec
     */
    public static <E extends Enum<E>> JsonCodec<E> enumOf(Class<E> type) {
        return enumOf(type, new String[0]);
    }

    /**
     * An enum, as Jackson 3's default mapper writes and reads it: by {@link Enum#toString()}, which is the name unless
     * the enum overrides it ({@code EnumFeature.WRITE_ENUMS_USING_TO_STRING} and {@code READ_ENUMS_USING_TO_STRING}
     * are on by default), except the constants that {@code @JsonProperty} renames: those are written and read by the
     * text given only, even an empty one. An unknown value is an error that lists the known ones.
     *
     * @param type the enum class
     * @param renamed pairs of a constant's name and its {@code @JsonProperty} text, {@code "NEW", "new", ...}
     * @param <E> the enum
     * @return the codec
     * @throws IllegalArgumentException when {@code renamed} is not pairs of a constant's name and a text
     */
    public static <E extends Enum<E>> JsonCodec<E> enumOf(Class<E> type, String... renamed) {
        E[] constants = type.getEnumConstants();
        if (renamed.length % 2 != 0) {
            throw new IllegalArgumentException("renamed constants come in pairs of name and text");
        }
        Map<String, String> texts = new HashMap<>();
        for (int i = 0; i < renamed.length; i += 2) {
            texts.put(Enum.valueOf(type, renamed[i]).name(), renamed[i + 1]);
        }
        Map<String, E> byText = new HashMap<>();
        // Each constant's text is quoted and encoded once; writing it is a copy. A text that cannot be encoded (a lone
        // surrogate) or a toString() that throws fails the write of that constant only, as in Jackson, never here.
        SerializableString[] encoded = new SerializableString[constants.length];
        byte[][] quoted = new byte[constants.length][];
        String[] unwritable = new String[constants.length];
        for (E constant : constants) {
            String text;
            try {
                text = texts.containsKey(constant.name()) ? texts.get(constant.name()) : constant.toString();
            } catch (RuntimeException e) {
                unwritable[constant.ordinal()] = "'" + type.getSimpleName() + "' constant '" + constant.name()
                        + "' cannot be written: its toString() threw " + e;
                continue;
            }
            if (text == null) {
                continue;
            }
            byText.putIfAbsent(text, constant);
            try {
                encoded[constant.ordinal()] = Json.name(text);
                quoted[constant.ordinal()] = JsonWriter.quoted(text);
            } catch (IllegalArgumentException e) {
                unwritable[constant.ordinal()] = "'" + type.getSimpleName() + "' constant '" + constant.name()
                        + "' cannot be written: its text '" + Json.shown(text) + "' is not valid Unicode, "
                        + e.getMessage();
            }
        }
        String known = byText.keySet().stream().sorted().collect(Collectors.joining(", "));
        return scalar(
                (out, v) -> {
                    SerializableString text = encoded[v.ordinal()];
                    if (text != null) {
                        out.writeString(text);
                    } else if (unwritable[v.ordinal()] != null) {
                        throw new IllegalArgumentException(unwritable[v.ordinal()]);
                    } else {
                        out.writeNull();
                    }
                },
                (out, v) -> {
                    byte[] text = quoted[v.ordinal()];
                    if (text != null) {
                        out.raw(text);
                    } else if (unwritable[v.ordinal()] != null) {
                        throw new IllegalArgumentException(unwritable[v.ordinal()]);
                    } else {
                        out.writeNull();
                    }
                },
                in -> {
                    if (in.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                        // As Jackson's default mapper: a number is the constant's index.
                        int index = ScalarReader.readInt(in, true, Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
                        if (index < 0 || index >= constants.length) {
                            throw EventReadException.of(index + " is not the index of a '" + type.getSimpleName()
                                    + "' constant (0 to " + (constants.length - 1) + ")");
                        }
                        return constants[index];
                    }
                    if (in.currentToken() != JsonToken.VALUE_STRING) {
                        throw Json.expected("a '" + type.getSimpleName() + "' constant", in);
                    }
                    String text = in.getString();
                    E value = byText.get(text);
                    if (value == null) {
                        value = byText.get(text.trim());
                    }
                    if (value == null) {
                        value = byIndexText(constants, text.trim());
                    }
                    if (value == null) {
                        throw EventReadException.of("'" + Json.shown(text) + "' is not a '" + type.getSimpleName()
                                + "' constant; known: " + Json.shown(known));
                    }
                    return value;
                },
                in -> {
                    E value = byText.get(in.readString());
                    if (value == null) {
                        throw JsonReader.gaveUp();
                    }
                    return value;
                });
    }

    /**
     * {@code Optional<T>}: the value or {@code null}; reads {@code null} and an absent property as empty.
     *
     * @param element the value's codec
     * @param <T> the value's type
     * @return the codec
     */
    public static <T> JsonCodec<Optional<T>> optional(JsonCodec<T> element) {
        Objects.requireNonNull(element, "element");
        return new JsonCodec<>() {
            @Override
            public void write(JsonGenerator out, Optional<T> value) {
                if (value == null || value.isEmpty()) {
                    out.writeNull();
                } else {
                    element.write(out, value.get());
                }
            }

            @Override
            public void write(JsonWriter out, Optional<T> value) {
                if (value == null || value.isEmpty()) {
                    out.writeNull();
                } else {
                    element.write(out, value.get());
                }
            }

            @Override
            public Optional<T> read(JsonParser in) {
                return in.currentToken() == JsonToken.VALUE_NULL
                        ? Optional.empty()
                        : Optional.ofNullable(element.read(in));
            }

            @Override
            public Optional<T> read(JsonReader in) {
                return in.readNull() ? Optional.empty() : Optional.ofNullable(element.read(in));
            }

            @Override
            public Optional<T> absent() {
                return Optional.empty();
            }
        };
    }

    /**
     * {@code List<T>}, as an array; reads an unmodifiable list that keeps {@code null} elements, JSON {@code null} as
     * {@code null} and an absent property as the empty list.
     *
     * @param element the elements' codec
     * @param <T> the elements' type
     * @return the codec
     */
    public static <T> JsonCodec<List<T>> list(JsonCodec<T> element) {
        Objects.requireNonNull(element, "element");
        return new JsonCodec<>() {
            @Override
            public void write(JsonGenerator out, List<T> value) {
                writeArray(out, value, element);
            }

            @Override
            public void write(JsonWriter out, List<T> value) {
                writeArray(out, value, element);
            }

            @Override
            public List<T> read(JsonParser in) {
                if (!Json.startArray(in)) {
                    return null;
                }
                List<T> values = new ArrayList<>();
                readArray(in, element, values);
                // Without nulls, an immutable list that a record's List.copyOf keeps as it is, instead of copying
                // again.
                return values.contains(null) ? Collections.unmodifiableList(values) : List.copyOf(values);
            }

            @Override
            public List<T> read(JsonReader in) {
                return in.startArray() ? in.readList(element) : null;
            }

            @Override
            public List<T> absent() {
                return List.of();
            }
        };
    }

    /**
     * {@code Set<T>}, as an array; reads an unmodifiable set in the order of the array, JSON {@code null} as
     * {@code null} and an absent property as the empty set.
     *
     * @param element the elements' codec
     * @param <T> the elements' type
     * @return the codec
     */
    public static <T> JsonCodec<Set<T>> set(JsonCodec<T> element) {
        Objects.requireNonNull(element, "element");
        return new JsonCodec<>() {
            @Override
            public void write(JsonGenerator out, Set<T> value) {
                writeArray(out, value, element);
            }

            @Override
            public void write(JsonWriter out, Set<T> value) {
                writeArray(out, value, element);
            }

            @Override
            public Set<T> read(JsonParser in) {
                if (!Json.startArray(in)) {
                    return null;
                }
                Set<T> values = new LinkedHashSet<>();
                readArray(in, element, values);
                return Collections.unmodifiableSet(values);
            }

            @Override
            public Set<T> read(JsonReader in) {
                if (!in.startArray()) {
                    return null;
                }
                Set<T> values = new LinkedHashSet<>();
                readArray(in, element, values);
                return Collections.unmodifiableSet(values);
            }

            @Override
            public Set<T> absent() {
                return Set.of();
            }
        };
    }

    /**
     * {@code Map<String, V>}, as an object; reads an unmodifiable map in the order of the object, JSON {@code null}
     * as {@code null} and an absent property as the empty map.
     *
     * @param value the values' codec
     * @param <V> the values' type
     * @return the codec
     */
    public static <V> JsonCodec<Map<String, V>> map(JsonCodec<V> value) {
        return map(MapKeys.STRING, value);
    }

    /**
     * {@code Map<K, V>}, as an object whose property names are the keys as {@code key} writes them (see
     * {@link MapKeys}); reads an unmodifiable map in the order of the object (a key written twice, or as two texts of
     * one key such as {@code "12"} and {@code "012"}, keeps the last value, as in Jackson), JSON {@code null} as
     * {@code null} and an absent property as the empty map.
     *
     * @param key the keys' codec
     * @param value the values' codec
     * @param <K> the keys' type
     * @param <V> the values' type
     * @return the codec
     */
    public static <K, V> JsonCodec<Map<K, V>> map(MapKey<K> key, JsonCodec<V> value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        return new JsonCodec<>() {
            @Override
            public void write(JsonGenerator out, Map<K, V> map) {
                if (map == null) {
                    out.writeNull();
                    return;
                }
                out.writeStartObject();
                for (Map.Entry<K, V> entry : map.entrySet()) {
                    if (entry.getKey() == null) {
                        throw new IllegalArgumentException("a map key is null; JSON object keys are strings");
                    }
                    out.writeName(key.write(entry.getKey()));
                    value.write(out, entry.getValue());
                }
                out.writeEndObject();
            }

            @Override
            public void write(JsonWriter out, Map<K, V> map) {
                if (map == null) {
                    out.writeNull();
                    return;
                }
                out.startObject();
                boolean first = true;
                for (Map.Entry<K, V> entry : map.entrySet()) {
                    if (entry.getKey() == null) {
                        throw new IllegalArgumentException("a map key is null; JSON object keys are strings");
                    }
                    out.name(key.write(entry.getKey()), first);
                    first = false;
                    value.write(out, entry.getValue());
                }
                out.endObject();
            }

            @Override
            public Map<K, V> read(JsonParser in) {
                if (!Json.startObject(in)) {
                    return null;
                }
                Map<K, V> values = new LinkedHashMap<>();
                // The key whose value is being read, for the path of an error; null between entries, so that
                // malformed JSON after an entry is not blamed on that entry.
                String name = null;
                try {
                    for (String next = in.nextName(); next != null; next = in.nextName()) {
                        name = next;
                        K k = key.read(name);
                        in.nextToken();
                        values.put(k, value.read(in));
                        name = null;
                    }
                } catch (RuntimeException e) {
                    throw EventReadException.in(name, e);
                }
                return Collections.unmodifiableMap(values);
            }

            @Override
            public Map<K, V> read(JsonReader in) {
                if (!in.startObject()) {
                    return null;
                }
                Map<K, V> values = new LinkedHashMap<>();
                if (in.firstProperty()) {
                    do {
                        K k = key.read(in.name());
                        values.put(k, value.read(in));
                    } while (in.nextProperty());
                }
                return Collections.unmodifiableMap(values);
            }

            @Override
            public Map<K, V> absent() {
                return Map.of();
            }
        };
    }

    private static <T> void writeArray(JsonGenerator out, Iterable<T> values, JsonCodec<T> element) {
        if (values == null) {
            out.writeNull();
            return;
        }
        out.writeStartArray();
        for (T v : values) {
            element.write(out, v);
        }
        out.writeEndArray();
    }

    private static <T> void writeArray(JsonWriter out, Iterable<T> values, JsonCodec<T> element) {
        if (values == null) {
            out.writeNull();
            return;
        }
        out.startArray();
        boolean first = true;
        for (T v : values) {
            if (!first) {
                out.comma();
            }
            first = false;
            element.write(out, v);
        }
        out.endArray();
    }

    /** Reads the elements into a collection. */
    private static <T> void readArray(JsonReader in, JsonCodec<T> element, java.util.Collection<T> into) {
        if (in.firstElement()) {
            do {
                into.add(element.read(in));
            } while (in.nextElement());
        }
    }

    private static <T> void readArray(JsonParser in, JsonCodec<T> element, java.util.Collection<T> into) {
        int index = 0;
        try {
            while (in.nextToken() != JsonToken.END_ARRAY) {
                into.add(element.read(in));
                index++;
            }
        } catch (RuntimeException e) {
            throw EventReadException.at(index, e);
        }
    }

    /**
     * Whether the token is {@code null}, or a string that Jackson 3 reads as null for an {@code OptionalInt},
     * {@code OptionalLong} or {@code OptionalDouble}: blank, or {@code "null"}.
     */
    private static boolean nullText(JsonParser in) {
        if (in.currentToken() == JsonToken.VALUE_NULL) {
            return true;
        }
        if (in.currentToken() != JsonToken.VALUE_STRING) {
            return false;
        }
        String text = in.getString().trim();
        return text.isEmpty() || text.equals("null");
    }

    private static <E> E byIndexText(E[] constants, String text) {
        if (text.isEmpty()
                || text.charAt(0) < '0'
                || text.charAt(0) > '9'
                || (text.charAt(0) == '0' && text.length() > 1)) {
            return null;
        }
        try {
            int index = Integer.parseInt(text);
            return index < constants.length ? constants[index] : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A scalar written through Jackson's generator on both paths. */
    private static <T> JsonCodec<T> scalar(BiConsumer<JsonGenerator, T> writer, Function<JsonParser, T> reader) {
        return scalar(writer, null, reader);
    }

    /**
     * A scalar: {@code null} as {@code null}, any other value by {@code writer}, or by {@code fast} on the
     * {@link JsonWriter} path, which writes the same bytes ({@code null}: through {@code writer} there too).
     */
    private static <T> JsonCodec<T> scalar(
            BiConsumer<JsonGenerator, T> writer, BiConsumer<JsonWriter, T> fast, Function<JsonParser, T> reader) {
        return scalar(writer, fast, reader, null);
    }

    /**
     * A scalar as {@link #scalar(BiConsumer, BiConsumer, Function)}, read from bytes by {@code plain} when not
     * {@code null} (which reads what {@code reader} reads, or gives up), otherwise through {@code reader}.
     */
    private static <T> JsonCodec<T> scalar(
            BiConsumer<JsonGenerator, T> writer,
            BiConsumer<JsonWriter, T> fast,
            Function<JsonParser, T> reader,
            Function<JsonReader, T> plain) {
        return new JsonCodec<>() {
            @Override
            public void write(JsonGenerator out, T value) {
                if (value == null) {
                    out.writeNull();
                } else {
                    writer.accept(out, value);
                }
            }

            @Override
            public void write(JsonWriter out, T value) {
                if (value == null) {
                    out.writeNull();
                } else if (fast != null) {
                    fast.accept(out, value);
                } else {
                    out.write(this, value);
                }
            }

            @Override
            public T read(JsonParser in) {
                return in.currentToken() == JsonToken.VALUE_NULL ? null : reader.apply(in);
            }

            @Override
            public T read(JsonReader in) {
                if (plain == null) {
                    return in.readWithParser(this);
                }
                return in.readNull() ? null : plain.apply(in);
            }
        };
    }

    private static <T> JsonCodec<T> text(Function<T, String> format, Function<String, T> parse, String what) {
        return scalar(
                (out, v) -> out.writeString(format.apply(v)), (out, v) -> out.writeString(format.apply(v)), in -> {
                    if (in.currentToken() != JsonToken.VALUE_STRING) {
                        throw Json.expected(what, in);
                    }
                    return parse(in, parse, what);
                });
    }

    private static <T> T parse(JsonParser in, Function<String, T> parse, String what) {
        String text = in.getString();
        try {
            return parse.apply(text);
        } catch (RuntimeException e) {
            throw EventReadException.of("'" + Json.shown(text) + "' is not " + what);
        }
    }
}
