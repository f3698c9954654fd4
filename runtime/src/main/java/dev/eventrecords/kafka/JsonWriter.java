package dev.eventrecords.kafka;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes UTF-8 JSON straight into a byte buffer, byte-for-byte as Jackson 3's default {@code JsonMapper} writes the
 * same values: strings escaped as Jackson escapes them (the quote, the backslash and the controls below U+0020, with
 * {@code \b \t \n \f \r} short and the others as upper-case {@code \u005Cu00XX}; a surrogate pair as one four-byte
 * character, a lone surrogate as {@code \u005CuXXXX}), numbers as {@code Long.toString}, {@code Double.toString} and
 * {@code Float.toString} write them (non-finite ones as the strings {@code "NaN"}, {@code "Infinity"} and
 * {@code "-Infinity"}), no whitespace. Generated codecs write through it: property names arrive as bytes encoded
 * once ({@link #name(String)}), so writing one is a copy, and nothing is allocated per value but the result.
 *
 * <p>The writer does not check the structure: the caller writes commas, names and brackets in order, as generated
 * code does. A value whose codec only writes through Jackson's {@link JsonGenerator} (a user's {@code JsonCodec}) is
 * written by {@link #write(JsonCodec, Object)}, through a generator over this writer's buffer, with the same bytes.
 *
 * <p>Not thread-safe: one writer serves one value at a time, on one thread. {@link Json#toBytes} hands each thread
 * its own, reused from one value to the next, and its buffer shrinks back after a large value.
 */
public final class JsonWriter {

    /** The size a writer starts with and goes back to after any value that grew it past {@link #KEEP_AT_MOST}. */
    static final int INITIAL = 512;
    /** A buffer grown past this by one huge value is dropped afterwards rather than kept for the thread's life. */
    static final int KEEP_AT_MOST = 1 << 16;
    /** The largest array a JVM reliably allocates. */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;
    /** Characters of a string encoded per capacity check: at most 6 bytes each. */
    private static final int CHUNK = 4096;
    /** Strings up to this length are encoded in one step, without copying their characters first. */
    private static final int SHORT_STRING = 32;

    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MIN_LONG = Long.toString(Long.MIN_VALUE).getBytes(StandardCharsets.US_ASCII);

    /**
     * Per ASCII character: 0 when written as itself, -1 when written as {@code \u005Cu00XX}, else the letter after the
     * backslash.
     */
    private static final byte[] ESCAPES = new byte[128];

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPES[c] = -1;
        }
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
        ESCAPES['\b'] = 'b';
        ESCAPES['\t'] = 't';
        ESCAPES['\n'] = 'n';
        ESCAPES['\f'] = 'f';
        ESCAPES['\r'] = 'r';
    }

    /** Jackson's defaults, as {@link Json}'s, but no separator between root values: one generator per bridged value. */
    private static final JsonFactory BRIDGE =
            JsonFactory.builder().rootValueSeparator((String) null).build();

    private static final ThreadLocal<JsonWriter> WRITERS = ThreadLocal.withInitial(JsonWriter::new);

    private byte[] buffer = new byte[INITIAL];
    /**
     * A string's characters, a chunk at a time: reading a {@code char[]} costs less than {@code charAt} each. Made on
     * the first string that needs it, so that the writers {@link #name} and {@link #quoted} make for a short name
     * never allocate it.
     */
    private char[] chars;

    private int size;
    private boolean inUse;
    private JsonGenerator bridge;

    private JsonWriter() {}

    /**
     * A property name as generated codecs write it: a comma, the name quoted and escaped as Jackson escapes it, and a
     * colon ({@code ,"name":}), encoded once. {@link #name(byte[], boolean)} writes it with or without the comma.
     *
     * @param name the JSON property name
     * @return the encoded name
     */
    public static byte[] name(String name) {
        JsonWriter w = new JsonWriter();
        w.comma();
        w.writeString(name);
        w.ensure(1);
        w.buffer[w.size++] = ':';
        return Arrays.copyOf(w.buffer, w.size);
    }

    /**
     * A string value encoded once, quoted and escaped, for {@link #raw(byte[])}: an enum constant's text.
     *
     * @param text the string
     * @return {@code "text"} as UTF-8
     */
    public static byte[] quoted(String text) {
        JsonWriter w = new JsonWriter();
        w.writeString(text);
        return Arrays.copyOf(w.buffer, w.size);
    }

    /** This thread's writer, emptied; or a fresh one when the thread's writer is in use (a nested write). */
    static JsonWriter get() {
        JsonWriter writer = WRITERS.get();
        if (writer.inUse) {
            return new JsonWriter();
        }
        writer.inUse = true;
        writer.size = 0;
        return writer;
    }

    /** The bytes written, as a new array; hands the writer back for reuse. */
    byte[] toByteArrayAndRelease() {
        try {
            if (bridge != null) {
                bridge.close();
                bridge = null;
            }
            return Arrays.copyOf(buffer, size);
        } finally {
            release();
        }
    }

    /** Hands the writer back, successful write or not, shrunk to its base size when one large value grew it. */
    void release() {
        // A generator a failed write left mid-value is dropped, never reused.
        bridge = null;
        if (buffer.length > KEEP_AT_MOST) {
            buffer = new byte[INITIAL];
        }
        size = 0;
        inUse = false;
    }

    /** Whether the bytes written so far are the ASCII text given, for tests. */
    boolean textEquals(String text) {
        if (text.length() != size) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (buffer[i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The current capacity, for tests. */
    int capacity() {
        return buffer.length;
    }

    /** Writes {@code {}. */
    public void startObject() {
        one((byte) '{');
    }

    /** Writes {@code }}. */
    public void endObject() {
        one((byte) '}');
    }

    /** Writes {@code [}. */
    public void startArray() {
        one((byte) '[');
    }

    /** Writes {@code ]}. */
    public void endArray() {
        one((byte) ']');
    }

    /** Writes the comma between two values of an array. */
    public void comma() {
        one((byte) ',');
    }

    private void one(byte b) {
        ensure(1);
        buffer[size++] = b;
    }

    /**
     * Writes a property name encoded by {@link #name(String)}.
     *
     * @param name the encoded name, {@code ,"name":}
     * @param first whether it is the object's first property, written without the comma
     */
    public void name(byte[] name, boolean first) {
        int from = first ? 1 : 0;
        int length = name.length - from;
        ensure(length);
        System.arraycopy(name, from, buffer, size, length);
        size += length;
    }

    /**
     * Writes a property name given as text, such as a map's key: quoted and escaped, then a colon.
     *
     * @param name the name, not {@code null}
     * @param first whether it is the object's first property, written without the comma
     */
    public void name(String name, boolean first) {
        if (!first) {
            comma();
        }
        writeString(name);
        ensure(1);
        buffer[size++] = ':';
    }

    /** Writes {@code null}. */
    public void writeNull() {
        raw(NULL);
    }

    /**
     * Writes a string, escaped as Jackson escapes it, or {@code null}.
     *
     * @param value the value, may be {@code null}
     */
    public void writeString(String value) {
        if (value == null) {
            writeNull();
            return;
        }
        int length = value.length();
        if (length <= SHORT_STRING) {
            // An id, a name, a code: read with charAt, no copy, until the first character that is not plain ASCII
            ensure(length * 6 + 2);
            byte[] b = buffer;
            int at = size;
            b[at++] = '"';
            int i = 0;
            while (i < length) {
                char c = value.charAt(i);
                if (c >= 0x80 || ESCAPES[c] != 0) {
                    break;
                }
                b[at++] = (byte) c;
                i++;
            }
            size = at;
            if (i < length) {
                chunk(value, i, length);
            }
            buffer[size++] = '"';
            return;
        }
        ensure(1);
        buffer[size++] = '"';
        int i = 0;
        while (i < length) {
            int end = Math.min(length, i + CHUNK);
            // 6 bytes a character at most (an escape), and 2 more for the closing quote of the last chunk and a pair
            // that ends past the chunk
            ensure((end - i) * 6 + 2);
            i = chunk(value, i, end);
        }
        buffer[size++] = '"';
    }

    /** Encodes {@code value[i, end)}, with room for it; the index after the last character encoded. */
    private int chunk(String value, int i, int end) {
        char[] c = chars;
        if (c == null) {
            c = chars = new char[CHUNK];
        }
        int n = end - i;
        value.getChars(i, end, c, 0);
        byte[] b = buffer;
        int at = size;
        int k = 0;
        while (k < n) {
            // ASCII that needs no escape, the common case, one byte a character, in a loop of its own: text that is
            // mostly ASCII goes back to it after each character that is not
            while (k < n) {
                char ch = c[k];
                if (ch >= 0x80 || ESCAPES[ch] != 0) {
                    break;
                }
                b[at++] = (byte) ch;
                k++;
            }
            if (k == n) {
                break;
            }
            char ch = c[k++];
            if (ch < 0x80) {
                byte escape = ESCAPES[ch];
                if (escape > 0) {
                    b[at++] = '\\';
                    b[at++] = escape;
                } else {
                    at = unicodeEscape(b, at, ch);
                }
            } else if (ch < 0x800) {
                b[at++] = (byte) (0xC0 | (ch >> 6));
                b[at++] = (byte) (0x80 | (ch & 0x3F));
            } else if (!Character.isSurrogate(ch)) {
                b[at++] = (byte) (0xE0 | (ch >> 12));
                b[at++] = (byte) (0x80 | ((ch >> 6) & 0x3F));
                b[at++] = (byte) (0x80 | (ch & 0x3F));
            } else {
                // a pair's low half may be the first character of the next chunk
                char low = k < n ? c[k] : i + k < value.length() ? value.charAt(i + k) : 0;
                if (Character.isHighSurrogate(ch) && Character.isLowSurrogate(low)) {
                    k++;
                    int cp = Character.toCodePoint(ch, low);
                    b[at++] = (byte) (0xF0 | (cp >> 18));
                    b[at++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    b[at++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    b[at++] = (byte) (0x80 | (cp & 0x3F));
                } else {
                    // a lone surrogate, which UTF-8 cannot hold: escaped, as Jackson escapes it
                    at = unicodeEscape(b, at, ch);
                }
            }
        }
        size = at;
        return i + k;
    }

    private static int unicodeEscape(byte[] b, int at, char c) {
        b[at] = '\\';
        b[at + 1] = 'u';
        b[at + 2] = HEX[c >> 12];
        b[at + 3] = HEX[(c >> 8) & 0xF];
        b[at + 4] = HEX[(c >> 4) & 0xF];
        b[at + 5] = HEX[c & 0xF];
        return at + 6;
    }

    /**
     * Writes a {@code char} as a string of one character.
     *
     * @param value the value
     */
    public void writeChar(char value) {
        writeString(String.valueOf(value));
    }

    /**
     * Writes a {@code boolean}.
     *
     * @param value the value
     */
    public void writeBoolean(boolean value) {
        raw(value ? TRUE : FALSE);
    }

    /**
     * Writes a {@code Boolean} or {@code null}.
     *
     * @param value the value, may be {@code null}
     */
    public void writeBoolean(Boolean value) {
        if (value == null) {
            writeNull();
        } else {
            writeBoolean(value.booleanValue());
        }
    }

    /**
     * Writes an {@code int}.
     *
     * @param value the value
     */
    public void writeNumber(int value) {
        writeNumber((long) value);
    }

    /**
     * Writes a {@code long} as {@link Long#toString(long)} does.
     *
     * @param value the value
     */
    public void writeNumber(long value) {
        if (value == Long.MIN_VALUE) {
            raw(MIN_LONG);
            return;
        }
        ensure(20);
        byte[] b = buffer;
        int at = size;
        if (value < 0) {
            b[at++] = '-';
            value = -value;
        }
        int end = at + digits(value);
        int i = end;
        // Two digits a step, from a table; in int arithmetic, which costs less, once the rest fits an int.
        while (value > Integer.MAX_VALUE) {
            long q = value / 100;
            int pair = (int) (value - q * 100) << 1;
            b[--i] = DIGIT_PAIRS[pair + 1];
            b[--i] = DIGIT_PAIRS[pair];
            value = q;
        }
        int v = (int) value;
        while (v >= 100) {
            int q = v / 100;
            int pair = (v - q * 100) << 1;
            b[--i] = DIGIT_PAIRS[pair + 1];
            b[--i] = DIGIT_PAIRS[pair];
            v = q;
        }
        if (v >= 10) {
            b[--i] = DIGIT_PAIRS[(v << 1) + 1];
            b[--i] = DIGIT_PAIRS[v << 1];
        } else {
            b[--i] = (byte) ('0' + v);
        }
        size = end;
    }

    /** "00", "01", ... "99", for writing two digits a step. */
    private static final byte[] DIGIT_PAIRS = new byte[200];

    static {
        for (int n = 0; n < 100; n++) {
            DIGIT_PAIRS[2 * n] = (byte) ('0' + n / 10);
            DIGIT_PAIRS[2 * n + 1] = (byte) ('0' + n % 10);
        }
    }

    private static int digits(long value) {
        int n = 1;
        long limit = 10;
        while (n < 19 && value >= limit) {
            n++;
            limit *= 10;
        }
        return n;
    }

    /**
     * Writes a {@code short}.
     *
     * @param value the value
     */
    public void writeNumber(short value) {
        writeNumber((long) value);
    }

    /**
     * Writes a {@code byte}.
     *
     * @param value the value
     */
    public void writeNumber(byte value) {
        writeNumber((long) value);
    }

    /**
     * Writes a {@code double} as {@link Double#toString(double)} does, or a non-finite one as a string.
     *
     * @param value the value
     */
    public void writeNumber(double value) {
        if (shortDecimal(value)) {
            return;
        }
        if (Double.isFinite(value)) {
            ascii(Double.toString(value));
        } else {
            writeString(Double.toString(value));
        }
    }

    /** Powers of ten that {@link #shortDecimal} scales by: up to three decimals. */
    private static final double[] SCALES = {1, 10, 100, 1000};
    /** The bound of the digits {@link #shortDecimal} writes itself: below ten million. */
    static final long SHORT_DECIMAL_DIGITS = 10_000_000L;

    /**
     * Writes a double that is the double nearest a decimal of fewer than eight digits and at most three decimals
     * ({@code 72.35}, {@code 0.005}, {@code 1250.0}) without {@code Double.toString}, with the same text: the digits of
     * that decimal, trailing zeros dropped, at least one decimal. The result equals {@code Double.toString} for every
     * such double on the JDK the tests run on ({@code JsonWriterTest} tries each of them); any other double is left to
     * {@code Double.toString}.
     *
     * @return whether the value was written
     */
    private boolean shortDecimal(double value) {
        double abs = Math.abs(value);
        if (!(abs >= 1e-3 && abs < 1e7)) {
            return false; // zero, NaN, infinities and what Double.toString writes with an exponent
        }
        for (int k = 0; k < SCALES.length; k++) {
            long m = (long) (abs * SCALES[k] + 0.5);
            if (m >= SHORT_DECIMAL_DIGITS) {
                return false;
            }
            // m / 10^k is rounded once, correctly: equal to abs exactly when abs is the double nearest m / 10^k
            if (m / SCALES[k] == abs) {
                writeDecimal(value < 0, m, k);
                return true;
            }
        }
        return false;
    }

    private void writeDecimal(boolean negative, long m, int decimals) {
        ensure(20);
        if (negative) {
            buffer[size++] = '-';
        }
        long unit = (long) SCALES[decimals];
        writeNumber(m / unit);
        long fraction = m % unit;
        buffer[size++] = '.';
        if (fraction == 0) {
            buffer[size++] = '0';
            return;
        }
        int digits = decimals;
        while (fraction % 10 == 0) {
            fraction /= 10;
            digits--;
        }
        for (int i = size + digits - 1; i >= size; i--) {
            buffer[i] = (byte) ('0' + fraction % 10);
            fraction /= 10;
        }
        size += digits;
    }

    /**
     * Writes a {@code float} as {@link Float#toString(float)} does, or a non-finite one as a string.
     *
     * @param value the value
     */
    public void writeNumber(float value) {
        if (Float.isFinite(value)) {
            ascii(Float.toString(value));
        } else {
            writeString(Float.toString(value));
        }
    }

    /**
     * Writes an {@code Integer} or {@code null}.
     *
     * @param value the value, may be {@code null}
     */
    public void writeInteger(Integer value) {
        if (value == null) {
            writeNull();
        } else {
            writeNumber((long) value.intValue());
        }
    }

    /**
     * Writes a {@code Long} or {@code null}.
     *
     * @param value the value, may be {@code null}
     */
    public void writeLong(Long value) {
        if (value == null) {
            writeNull();
        } else {
            writeNumber(value.longValue());
        }
    }

    /**
     * Writes a {@code Double} or {@code null}.
     *
     * @param value the value, may be {@code null}
     */
    public void writeDouble(Double value) {
        if (value == null) {
            writeNull();
        } else {
            writeNumber(value.doubleValue());
        }
    }

    /**
     * Writes a {@code UUID} in its canonical form, or {@code null}.
     *
     * @param value the value, may be {@code null}
     */
    public void writeUuid(UUID value) {
        if (value == null) {
            writeNull();
            return;
        }
        ensure(38);
        buffer[size] = '"';
        size = FastText.uuid(value, buffer, size + 1);
        buffer[size++] = '"';
    }

    /**
     * Writes an {@code Instant} as {@link Instant#toString()} does, or {@code null}.
     *
     * @param value the value, may be {@code null}
     */
    public void writeInstant(Instant value) {
        if (value == null) {
            writeNull();
            return;
        }
        ensure(FastText.MAX_TIME_BYTES + 2);
        int end = FastText.instant(value, buffer, size + 1);
        if (end < 0) {
            writeString(value.toString());
        } else {
            buffer[size] = '"';
            buffer[end] = '"';
            size = end + 1;
        }
    }

    /**
     * Writes a {@code LocalDate} as {@link LocalDate#toString()} does, or {@code null}.
     *
     * @param value the value, may be {@code null}
     */
    public void writeLocalDate(LocalDate value) {
        if (value == null) {
            writeNull();
            return;
        }
        ensure(12);
        int end = FastText.localDate(value, buffer, size + 1);
        if (end < 0) {
            writeString(value.toString());
        } else {
            buffer[size] = '"';
            buffer[end] = '"';
            size = end + 1;
        }
    }

    /**
     * Writes a value with its codec's Jackson {@link JsonGenerator} path, as {@link JsonCodec#write(JsonWriter,
     * Object)} does by default: for codecs that only write through Jackson, such as a user's. The bytes are what
     * Jackson writes.
     *
     * @param codec the codec
     * @param value the value, may be {@code null}
     * @param <T> the value's type
     */
    public <T> void write(JsonCodec<T> codec, T value) {
        if (bridge == null) {
            bridge = BRIDGE.createGenerator(ObjectWriteContext.empty(), new Sink());
        }
        codec.write(bridge, value);
        bridge.flush();
    }

    /**
     * Writes bytes that already are JSON, as they are.
     *
     * @param json UTF-8 JSON
     */
    public void raw(byte[] json) {
        ensure(json.length);
        System.arraycopy(json, 0, buffer, size, json.length);
        size += json.length;
    }

    /** Writes an ASCII string as it is. */
    private void ascii(String text) {
        int length = text.length();
        ensure(length);
        byte[] b = buffer;
        int at = size;
        for (int i = 0; i < length; i++) {
            b[at++] = (byte) text.charAt(i);
        }
        size = at;
    }

    private void ensure(int more) {
        // Compared as a difference so that size + more cannot overflow to a negative, passing length.
        if (more > buffer.length - size) {
            grow(more);
        }
    }

    private void grow(int more) {
        if (more > MAX_ARRAY - size) {
            throw new IllegalStateException("the value is larger than the largest byte array, " + MAX_ARRAY + " bytes");
        }
        int needed = size + more;
        int doubled = buffer.length > MAX_ARRAY / 2 ? MAX_ARRAY : buffer.length * 2;
        buffer = Arrays.copyOf(buffer, Math.max(doubled, needed));
    }

    /** This writer's buffer as the stream a bridged generator writes to. */
    private final class Sink extends OutputStream {
        @Override
        public void write(int b) {
            ensure(1);
            buffer[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            ensure(len);
            System.arraycopy(b, off, buffer, size, len);
            size += len;
        }
    }
}
