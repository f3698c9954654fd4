package dev.eventrecords.kafka;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Static, null-safe writers and readers for the value types events carry most. Generated codecs call these directly,
 * so that the JIT can inline them; the matching {@link Codecs} constants delegate to them, so both write the same
 * bytes: Jackson's. Readers return {@code null} for JSON {@code null} and throw {@link EventReadException} for a
 * token of another type.
 *
 * <p>All methods are stateless and thread-safe.
 */
public final class Scalars {

    private Scalars() {}

    /**
     * Writes a string or {@code null}.
     *
     * @param out the generator
     * @param value the value, may be {@code null}
     */
    public static void writeString(JsonGenerator out, String value) {
        if (value == null) {
            out.writeNull();
        } else {
            out.writeString(value);
        }
    }

    /**
     * Reads a string or {@code null}.
     *
     * @param in the parser, on the value
     * @return the value
     */
    public static String readString(JsonParser in) {
        return Json.readString(in);
    }

    /**
     * Writes an {@code Instant} as {@link Instant#toString()} does, or {@code null}.
     *
     * @param out the generator
     * @param value the value, may be {@code null}
     */
    public static void writeInstant(JsonGenerator out, Instant value) {
        if (value == null) {
            out.writeNull();
            return;
        }
        byte[] text = FastText.instant(value);
        if (text != null) {
            out.writeRawUTF8String(text, 0, text.length);
        } else {
            out.writeString(value.toString());
        }
    }

    /**
     * Reads an ISO-8601 instant or {@code null}.
     *
     * @param in the parser, on the value
     * @return the value
     */
    public static Instant readInstant(JsonParser in) {
        JsonToken t = in.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            return JavaTimeReader.instant(in);
        }
        byte[] text = FastText.ascii(in.getStringCharacters(), in.getStringOffset(), in.getStringLength());
        Instant fast = text == null ? null : FastText.parseInstant(text, 0, text.length);
        return fast != null ? fast : JavaTimeReader.instant(in.getString());
    }

    /**
     * Writes a {@code UUID} in its canonical form, or {@code null}.
     *
     * @param out the generator
     * @param value the value, may be {@code null}
     */
    public static void writeUuid(JsonGenerator out, UUID value) {
        if (value == null) {
            out.writeNull();
        } else {
            byte[] text = FastText.uuid(value);
            out.writeRawUTF8String(text, 0, text.length);
        }
    }

    /**
     * Reads a canonical 36-character {@code UUID} or {@code null}.
     *
     * @param in the parser, on the value
     * @return the value
     */
    public static UUID readUuid(JsonParser in) {
        JsonToken t = in.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            throw Json.expected("a UUID", in);
        }
        UUID fast = in.getStringLength() != 36 ? null : uuid(in.getStringCharacters(), in.getStringOffset(), 36);
        if (fast != null) {
            return fast;
        }
        // As Jackson: the text trimmed, and blank as null.
        String text = in.getString().trim();
        if (text.isEmpty()) {
            return null;
        }
        UUID trimmed = uuid(text.toCharArray(), 0, text.length());
        if (trimmed != null) {
            return trimmed;
        }
        throw EventReadException.of("'" + Json.shown(in.getString()) + "' is not a UUID");
    }

    private static UUID uuid(char[] c, int off, int len) {
        byte[] text = FastText.ascii(c, off, len);
        return text == null ? null : FastText.parseUuid(text, 0, len);
    }

    /**
     * Writes a {@code LocalDate} as ISO-8601, or {@code null}.
     *
     * @param out the generator
     * @param value the value, may be {@code null}
     */
    public static void writeLocalDate(JsonGenerator out, LocalDate value) {
        if (value == null) {
            out.writeNull();
            return;
        }
        byte[] text = FastText.localDate(value);
        if (text != null) {
            out.writeRawUTF8String(text, 0, text.length);
        } else {
            out.writeString(value.toString());
        }
    }

    /**
     * Reads an ISO-8601 date or {@code null}.
     *
     * @param in the parser, on the value
     * @return the value
     */
    public static LocalDate readLocalDate(JsonParser in) {
        JsonToken t = in.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        return JavaTimeReader.localDate(in);
    }

    /**
     * Writes an {@code Integer} or {@code null}.
     *
     * @param out the generator
     * @param value the value, may be {@code null}
     */
    public static void writeInteger(JsonGenerator out, Integer value) {
        if (value == null) {
            out.writeNull();
        } else {
            out.writeNumber(value.intValue());
        }
    }

    /**
     * Reads an {@code Integer} or {@code null}.
     *
     * @param in the parser, on the value
     * @return the value
     */
    public static Integer readInteger(JsonParser in) {
        return ScalarReader.readInt(in, false, Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
    }

    /**
     * Writes a {@code Long} or {@code null}.
     *
     * @param out the generator
     * @param value the value, may be {@code null}
     */
    public static void writeLong(JsonGenerator out, Long value) {
        if (value == null) {
            out.writeNull();
        } else {
            out.writeNumber(value.longValue());
        }
    }

    /**
     * Reads a {@code Long} or {@code null}.
     *
     * @param in the parser, on the value
     * @return the value
     */
    public static Long readLong(JsonParser in) {
        return ScalarReader.readLong(in, false);
    }

    /**
     * Writes a {@code Double} or {@code null}.
     *
     * @param out the generator
     * @param value the value, may be {@code null}
     */
    public static void writeDouble(JsonGenerator out, Double value) {
        if (value == null) {
            out.writeNull();
        } else {
            out.writeNumber(value.doubleValue());
        }
    }

    /**
     * Reads a {@code Double} or {@code null}.
     *
     * @param in the parser, on the value
     * @return the value
     */
    public static Double readDouble(JsonParser in) {
        return ScalarReader.readDouble(in, false, false);
    }

    /**
     * Writes a {@code Boolean} or {@code null}.
     *
     * @param out the generator
     * @param value the value, may be {@code null}
     */
    public static void writeBoolean(JsonGenerator out, Boolean value) {
        if (value == null) {
            out.writeNull();
        } else {
            out.writeBoolean(value.booleanValue());
        }
    }

    /**
     * Reads a {@code Boolean} or {@code null}.
     *
     * @param in the parser, on the value
     * @return the value
     */
    public static Boolean readBoolean(JsonParser in) {
        return ScalarReader.readBoolean(in, false);
    }
}
