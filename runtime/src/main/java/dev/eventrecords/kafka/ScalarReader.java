package dev.eventrecords.kafka;

import java.math.BigDecimal;
import java.math.BigInteger;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.io.NumberInput;

/**
 * Reads booleans, numbers, characters and text with the coercions of Jackson 3's default mapper, so that what a
 * Jackson producer writes, and what Jackson reads, reads here to the same value: a number in a string ({@code "42"}),
 * a number with a fraction into an integer (the fraction dropped), an integer into a boolean ({@code 0} is false), a
 * number or boolean into a {@code String} (as written), {@code "true"}/{@code "True"}/{@code "TRUE"} into a boolean.
 * Texts are trimmed before they are read as numbers. A blank text or the text {@code "null"} reads as {@code null}
 * into a wrapper and is refused for a primitive, as Jackson refuses {@code null} for one.
 *
 * <p>The rules follow Jackson 3.3's {@code StdDeserializer} and {@code NumberDeserializers} with the default features
 * ({@code ALLOW_COERCION_OF_SCALARS}, {@code ACCEPT_FLOAT_AS_INT}, {@code FAIL_ON_NULL_FOR_PRIMITIVES}); numbers in
 * text are parsed by jackson-core's own {@link NumberInput}, within its default length limits.
 */
final class ScalarReader {

    /** Jackson's default bound on the digits of a number, {@code StreamReadConstraints.DEFAULT_MAX_NUM_LEN}. */
    static final int MAX_NUMBER_LENGTH = 1000;

    private ScalarReader() {}

    static Boolean readBoolean(JsonParser in, boolean primitive) {
        switch (in.currentToken()) {
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return nullFor(primitive, "boolean", in);
            case VALUE_NUMBER_INT:
                // As Jackson: any integer but zero is true, however large.
                return in.getNumberType() == JsonParser.NumberType.INT
                        ? in.getIntValue() != 0
                        : !"0".equals(in.getString());
            case VALUE_STRING:
                String text = text(in, primitive, "boolean");
                if (text == null) {
                    return null;
                }
                switch (text) {
                    case "true":
                    case "True":
                    case "TRUE":
                        return Boolean.TRUE;
                    case "false":
                    case "False":
                    case "FALSE":
                        return Boolean.FALSE;
                    default:
                        throw EventReadException.of("'" + Json.shown(in.getString())
                                + "' is not a boolean: only true, True, TRUE, false, False and FALSE are");
                }
            default:
                throw Json.expected("true or false", in);
        }
    }

    /** An {@code int}, a {@code short} or a {@code byte}, whose range is {@code min} to {@code max}. */
    static Integer readInt(JsonParser in, boolean primitive, int min, int max, String type) {
        switch (in.currentToken()) {
            case VALUE_NUMBER_INT:
                return inRange(intValue(in, type), min, max, in.getString(), type);
            case VALUE_NUMBER_FLOAT:
                return inRange(truncatedInt(in, type), min, max, in.getString(), type);
            case VALUE_NULL:
                return nullFor(primitive, type, in);
            case VALUE_STRING:
                String text = text(in, primitive, type);
                if (text == null) {
                    return null;
                }
                long value;
                try {
                    value = text.length() > 9 ? NumberInput.parseLong(bounded(text)) : NumberInput.parseInt(text);
                } catch (NumberFormatException e) {
                    throw EventReadException.of("'" + Json.shown(in.getString()) + "' is not a valid " + type);
                }
                if (value < min || value > max) {
                    throw outOfRange(text, type);
                }
                return (int) value;
            default:
                throw Json.expected("an integer", in);
        }
    }

    static Long readLong(JsonParser in, boolean primitive) {
        switch (in.currentToken()) {
            case VALUE_NUMBER_INT:
                try {
                    return in.getLongValue();
                } catch (JacksonException e) {
                    throw outOfRange(in.getString(), "long");
                }
            case VALUE_NUMBER_FLOAT:
                try {
                    return in.getValueAsLong();
                } catch (JacksonException e) {
                    throw outOfRange(in.getString(), "long");
                }
            case VALUE_NULL:
                return nullFor(primitive, "long", in);
            case VALUE_STRING:
                String text = text(in, primitive, "long");
                if (text == null) {
                    return null;
                }
                try {
                    return NumberInput.parseLong(bounded(text));
                } catch (NumberFormatException e) {
                    throw EventReadException.of("'" + Json.shown(in.getString()) + "' is not a valid long");
                }
            default:
                throw Json.expected("an integer", in);
        }
    }

    static Double readDouble(JsonParser in, boolean primitive, boolean single) {
        String type = single ? "float" : "double";
        switch (in.currentToken()) {
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return single ? (double) in.getFloatValue() : in.getDoubleValue();
            case VALUE_NULL:
                return nullFor(primitive, type, in);
            case VALUE_STRING:
                String raw = in.getString();
                Double special = special(raw);
                if (special != null) {
                    return special;
                }
                String text = text(in, primitive, type);
                if (text == null) {
                    return null;
                }
                if (NumberInput.looksLikeValidNumber(text)) {
                    try {
                        return single
                                ? (double) NumberInput.parseFloat(bounded(text), false)
                                : NumberInput.parseDouble(bounded(text), false);
                    } catch (NumberFormatException e) {
                        // reported below
                    }
                }
                throw EventReadException.of("'" + Json.shown(raw) + "' is not a valid " + type);
            default:
                throw Json.expected("a number", in);
        }
    }

    static Character readChar(JsonParser in, boolean primitive) {
        switch (in.currentToken()) {
            case VALUE_STRING:
                String raw = in.getString();
                if (raw.length() == 1) {
                    return raw.charAt(0);
                }
                String text = text(in, primitive, "char");
                if (text == null) {
                    return null;
                }
                throw EventReadException.of(
                        "expected a string of one character or a character code, got a string of " + raw.length());
            case VALUE_NUMBER_INT:
                int code = intValue(in, "char");
                if (code >= 0 && code <= 0xFFFF) {
                    return (char) code;
                }
                throw EventReadException.of(code + " is not a UTF-16 character code (0 to 65535)");
            case VALUE_NULL:
                return nullFor(primitive, "char", in);
            default:
                throw Json.expected("a string of one character", in);
        }
    }

    /** A string; a number or a boolean is taken as its text, as written. */
    static String readString(JsonParser in) {
        switch (in.currentToken()) {
            case VALUE_STRING:
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return in.getString();
            case VALUE_TRUE:
                return "true";
            case VALUE_FALSE:
                return "false";
            case VALUE_NULL:
                return null;
            default:
                throw Json.expected("a string", in);
        }
    }

    /** A {@code BigInteger}; a number with a fraction loses it, as Jackson reads it. */
    static BigInteger readBigInteger(JsonParser in) {
        switch (in.currentToken()) {
            case VALUE_NUMBER_INT:
                return in.getBigIntegerValue();
            case VALUE_NUMBER_FLOAT:
                BigDecimal decimal = in.getDecimalValue();
                if (Math.abs((long) decimal.scale()) > Codecs.MAX_DECIMAL_SCALE) {
                    throw EventReadException.of("the number " + Json.shown(in.getString()) + " has an exponent beyond "
                            + Codecs.MAX_DECIMAL_SCALE + " in magnitude");
                }
                return decimal.toBigInteger();
            case VALUE_NULL:
                return null;
            case VALUE_STRING:
                String text = text(in, false, "BigInteger");
                if (text == null) {
                    return null;
                }
                try {
                    return NumberInput.parseBigInteger(bounded(text), false);
                } catch (NumberFormatException e) {
                    throw EventReadException.of("'" + Json.shown(in.getString()) + "' is not an integer");
                }
            default:
                throw Json.expected("an integer", in);
        }
    }

    /** A {@code BigDecimal} from a number, or from a number in a string. */
    static BigDecimal readBigDecimal(JsonParser in) {
        switch (in.currentToken()) {
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return in.getDecimalValue();
            case VALUE_NULL:
                return null;
            case VALUE_STRING:
                String text = text(in, false, "BigDecimal");
                if (text == null) {
                    return null;
                }
                try {
                    return NumberInput.parseBigDecimal(bounded(text), false);
                } catch (NumberFormatException e) {
                    throw EventReadException.of("'" + Json.shown(in.getString()) + "' is not a number");
                }
            default:
                throw Json.expected("a number", in);
        }
    }

    /**
     * The trimmed text of a string token, or {@code null} when it is blank or {@code "null"}, which Jackson reads as
     * {@code null}: refused for a primitive.
     */
    private static String text(JsonParser in, boolean primitive, String type) {
        String text = in.getString().trim();
        if (text.isEmpty() || text.equals("null")) {
            if (primitive) {
                throw EventReadException.of("'" + Json.shown(in.getString()) + "' is not a " + type
                        + ": a blank or \"null\" text stands for null, which a primitive cannot hold");
            }
            return null;
        }
        return text;
    }

    private static <T> T nullFor(boolean primitive, String type, JsonParser in) {
        if (primitive) {
            throw EventReadException.of(
                    "expected " + expected(type) + ", got null, which a primitive '" + type + "' cannot hold");
        }
        return null;
    }

    private static String expected(String type) {
        switch (type) {
            case "boolean":
                return "true or false";
            case "char":
                return "a string of one character";
            case "float":
            case "double":
                return "a number";
            default:
                return "an integer";
        }
    }

    private static int intValue(JsonParser in, String type) {
        try {
            return in.getIntValue();
        } catch (JacksonException e) {
            throw outOfRange(in.getString(), type);
        }
    }

    private static int truncatedInt(JsonParser in, String type) {
        try {
            return in.getValueAsInt();
        } catch (JacksonException e) {
            throw outOfRange(in.getString(), type);
        }
    }

    private static int inRange(int value, int min, int max, String text, String type) {
        if (value < min || value > max) {
            throw outOfRange(text, type);
        }
        return value;
    }

    private static EventReadException outOfRange(String text, String type) {
        return EventReadException.of(Json.shown(text) + " is out of range for " + type);
    }

    /** The text, when it is no longer than the longest number Jackson reads. */
    private static String bounded(String text) {
        if (text.length() > MAX_NUMBER_LENGTH) {
            throw EventReadException.of("a number of " + text.length() + " characters is longer than "
                    + MAX_NUMBER_LENGTH + ", the most Jackson reads");
        }
        return text;
    }

    /** The values that JSON has no number for, in the texts Jackson writes and reads for them. */
    private static Double special(String text) {
        switch (text) {
            case "NaN":
                return Double.NaN;
            case "Infinity":
            case "+Infinity":
            case "INF":
            case "+INF":
                return Double.POSITIVE_INFINITY;
            case "-Infinity":
            case "-INF":
                return Double.NEGATIVE_INFINITY;
            default:
                return null;
        }
    }
}
