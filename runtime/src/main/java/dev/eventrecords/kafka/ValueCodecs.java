package dev.eventrecords.kafka;

import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Codecs for the types Jackson 3 writes as one value through {@code @JsonValue}: a record written as its single
 * component alone, and an enum written as what its {@code @JsonValue} accessor returns. Each writes and reads exactly
 * as Jackson 3's default {@code JsonMapper} does (checked against it by the differential tests).
 *
 * <p>Jackson 3 reads a {@code @JsonValue} record through its canonical constructor (or a static {@code @JsonCreator}
 * factory) as a delegating creator. For a value of type {@code String}, {@code int} or {@code long} (boxed or not)
 * its creator is a "scalar" one, which reads only some JSON tokens, differently from a property of that type; for
 * any other type the value is read as a property of its type would be. JSON {@code null} is a {@code null} record.
 *
 * <p>Generated codecs call these; all are stateless, and the codecs thread-safe when the accessor given is.
 */
public final class ValueCodecs {

    private ValueCodecs() {}

    /**
     * The value of a record whose {@code @JsonValue} component is a {@code String}, as Jackson 3's string creator reads
     * it: from a JSON string only, every string (empty and blank ones too) unchanged; a number, a boolean, an object or
     * an array is refused. The caller has read JSON {@code null} as a {@code null} record.
     *
     * @param in the parser, on the value's token
     * @param record the record's simple name, for errors
     * @return the text
     * @throws EventReadException when the token is no string
     */
    public static String readString(JsonParser in, String record) {
        if (in.currentToken() != JsonToken.VALUE_STRING) {
            throw Json.expected("a string for '" + record + "'", in);
        }
        return in.getString();
    }

    /**
     * The value of a record whose {@code @JsonValue} component is a {@code long} or {@code Long}, as Jackson 3's long
     * creator reads it: an integer within a {@code long}'s range, or a string that holds one (trimmed, with an
     * optional sign and leading zeros, as {@link Long#parseLong} reads it); an empty or blank string, a fraction, a
     * boolean, an object or an array is refused. The caller has read JSON {@code null} as a {@code null} record.
     *
     * @param in the parser, on the value's token
     * @param record the record's simple name, for errors
     * @return the number
     * @throws EventReadException when the token holds no {@code long}
     */
    public static long readLong(JsonParser in, String record) {
        if (in.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            JsonParser.NumberType type = in.getNumberType();
            if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
                return in.getLongValue();
            }
            throw EventReadException.of(Json.shown(in.getString()) + " is out of range for 'long' in '" + record + "'");
        }
        String text = text(record, in, "a long");
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw EventReadException.of("'" + Json.shown(in.getString()) + "' is not a 'long' for '" + record + "'");
        }
    }

    /**
     * The value of a record whose {@code @JsonValue} component is an {@code int} or {@code Integer}: as
     * {@link #readLong}, within an {@code int}'s range.
     *
     * @param in the parser, on the value's token
     * @param record the record's simple name, for errors
     * @return the number
     * @throws EventReadException when the token holds no {@code int}
     */
    public static int readInt(JsonParser in, String record) {
        if (in.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            if (in.getNumberType() == JsonParser.NumberType.INT) {
                return in.getIntValue();
            }
            throw EventReadException.of(Json.shown(in.getString()) + " is out of range for 'int' in '" + record + "'");
        }
        String text = text(record, in, "an int");
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw EventReadException.of("'" + Json.shown(in.getString()) + "' is not an 'int' for '" + record + "'");
        }
    }

    /**
     * The map keys of a record whose {@code @JsonValue} component is a {@code String}, as Jackson 3 writes and reads
     * them: written as the value (a {@code null} value is refused, as Jackson refuses to write it), read back through
     * the record's creator, which gets the property name as it is.
     *
     * @param record the record's simple name, for errors
     * @param value the {@code @JsonValue} accessor
     * @param create the canonical constructor or the {@code @JsonCreator} factory
     * @param <W> the record
     * @return its keys
     */
    public static <W> MapKey<W> keyOf(
            String record, Function<? super W, String> value, Function<? super String, ? extends W> create) {
        return new MapKey<>() {
            @Override
            public String write(W key) {
                String text = value.apply(key);
                if (text == null) {
                    throw new IllegalArgumentException("a map key '" + record
                            + "' whose value is null cannot be written: Jackson writes no null property name");
                }
                return text;
            }

            @Override
            public W read(String name) {
                try {
                    return create.apply(name);
                } catch (Throwable e) {
                    throw EventReadException.rejected(record, e);
                }
            }
        };
    }

    /**
     * An enum written as what its {@code @JsonValue} accessor returns for each constant, and read back by that text
     * as {@link Codecs#enumOf(Class, String...)} reads renamed constants: the text, trimmed too, a constant's index
     * as a number or as text; a constant whose text is {@code null} is written as {@code null} and never read. The
     * texts are taken once, here, as Jackson 3 takes them when it builds its serializer.
     *
     * @param type the enum class
     * @param value the {@code @JsonValue} accessor
     * @param <E> the enum
     * @return the codec
     */
    public static <E extends Enum<E>> JsonCodec<E> enumByValue(Class<E> type, Function<? super E, String> value) {
        return Codecs.enumOf(type, texts(type, value));
    }

    /**
     * An enum's map keys by its {@code @JsonValue} accessor: written as its text, read back by that exact text only,
     * as Jackson 3 writes and reads such keys.
     *
     * @param type the enum class
     * @param value the {@code @JsonValue} accessor
     * @param <E> the enum
     * @return its keys
     */
    public static <E extends Enum<E>> MapKey<E> enumKeyByValue(Class<E> type, Function<? super E, String> value) {
        return MapKeys.enumOf(type, texts(type, value));
    }

    private static <E extends Enum<E>> String[] texts(Class<E> type, Function<? super E, String> value) {
        E[] constants = type.getEnumConstants();
        String[] pairs = new String[constants.length * 2];
        for (int i = 0; i < constants.length; i++) {
            pairs[2 * i] = constants[i].name();
            pairs[2 * i + 1] = value.apply(constants[i]);
        }
        return pairs;
    }

    /** The text of a JSON string for a number creator, trimmed; refuses every other token, and blank text. */
    private static String text(String record, JsonParser in, String what) {
        if (in.currentToken() != JsonToken.VALUE_STRING) {
            throw Json.expected(what + " for '" + record + "'", in);
        }
        String text = in.getString().trim();
        if (text.isEmpty()) {
            throw EventReadException.of("an empty or blank string is not " + what + " for '" + record + "'");
        }
        return text;
    }
}
