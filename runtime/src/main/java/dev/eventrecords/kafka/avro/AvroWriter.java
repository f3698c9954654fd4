package dev.eventrecords.kafka.avro;

import java.util.Arrays;

/**
 * Writes Avro's binary encoding (Avro 1.12 specification, "Binary Encoding") into a growable byte array: the same
 * bytes as Apache Avro's {@code BinaryEncoder} for the same calls. {@code int} and {@code long} as zig-zag varints,
 * {@code float} and {@code double} as 4 and 8 little-endian bytes of their IEEE 754 bits ({@code floatToRawIntBits},
 * so a NaN keeps its payload, as Avro's encoder does), {@code bytes} and {@code string} as a {@code long} length then
 * the bytes, a union as the branch's index then its value, an array or a map as one block (its item count, then the
 * items) closed by a count of zero.
 *
 * <p>A writer is reused: {@link #reset()} empties it and keeps its buffer, so writing a value allocates nothing but the
 * result of {@link #toByteArray()}, and a buffer grown past {@value #KEEP_AT_MOST} bytes by one large value is
 * dropped at the next reset. Not thread-safe: one writer per thread.
 */
public final class AvroWriter {

    /** The largest buffer kept across {@link #reset()}. */
    public static final int KEEP_AT_MOST = 1 << 16;

    private static final int INITIAL = 256;
    /** The largest array a JVM reliably allocates. */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private byte[] buffer = new byte[INITIAL];
    private int size;

    /** An empty writer. */
    public AvroWriter() {}

    /** Empties the writer for the next value; a buffer a large value grew is dropped. */
    public void reset() {
        if (buffer.length > KEEP_AT_MOST) {
            buffer = new byte[INITIAL];
        }
        size = 0;
    }

    /** The number of bytes written since the last reset. */
    public int size() {
        return size;
    }

    /** The bytes written since the last reset, as a new array. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    /** Writes {@code null}, which is no bytes: a union's index says it. */
    public void writeNull() {
        // nothing: the encoding of null is empty
    }

    /** Writes a boolean as one byte, {@code 1} or {@code 0}. */
    public void writeBoolean(boolean value) {
        ensure(1);
        buffer[size++] = value ? (byte) 1 : (byte) 0;
    }

    /** Writes an {@code int} as a zig-zag varint, one to five bytes. */
    public void writeInt(int value) {
        ensure(5);
        int n = (value << 1) ^ (value >> 31);
        byte[] b = buffer;
        int at = size;
        while ((n & ~0x7F) != 0) {
            b[at++] = (byte) ((n & 0x7F) | 0x80);
            n >>>= 7;
        }
        b[at++] = (byte) n;
        size = at;
    }

    /** Writes a {@code long} as a zig-zag varint, one to ten bytes. */
    public void writeLong(long value) {
        ensure(10);
        long n = (value << 1) ^ (value >> 63);
        byte[] b = buffer;
        int at = size;
        while ((n & ~0x7FL) != 0) {
            b[at++] = (byte) ((n & 0x7F) | 0x80);
            n >>>= 7;
        }
        b[at++] = (byte) n;
        size = at;
    }

    /** Writes a {@code float} as the four little-endian bytes of its bits. */
    public void writeFloat(float value) {
        ensure(4);
        int bits = Float.floatToRawIntBits(value);
        byte[] b = buffer;
        int at = size;
        b[at] = (byte) bits;
        b[at + 1] = (byte) (bits >>> 8);
        b[at + 2] = (byte) (bits >>> 16);
        b[at + 3] = (byte) (bits >>> 24);
        size = at + 4;
    }

    /** Writes a {@code double} as the eight little-endian bytes of its bits. */
    public void writeDouble(double value) {
        ensure(8);
        long bits = Double.doubleToRawLongBits(value);
        byte[] b = buffer;
        int at = size;
        for (int i = 0; i < 8; i++) {
            b[at + i] = (byte) (bits >>> (8 * i));
        }
        size = at + 8;
    }

    /** Writes {@code bytes}: the length, then the bytes. */
    public void writeBytes(byte[] value) {
        writeBytes(value, 0, value.length);
    }

    /** Writes {@code bytes} from part of an array: the length, then the bytes. */
    public void writeBytes(byte[] value, int offset, int length) {
        writeLong(length);
        writeFixed(value, offset, length);
    }

    /** Writes a {@code fixed}: the bytes alone, whose count the schema says. */
    public void writeFixed(byte[] value) {
        writeFixed(value, 0, value.length);
    }

    /** Writes a {@code fixed} from part of an array. */
    public void writeFixed(byte[] value, int offset, int length) {
        ensure(length);
        System.arraycopy(value, offset, buffer, size, length);
        size += length;
    }

    /**
     * Writes a {@code string}: the length of its UTF-8 form, then that form.
     *
     * @throws IllegalArgumentException when the text holds a lone surrogate, which UTF-8, and so an Avro string,
     *     cannot hold: Apache Avro writes {@code ?} for it ({@code String.getBytes(UTF_8)}), which would change the
     *     value without a word; nothing is written then
     */
    public void writeString(String value) {
        int chars = value.length();
        int ascii = 0;
        while (ascii < chars && value.charAt(ascii) < 0x80) {
            ascii++;
        }
        if (ascii == chars) {
            writeLong(chars);
            ensure(chars);
            byte[] b = buffer;
            int at = size;
            for (int i = 0; i < chars; i++) {
                b[at + i] = (byte) value.charAt(i);
            }
            size = at + chars;
            return;
        }
        long length = ascii;
        for (int i = ascii; i < chars; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                length += 1;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < chars && Character.isLowSurrogate(value.charAt(i + 1))) {
                length += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("the text holds a lone surrogate, U+"
                        + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + " at index " + i
                        + ", which UTF-8, and so an Avro string, cannot hold (Apache Avro would write '?' instead)");
            } else {
                length += 3;
            }
        }
        if (length > MAX_ARRAY) {
            throw new IllegalStateException("the string is larger than the largest byte array: " + length + " bytes");
        }
        writeLong(length);
        ensure((int) length);
        byte[] b = buffer;
        int at = size;
        for (int i = 0; i < chars; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                b[at++] = (byte) c;
            } else if (c < 0x800) {
                b[at++] = (byte) (0xC0 | (c >> 6));
                b[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < chars && Character.isLowSurrogate(value.charAt(i + 1))) {
                int code = Character.toCodePoint(c, value.charAt(++i));
                b[at++] = (byte) (0xF0 | (code >> 18));
                b[at++] = (byte) (0x80 | ((code >> 12) & 0x3F));
                b[at++] = (byte) (0x80 | ((code >> 6) & 0x3F));
                b[at++] = (byte) (0x80 | (code & 0x3F));
            } else {
                b[at++] = (byte) (0xE0 | (c >> 12));
                b[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[at++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        size = at;
    }

    /** Writes an enum symbol by its index in the schema's {@code symbols}. */
    public void writeEnum(int index) {
        writeInt(index);
    }

    /** Writes the index of a union's branch; its value follows. */
    public void writeIndex(int branch) {
        writeInt(branch);
    }

    /**
     * Starts an array of {@code count} items, written as one block: the count, unless it is zero. The items follow,
     * then {@link #writeArrayEnd()}.
     */
    public void writeArrayStart(int count) {
        if (count > 0) {
            writeLong(count);
        }
    }

    /** Ends an array: a block of zero items. */
    public void writeArrayEnd() {
        writeLong(0);
    }

    /**
     * Starts a map of {@code count} entries, written as one block: the count, unless it is zero. Each entry's key (a
     * {@link #writeString(String) string}) and value follow, then {@link #writeMapEnd()}.
     */
    public void writeMapStart(int count) {
        writeArrayStart(count);
    }

    /** Ends a map: a block of zero entries. */
    public void writeMapEnd() {
        writeLong(0);
    }

    /** Writes bytes as they are, outside Avro's encoding: a wire format's header. */
    public void writeRaw(byte[] bytes) {
        writeFixed(bytes);
    }

    /** Writes a four-byte big-endian {@code int} outside Avro's encoding: a registry's schema id. */
    public void writeRawIntBigEndian(int value) {
        ensure(4);
        buffer[size] = (byte) (value >>> 24);
        buffer[size + 1] = (byte) (value >>> 16);
        buffer[size + 2] = (byte) (value >>> 8);
        buffer[size + 3] = (byte) value;
        size += 4;
    }

    private void ensure(int more) {
        // Compared as a difference so that size + more cannot overflow to a negative, passing length.
        if (more > buffer.length - size) {
            if (more > MAX_ARRAY - size) {
                throw new IllegalStateException(
                        "the value is larger than the largest byte array, " + MAX_ARRAY + " bytes");
            }
            int needed = size + more;
            int doubled = buffer.length > MAX_ARRAY / 2 ? MAX_ARRAY : buffer.length * 2;
            buffer = Arrays.copyOf(buffer, Math.max(needed, doubled));
        }
    }
}
