package dev.eventrecords.kafka;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import tools.jackson.core.JsonParser;

/**
 * A reader of UTF-8 JSON bytes for the plain, common case, the path generated serdes read first: it takes what a
 * writer like Jackson (or this library) writes, each value as the token its type expects, and gives up on anything
 * else. Giving up is not an error: {@link Json#fromBytes(JsonCodec, byte[])} then reads the whole payload again with
 * Jackson's parser and the codecs' {@link JsonCodec#read(JsonParser)}, which accept and refuse exactly what they always
 * have, with their messages. So this reader only ever accepts a subset of what that path accepts, and reads each value
 * it accepts to an equal one:
 *
 * <ul>
 *   <li>strings of valid UTF-8 with JSON's escapes; an unescaped control character, an invalid escape, a malformed,
 *       overlong or surrogate UTF-8 sequence, or a string over a mebibyte gives up;
 *   <li>integers as JSON writes them (no leading zeros), within the range of the type read; a
 *       fraction, an exponent, a number in text or a {@code null} for a primitive gives up;
 *   <li>doubles of up to 1,000 characters, correctly rounded as {@link Double#parseDouble} rounds them; one that
 *       overflows to infinity or underflows to zero gives up;
 *   <li>whitespace as JSON defines it; nesting deeper than {@value #MAX_DEPTH}, names over 1,000 bytes, a byte-order
 *       mark or any other encoding than UTF-8 gives up.
 * </ul>
 *
 * <p>An instance belongs to one read on one thread. Generated codecs call its methods; a codec of a user's type need
 * not: {@link JsonCodec#read(JsonReader)} by default reads the value's bytes with the codec's Jackson path.
 */
public final class JsonReader {

    /** The deepest nesting of objects and arrays read; deeper input is left to Jackson, which bounds it too. */
    static final int MAX_DEPTH = 255;

    /** The longest string read, in bytes: far below Jackson's bound on strings, so nothing it refuses is taken. */
    private static final int MAX_STRING_BYTES = 1 << 20;

    /** The longest property name read, in bytes: far below Jackson's bound on names. */
    private static final int MAX_NAME_BYTES = 1000;

    /** The longest number read, in characters: Jackson's bound on the digits of each part of a number. */
    private static final int MAX_NUMBER_CHARS = 1000;

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22
    };

    private static final float[] FLOAT_POWERS_OF_TEN = {
        1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f
    };

    /** Eight bytes at a time, for scanning strings, comparing names and reading digits. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /**
     * Each thread's buffer for decoding strings with escapes or non-ASCII text, kept between reads up to
     * {@value #MAX_KEPT_CHARS} chars, so that a long text does not grow a new one each time.
     */
    private static final ThreadLocal<char[]> SCRATCH = new ThreadLocal<>();

    private static final int MAX_KEPT_CHARS = 1 << 16;

    /** The signal to give up, without a stack trace: it is caught at once by {@link Json#fromBytes}. */
    private static final GaveUp GAVE_UP = new GaveUp();

    /** Until a payload's first array: grown to {@link #FIRST_ELEMENTS} on the first element. */
    private static final Object[] NO_ELEMENTS = {};

    private static final int FIRST_ELEMENTS = 16;

    private final byte[] data;
    private final int end;
    private int pos;
    private int depth;
    private char[] chars;
    private Object[] elements = NO_ELEMENTS;
    private int elementCount;
    private boolean decoded;

    JsonReader(byte[] data) {
        this.data = data;
        this.end = data.length;
    }

    /** Thrown when the input is not the plain case; never escapes {@link Json#fromBytes}. */
    static final class GaveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private GaveUp() {
            super("not the plain case: read by Jackson's parser instead", null, false, false);
        }
    }

    /** The signal to give up on this read, to throw. */
    static GaveUp gaveUp() {
        return GAVE_UP;
    }

    /** Reads the root value and checks that only whitespace follows it. */
    <T> T readWhole(JsonCodec<T> codec) {
        try {
            T value = codec.read(this);
            if (!atEnd()) {
                throw gaveUp();
            }
            return value;
        } finally {
            if (chars != null && chars.length <= MAX_KEPT_CHARS) {
                SCRATCH.set(chars);
            }
        }
    }

    /** Whether only whitespace is left. */
    boolean atEnd() {
        return next() == -1;
    }

    // ---- structure ----

    /**
     * Starts an object.
     *
     * @return {@code true} on {@code '{'}, {@code false} on {@code null}, both consumed
     */
    public boolean startObject() {
        int b = next();
        if (b == '{') {
            open();
            return true;
        }
        nullLiteral(b);
        return false;
    }

    /**
     * After {@link #startObject()}: whether a property follows; {@code false} when the object is empty, its
     * {@code '}'} consumed.
     *
     * @return whether a property name follows
     */
    public boolean firstProperty() {
        int b = next();
        if (b == '"') {
            return true;
        }
        if (b == '}') {
            close();
            return false;
        }
        throw gaveUp();
    }

    /**
     * After a property's value: whether another property follows, its comma consumed; {@code false} when the object
     * ends, its {@code '}'} consumed.
     *
     * @return whether a property name follows
     */
    public boolean nextProperty() {
        int b = next();
        if (b == ',') {
            pos++;
            if (next() != '"') {
                throw gaveUp();
            }
            return true;
        }
        if (b == '}') {
            close();
            return false;
        }
        throw gaveUp();
    }

    /**
     * On a property name: when it is the expected one, consumes it and its colon.
     *
     * @param utf8 the expected name as {@link JsonWriter#name(String)} encodes it, {@code ,"name":}
     * @return whether the name was the expected one; if not, nothing was consumed
     */
    public boolean name(byte[] utf8) {
        int quoted = utf8.length - 2;
        int p = pos;
        if (end - p < quoted || !Arrays.equals(data, p, p + quoted, utf8, 1, quoted + 1)) {
            return false;
        }
        pos = p + quoted;
        colon();
        return true;
    }

    /**
     * On a property name: when it is the expected one, the {@code i}th of {@code names}, consumes it and its colon.
     * The same answer as {@link #name(byte[])} with that name's bytes; faster, since the common case (a name of up to
     * 21 bytes, its colon right after it, 24 bytes left to read) is three words compared under masks.
     *
     * @param names the record's names, from {@link #names(byte[]...)}
     * @param i the expected name's index in {@code names}
     * @return whether the name was the expected one; if not, nothing was consumed
     */
    public boolean name(Names names, int i) {
        int length = names.lengths[i];
        int p = pos;
        if (length != 0 && end - p >= Names.BYTES) {
            long[] w = names.words;
            int k = i * 6;
            long first = ((long) LONGS.get(data, p) ^ w[k]) & w[k + 1];
            long second = ((long) LONGS.get(data, p + 8) ^ w[k + 2]) & w[k + 3];
            long third = ((long) LONGS.get(data, p + 16) ^ w[k + 4]) & w[k + 5];
            if ((first | second | third) == 0) {
                pos = p + length;
                return true;
            }
        }
        byte[] utf8 = names.utf8[i];
        return utf8 != null && name(utf8);
    }

    /**
     * Prepares a record's property names for {@link #name(Names, int)}.
     *
     * @param utf8 each name as {@link JsonWriter#name(String)} encodes it ({@code ,"name":}), or {@code null} for one
     *     never expected
     * @return the names, immutable and safe to share between threads
     */
    public static Names names(byte[]... utf8) {
        return new Names(utf8.clone());
    }

    /**
     * A record's property names prepared for {@link #name(Names, int)}: per name, its quoted form and colon
     * ({@code "name":}) as three little-endian words with masks, when it fits in 24 bytes. Immutable.
     */
    public static final class Names {
        /** The longest name compared as words: three of them, with masks. */
        static final int BYTES = 24;

        private final byte[][] utf8;
        private final int[] lengths;
        private final long[] words;

        private Names(byte[][] utf8) {
            this.utf8 = utf8;
            this.lengths = new int[utf8.length];
            this.words = new long[utf8.length * 6];
            for (int i = 0; i < utf8.length; i++) {
                byte[] name = utf8[i];
                // name[0] is the comma; what is compared is the rest: the quoted name and the colon.
                int length = name == null ? 0 : name.length - 1;
                if (length < 4 || length > BYTES) {
                    continue;
                }
                lengths[i] = length;
                for (int b = 0; b < length; b++) {
                    int word = i * 6 + (b >>> 3) * 2;
                    int shift = (b & 7) * 8;
                    words[word] |= (name[1 + b] & 0xFFL) << shift;
                    words[word + 1] |= 0xFFL << shift;
                }
            }
        }
    }

    /**
     * On a property name: reads it and its colon.
     *
     * @return the name
     */
    public String name() {
        int start = pos;
        String name = string();
        if (pos - start > MAX_NAME_BYTES) {
            throw gaveUp();
        }
        if (decoded) {
            // Jackson's parser refuses a lone surrogate in a name (it takes one in a value): left to it.
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (Character.isHighSurrogate(c)
                        && i + 1 < name.length()
                        && Character.isLowSurrogate(name.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    throw gaveUp();
                }
            }
        }
        colon();
        return name;
    }

    /**
     * Starts an array.
     *
     * @return {@code true} on {@code '['}, {@code false} on {@code null}, both consumed
     */
    public boolean startArray() {
        int b = next();
        if (b == '[') {
            open();
            return true;
        }
        nullLiteral(b);
        return false;
    }

    /**
     * After {@link #startArray()}: whether an element follows; {@code false} when the array is empty, its {@code ']'}
     * consumed.
     *
     * @return whether an element follows
     */
    public boolean firstElement() {
        if (next() == ']') {
            close();
            return false;
        }
        return true;
    }

    /**
     * After an element: whether another follows, its comma consumed; {@code false} when the array ends, its
     * {@code ']'} consumed.
     *
     * @return whether an element follows
     */
    public boolean nextElement() {
        int b = next();
        if (b == ',') {
            pos++;
            return true;
        }
        if (b == ']') {
            close();
            return false;
        }
        throw gaveUp();
    }

    /**
     * After {@link #startArray()}: reads the elements up to the array's end into an immutable list. The elements go
     * onto one buffer kept for the whole payload (nested arrays above their parents'), so a list costs its final
     * array and no more: no growing list, no copy of a copy. Without {@code null}s the list is the JDK's own
     * immutable list, which a record's {@code List.copyOf} keeps as it is; with them, an unmodifiable view.
     */
    @SuppressWarnings("unchecked") // the buffer holds only what element.read returned
    <T> List<T> readList(JsonCodec<T> element) {
        int start = elementCount;
        boolean anyNull = false;
        if (firstElement()) {
            do {
                T value = element.read(this);
                anyNull |= value == null;
                if (elementCount == elements.length) {
                    elements = Arrays.copyOf(elements, Math.max(FIRST_ELEMENTS, elements.length * 2));
                }
                elements[elementCount++] = value;
            } while (nextElement());
        }
        Object[] read = elements;
        int count = elementCount - start;
        elementCount = start;
        if (anyNull) {
            return Collections.unmodifiableList(Arrays.asList((T[]) Arrays.copyOfRange(read, start, start + count)));
        }
        switch (count) {
            case 0:
                return List.of();
            case 1:
                return List.of((T) read[start]);
            case 2:
                return List.of((T) read[start], (T) read[start + 1]);
            default:
                return List.of((T[]) Arrays.copyOfRange(read, start, start + count));
        }
    }

    /**
     * Whether the next value is {@code null}; if so it is consumed.
     *
     * @return whether it was {@code null}
     */
    public boolean readNull() {
        if (next() == 'n') {
            literal(NULL);
            return true;
        }
        return false;
    }

    /** Skips one value of any type, checking it as strictly as the rest. */
    public void skip() {
        int b = next();
        switch (b) {
            case '"':
                skipString();
                return;
            case '{':
                open();
                if (firstProperty()) {
                    do {
                        skipString();
                        colon();
                        skip();
                    } while (nextProperty());
                }
                return;
            case '[':
                open();
                if (firstElement()) {
                    do {
                        skip();
                    } while (nextElement());
                }
                return;
            case 't':
                literal(TRUE);
                return;
            case 'f':
                literal(FALSE);
                return;
            case 'n':
                literal(NULL);
                return;
            default:
                number(false);
        }
    }

    /**
     * Reads one value with a codec's Jackson path: the value's bytes, found by {@link #skip()}, go to a parser of their
     * own. For codecs of types that have no path of their own here.
     *
     * @param codec the codec
     * @param <T> the value's type
     * @return the value
     */
    public <T> T readWithParser(JsonCodec<T> codec) {
        next();
        int start = pos;
        skip();
        try (JsonParser in = Json.parser(data, start, pos - start)) {
            in.nextToken();
            T value = codec.read(in);
            if (in.nextToken() != null) {
                throw gaveUp();
            }
            return value;
        }
    }

    // ---- values ----

    /**
     * Reads a string or {@code null}.
     *
     * @return the value
     */
    public String readString() {
        int b = next();
        if (b == '"') {
            return string();
        }
        nullLiteral(b);
        return null;
    }

    /**
     * Reads a {@code boolean}: {@code true} or {@code false}.
     *
     * @return the value
     */
    public boolean readBoolean() {
        int b = next();
        if (b == 't') {
            literal(TRUE);
            return true;
        }
        if (b == 'f') {
            literal(FALSE);
            return false;
        }
        throw gaveUp();
    }

    /**
     * Reads a {@code Boolean} or {@code null}.
     *
     * @return the value
     */
    public Boolean readBoxedBoolean() {
        return readNull() ? null : readBoolean();
    }

    /**
     * Reads an {@code int}.
     *
     * @return the value
     */
    public int readInt() {
        return (int) integer(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /**
     * Reads an {@code Integer} or {@code null}.
     *
     * @return the value
     */
    public Integer readBoxedInteger() {
        return readNull() ? null : readInt();
    }

    /**
     * Reads a {@code long}.
     *
     * @return the value
     */
    public long readLong() {
        return integer(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /**
     * Reads a {@code Long} or {@code null}.
     *
     * @return the value
     */
    public Long readBoxedLong() {
        return readNull() ? null : readLong();
    }

    /**
     * Reads a {@code short}.
     *
     * @return the value
     */
    public short readShort() {
        return (short) integer(Short.MIN_VALUE, Short.MAX_VALUE);
    }

    /**
     * Reads a {@code byte}; 128 to 255 are taken as the unsigned form of a byte, as Jackson takes them.
     *
     * @return the value
     */
    public byte readByte() {
        return (byte) integer(Byte.MIN_VALUE, 255);
    }

    /**
     * Reads a {@code double}.
     *
     * @return the value
     */
    public double readDouble() {
        next();
        return number(true);
    }

    /**
     * Reads a {@code Double} or {@code null}.
     *
     * @return the value
     */
    public Double readBoxedDouble() {
        return readNull() ? null : readDouble();
    }

    /**
     * Reads a {@code float}, correctly rounded from the decimal as {@link Float#parseFloat} rounds it; one that
     * overflows to infinity or underflows to zero gives up.
     *
     * @return the value
     */
    public float readFloat() {
        next();
        int start = pos;
        double d = number(true);
        float f = exactFloat(start);
        if (Float.isNaN(f)) {
            f = Float.parseFloat(new String(data, start, pos - start, StandardCharsets.ISO_8859_1));
        }
        if (Float.isInfinite(f) || (f == 0 && d != 0)) {
            throw gaveUp();
        }
        return f;
    }

    /**
     * Reads a {@code char}: a string of one UTF-16 unit.
     *
     * @return the value
     */
    public char readChar() {
        if (next() != '"') {
            throw gaveUp();
        }
        String s = string();
        if (s.length() != 1) {
            throw gaveUp();
        }
        return s.charAt(0);
    }

    /**
     * Reads a canonical 36-character {@code UUID} or {@code null}.
     *
     * @return the value
     */
    public UUID readUuid() {
        int start = fixedForm();
        return start < 0 ? null : parsed(FastText.parseUuid(data, start, pos - 1 - start));
    }

    /**
     * Reads an instant as {@code yyyy-MM-ddTHH:mm:ss[.f]Z}, or {@code null}.
     *
     * @return the value
     */
    public Instant readInstant() {
        int start = fixedForm();
        return start < 0 ? null : parsed(FastText.parseInstant(data, start, pos - 1 - start));
    }

    /**
     * Reads a date as {@code yyyy-MM-dd}, or {@code null}.
     *
     * @return the value
     */
    public LocalDate readLocalDate() {
        int at = fixedForm();
        if (at < 0) {
            return null;
        }
        byte[] c = data;
        if (pos - 1 - at != 10 || c[at + 4] != '-' || c[at + 7] != '-') {
            throw gaveUp();
        }
        int year = FastText.digits(c, at, 4);
        int month = FastText.digits(c, at + 5, 2);
        int day = FastText.digits(c, at + 8, 2);
        if (year < 0 || month < 0 || day < 0) {
            throw gaveUp();
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw gaveUp();
        }
    }

    // ---- tokens ----

    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};

    /** Skips whitespace; the next byte, not consumed, or -1 at the end. */
    private int next() {
        int p = pos;
        while (p < end) {
            int b = data[p];
            if (b > ' ') {
                pos = p;
                return b;
            }
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                throw gaveUp();
            }
            p++;
        }
        pos = p;
        return -1;
    }

    private void open() {
        pos++;
        if (++depth > MAX_DEPTH) {
            throw gaveUp();
        }
    }

    private void close() {
        pos++;
        depth--;
    }

    private void colon() {
        if (next() != ':') {
            throw gaveUp();
        }
        pos++;
    }

    private void nullLiteral(int b) {
        if (b != 'n') {
            throw gaveUp();
        }
        literal(NULL);
    }

    private void literal(byte[] text) {
        int p = pos;
        if (end - p < text.length) {
            throw gaveUp();
        }
        for (int i = 0; i < text.length; i++) {
            if (data[p + i] != text[i]) {
                throw gaveUp();
            }
        }
        pos = p + text.length;
        delimited();
    }

    /** A scalar must be followed by whitespace, a comma, the end of an object or an array, or the end. */
    private void delimited() {
        if (pos < end) {
            int b = data[pos];
            if (b != ',' && b != '}' && b != ']' && b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                throw gaveUp();
            }
        }
    }

    /** An integer token within {@code [min, max]}. */
    private long integer(long min, long max) {
        next();
        int p = pos;
        boolean negative = p < end && data[p] == '-';
        if (negative) {
            p++;
        }
        int start = p;
        // accumulated as a negative number, whose range holds Long.MIN_VALUE
        long value = 0;
        if (end - p >= 8) {
            // up to eight digits at once: the run of digits at the word's start, shifted up so that the bytes
            // below it read as leading zeros
            long word = (long) LONGS.get(data, p);
            int digits = leadingDigits(word);
            if (digits > 0) {
                value = -eightDigitsValue(word << ((8 - digits) << 3));
                p += digits;
            }
        }
        // eighteen digits cannot overflow; from the nineteenth on, each is checked
        int unchecked = Math.min(end, start + 18);
        while (p < unchecked) {
            int d = data[p] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            value = value * 10 - d;
            p++;
        }
        while (p < end) {
            int d = data[p] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            if (value < Long.MIN_VALUE / 10 || (value == Long.MIN_VALUE / 10 && d > 8)) {
                throw gaveUp();
            }
            value = value * 10 - d;
            p++;
        }
        int digits = p - start;
        if (digits == 0 || (digits > 1 && data[start] == '0')) {
            throw gaveUp();
        }
        if (p < end && (data[p] == '.' || data[p] == 'e' || data[p] == 'E')) {
            throw gaveUp();
        }
        pos = p;
        delimited();
        if (!negative && value == Long.MIN_VALUE) {
            throw gaveUp();
        }
        long v = negative ? value : -value;
        if (v < min || v > max) {
            throw gaveUp();
        }
        return v;
    }

    /**
     * How many of a little-endian word's bytes, from its first, are ASCII digits: each byte is 0x33 after the test
     * below when it is one (its high nibble 3, and still 3 once 6 is added); a byte that is not may corrupt the bytes
     * after it through a carry, never the ones before.
     */
    private static int leadingDigits(long word) {
        long notDigits = ((word & 0xF0F0F0F0F0F0F0F0L) | (((word + 0x0606060606060606L) & 0xF0F0F0F0F0F0F0F0L) >>> 4))
                ^ 0x3333333333333333L;
        return Long.numberOfTrailingZeros(notDigits) >>> 3;
    }

    /** The value of eight ASCII digits in a little-endian word, the first digit the most significant. */
    private static long eightDigitsValue(long word) {
        long digits = word & 0x0F0F0F0F0F0F0F0FL;
        long pairs = (digits * 10 + (digits >>> 8)) & 0x00FF00FF00FF00FFL;
        long quads = (pairs * 100 + (pairs >>> 16)) & 0x0000FFFF0000FFFFL;
        return (quads * 10000 + (quads >>> 32)) & 0xFFFFFFFFL;
    }

    /** A number token as JSON's grammar has it, read as a double; only checked when not {@code wanted}. */
    private double number(boolean wanted) {
        int p = pos;
        int start = p;
        boolean negative = p < end && data[p] == '-';
        if (negative) {
            p++;
        }
        long mantissa = 0;
        int significant = 0;
        int exponent = 0;
        int intStart = p;
        while (p < end && isDigit(data[p])) {
            if (significant < 18) {
                mantissa = mantissa * 10 + (data[p] - '0');
                if (mantissa != 0) {
                    significant++;
                }
            } else {
                exponent++;
                significant++;
            }
            p++;
        }
        int intDigits = p - intStart;
        if (intDigits == 0 || (intDigits > 1 && data[intStart] == '0')) {
            throw gaveUp();
        }
        if (p < end && data[p] == '.') {
            p++;
            int fracStart = p;
            while (p < end && isDigit(data[p])) {
                if (significant < 18) {
                    mantissa = mantissa * 10 + (data[p] - '0');
                    exponent--;
                    if (mantissa != 0) {
                        significant++;
                    }
                } else {
                    significant++;
                }
                p++;
            }
            if (p == fracStart) {
                throw gaveUp();
            }
        }
        if (p < end && (data[p] == 'e' || data[p] == 'E')) {
            p++;
            boolean negativeExponent = false;
            if (p < end && (data[p] == '+' || data[p] == '-')) {
                negativeExponent = data[p] == '-';
                p++;
            }
            int expStart = p;
            int written = 0;
            while (p < end && isDigit(data[p])) {
                if (written < 10_000) {
                    written = written * 10 + (data[p] - '0');
                }
                p++;
            }
            if (p == expStart || p - expStart > 4) {
                throw gaveUp();
            }
            exponent += negativeExponent ? -written : written;
        }
        if (p - start > MAX_NUMBER_CHARS) {
            throw gaveUp();
        }
        pos = p;
        delimited();
        if (!wanted) {
            return 0;
        }
        double value;
        if (significant <= 15 && exponent >= -22 && exponent <= 22) {
            // Both the mantissa and the power of ten are exact doubles: one correctly rounded operation.
            value = exponent >= 0 ? mantissa * POWERS_OF_TEN[exponent] : mantissa / POWERS_OF_TEN[-exponent];
        } else {
            value = Double.parseDouble(new String(
                    data, start + (negative ? 1 : 0), p - start - (negative ? 1 : 0), StandardCharsets.ISO_8859_1));
        }
        if (Double.isInfinite(value) || (value == 0 && significant > 0)) {
            throw gaveUp();
        }
        return negative ? -value : value;
    }

    /**
     * The float of the number token from {@code start} to {@code pos} when its digits and power of ten are both exact
     * floats (one correctly rounded division), else NaN.
     */
    private float exactFloat(int start) {
        int p = start;
        boolean negative = data[p] == '-';
        if (negative) {
            p++;
        }
        int mantissa = 0;
        int exponent = 0;
        boolean fraction = false;
        for (; p < pos; p++) {
            int b = data[p];
            if (b == '.') {
                fraction = true;
            } else if (isDigit(b) && mantissa <= (1 << 24) / 10) {
                mantissa = mantissa * 10 + (b - '0');
                if (fraction) {
                    exponent--;
                }
            } else {
                // an exponent, or too many digits
                return Float.NaN;
            }
        }
        if (exponent < -10) {
            return Float.NaN;
        }
        float value = (float) mantissa / FLOAT_POWERS_OF_TEN[-exponent];
        return negative ? -value : value;
    }

    private static boolean isDigit(int b) {
        return b >= '0' && b <= '9';
    }

    // ---- strings ----

    private char[] chars() {
        if (chars == null) {
            char[] kept = SCRATCH.get();
            if (kept != null) {
                // taken, so that a read inside this one (a codec's own) cannot share it
                SCRATCH.set(null);
                chars = kept;
            } else {
                chars = new char[256];
            }
        }
        return chars;
    }

    /**
     * On a string's opening quote: the string, its closing quote consumed; {@link #decoded} says whether it had
     * escapes or non-ASCII characters.
     */
    private String string() {
        decoded = false;
        int start = pos + 1;
        int p = plainEnd(start);
        if (p < end && data[p] == '"') {
            if (p - start > MAX_STRING_BYTES) {
                throw gaveUp();
            }
            pos = p + 1;
            return ascii(data, start, p - start);
        }
        int n = stringChars();
        decoded = true;
        return new String(chars, 0, n);
    }

    /**
     * A string of ASCII bytes. The JDK's one constructor that copies bytes as they are: the charset constructors, as
     * large as they are general, are not inlined, and were a third of a small event's read.
     */
    @SuppressWarnings("deprecation")
    private static String ascii(byte[] bytes, int offset, int length) {
        return new String(bytes, 0, offset, length);
    }

    /** On a string's opening quote: skips it, checking it as {@link #string()} does. */
    private void skipString() {
        if (pos >= end || data[pos] != '"') {
            throw gaveUp();
        }
        int p = plainEnd(pos + 1);
        if (p < end && data[p] == '"') {
            if (p - pos > MAX_STRING_BYTES) {
                throw gaveUp();
            }
            pos = p + 1;
            return;
        }
        stringChars();
    }

    /**
     * Before the text of a value of a fixed form (a UUID, an instant, a date) or {@code null}: skips it, a string of
     * printable ASCII without escapes, the only kind those readers take (it gives up on any other).
     *
     * @return the index of the text's first byte (its closing quote is at {@code pos - 1}), or -1 for {@code null}
     */
    private int fixedForm() {
        int b = next();
        if (b != '"') {
            nullLiteral(b);
            return -1;
        }
        int start = pos + 1;
        int p = plainEnd(start);
        if (p >= end || data[p] != '"') {
            throw gaveUp();
        }
        pos = p + 1;
        return start;
    }

    /** A fixed-form parser's result; it gives up on {@code null}, the parser's "not this form". */
    private static <T> T parsed(T value) {
        if (value == null) {
            throw gaveUp();
        }
        return value;
    }

    /**
     * The index of the first byte from {@code p} that a string cannot copy as it is: a quote, a backslash, a control
     * character or a byte of a multi-byte UTF-8 sequence; {@code end} when there is none. Eight bytes at a time: each
     * test sets a byte's high bit where it matches, and a false match (from a borrow) only ever follows a true one.
     */
    private int plainEnd(int p) {
        byte[] d = data;
        while (end - p >= 8) {
            long w = (long) LONGS.get(d, p);
            long quote = w ^ 0x2222222222222222L;
            long backslash = w ^ 0x5C5C5C5C5C5C5C5CL;
            long special =
                    (((quote - ONES) & ~quote) | ((backslash - ONES) & ~backslash) | (w - 0x2020202020202020L) | w)
                            & HIGHS;
            if (special != 0) {
                return p + (Long.numberOfTrailingZeros(special) >>> 3);
            }
            p += 8;
        }
        while (p < end && plain(d[p])) {
            p++;
        }
        return p;
    }

    /**
     * On a string's opening quote: decodes it into {@link #chars}, its closing quote consumed.
     *
     * @return the number of chars
     */
    private int stringChars() {
        int start = pos + 1;
        int p = start;
        int n = 0;
        char[] c = chars();
        byte[] d = data;
        while (true) {
            // a run of printable ASCII, copied as it is
            int q = plainEnd(p);
            int run = q - p;
            if (n + run + 2 > c.length) {
                c = grow(n + run + 2);
            }
            for (int i = 0; i < run; i++) {
                c[n + i] = (char) d[p + i];
            }
            n += run;
            p = q;
            if (p >= end || p - start > MAX_STRING_BYTES) {
                throw gaveUp();
            }
            int b = d[p];
            if (b == '"') {
                p++;
                break;
            }
            if (b == '\\') {
                c[n++] = escape(p + 1);
                p += d[p + 1] == 'u' ? 6 : 2;
                continue;
            }
            if (b >= 0) {
                // an unescaped control character
                throw gaveUp();
            }
            // a run of multi-byte sequences, with the single printable ASCII bytes between them (a space between
            // words, the letters between accented ones) taken here rather than as runs of their own
            do {
                if (n + 2 > c.length) {
                    c = grow(n + 2);
                }
                int lead = d[p] & 0xFF;
                if (lead < 0x80) {
                    c[n++] = (char) lead;
                    p++;
                } else if (lead >= 0xC2 && lead <= 0xDF) {
                    c[n++] = (char) (((lead & 0x1F) << 6) | continuation(p + 1));
                    p += 2;
                } else if (lead >= 0xE0 && lead <= 0xEF && end - p >= 3) {
                    int second = d[p + 1];
                    int third = d[p + 2];
                    if (((second & 0xC0) ^ 0x80 | (third & 0xC0) ^ 0x80) != 0) {
                        throw gaveUp();
                    }
                    second &= 0x3F;
                    if ((lead == 0xE0 && second < 0x20) || (lead == 0xED && second >= 0x20)) {
                        // overlong, or a surrogate
                        throw gaveUp();
                    }
                    c[n++] = (char) (((lead & 0x0F) << 12) | (second << 6) | (third & 0x3F));
                    p += 3;
                } else if (lead >= 0xF0 && lead <= 0xF4) {
                    int code = ((lead & 0x07) << 18)
                            | (continuation(p + 1) << 12)
                            | (continuation(p + 2) << 6)
                            | continuation(p + 3);
                    if (code < 0x10000 || code > 0x10FFFF) {
                        throw gaveUp();
                    }
                    c[n++] = Character.highSurrogate(code);
                    c[n++] = Character.lowSurrogate(code);
                    p += 4;
                } else {
                    throw gaveUp();
                }
            } while (p < end && (d[p] < 0 || (plain(d[p]) && p + 1 < end && d[p + 1] < 0)));
        }
        pos = p;
        return n;
    }

    /** Whether a byte is printable ASCII that a string holds as it is: not a control, a quote or a backslash. */
    private static boolean plain(int b) {
        return b >= ' ' && b != '"' && b != '\\';
    }

    /** The decoding buffer, grown to at least {@code capacity} chars. */
    private char[] grow(int capacity) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, capacity));
        return chars;
    }

    /** The six low bits of a UTF-8 continuation byte at {@code p}. */
    private int continuation(int p) {
        if (p >= end || (data[p] & 0xC0) != 0x80) {
            throw gaveUp();
        }
        return data[p] & 0x3F;
    }

    /** The char of the escape whose letter is at {@code p}. */
    private char escape(int p) {
        if (p >= end) {
            throw gaveUp();
        }
        switch (data[p]) {
            case '"':
                return '"';
            case '\\':
                return '\\';
            case '/':
                return '/';
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                if (end - p < 5) {
                    throw gaveUp();
                }
                int code = 0;
                for (int i = 1; i <= 4; i++) {
                    int h = data[p + i] < 0 ? -1 : Character.digit(data[p + i], 16);
                    if (h < 0) {
                        throw gaveUp();
                    }
                    code = (code << 4) | h;
                }
                return (char) code;
            default:
                throw gaveUp();
        }
    }
}
