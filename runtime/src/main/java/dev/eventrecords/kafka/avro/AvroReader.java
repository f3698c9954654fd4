package dev.eventrecords.kafka.avro;

import dev.eventrecords.kafka.EventReadException;
import java.nio.charset.StandardCharsets;

/**
 * Reads Avro's binary encoding (Avro 1.12 specification, "Binary Encoding") from a byte array: what Apache Avro's
 * {@code BinaryEncoder} and {@code BlockingBinaryEncoder} write, read back to the same values. Arrays and maps come in
 * blocks; a block with a negative count holds {@code -count} items and is preceded by its size in bytes, which
 * {@link #skipArray()} and {@link #skipMap()} use to skip it whole.
 *
 * <p>Input is untrusted. Every read checks the bytes it needs against those that remain, before it allocates
 * anything: a truncated value, a negative or too large length, a varint longer than its type allows, a boolean byte
 * other than {@code 0} or {@code 1}, a union or enum index outside the schema's, or a block count larger than the bytes
 * left could hold, is an {@link EventReadException} naming what was wrong and at which byte. So memory is bounded by
 * the input's size: a reader never allocates more than the bytes it was given. The price: items that take no bytes (a
 * record without fields; eventrecords' schemas put {@code null} only in unions, whose index takes a byte) cannot come
 * in a block of more items than bytes remain, so a long array of empty records is refused.
 *
 * <p>Not thread-safe: a reader belongs to one thread and one input; {@link #reset(byte[], int, int)} points it at the
 * next.
 */
public final class AvroReader {

    private byte[] buffer;
    private int position;
    private int limit;
    private int start;

    /** A reader of all of {@code bytes}. */
    public AvroReader(byte[] bytes) {
        reset(bytes, 0, bytes.length);
    }

    /** A reader of {@code length} bytes of {@code bytes} from {@code offset}. */
    public AvroReader(byte[] bytes, int offset, int length) {
        reset(bytes, offset, length);
    }

    /** Points the reader at another input. */
    public void reset(byte[] bytes, int offset, int length) {
        if (offset < 0 || length < 0 || offset > bytes.length - length) {
            throw new IndexOutOfBoundsException(
                    "offset " + offset + " and length " + length + " outside " + bytes.length + " bytes");
        }
        this.buffer = bytes;
        this.position = offset;
        this.start = offset;
        this.limit = offset + length;
    }

    /** The bytes not read yet. */
    public int remaining() {
        return limit - position;
    }

    /** The number of bytes read so far. */
    public int position() {
        return position - start;
    }

    /** Fails unless every byte was read: bytes after a value are not part of it. */
    public void requireEnd() {
        if (position != limit) {
            throw failure(remaining() + " bytes follow the value");
        }
    }

    /** Reads {@code null}, which is no bytes. */
    public void readNull() {
        // nothing to read: the encoding of null is empty
    }

    /** Reads a boolean: one byte, {@code 0} or {@code 1}. */
    public boolean readBoolean() {
        need(1, "a boolean");
        int b = buffer[position];
        if (b != 0 && b != 1) {
            throw failure("a boolean is the byte 0 or 1, not " + (b & 0xFF));
        }
        position++;
        return b == 1;
    }

    /** Reads an {@code int}: a zig-zag varint of at most five bytes, whose value fits 32 bits. */
    public int readInt() {
        int at = position;
        int n = 0;
        for (int shift = 0; ; shift += 7) {
            if (at == limit) {
                throw failure("the data ends inside an int");
            }
            int b = buffer[at++] & 0xFF;
            if (shift == 28 && (b & 0xF0) != 0) {
                throw failure("an int's varint has more than 32 bits");
            }
            n |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                break;
            }
        }
        position = at;
        return (n >>> 1) ^ -(n & 1);
    }

    /** Reads a {@code long}: a zig-zag varint of at most ten bytes, whose value fits 64 bits. */
    public long readLong() {
        int at = position;
        long n = 0;
        for (int shift = 0; ; shift += 7) {
            if (at == limit) {
                throw failure("the data ends inside a long");
            }
            long b = buffer[at++] & 0xFF;
            if (shift == 63 && (b & 0xFE) != 0) {
                throw failure("a long's varint has more than 64 bits");
            }
            n |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                break;
            }
        }
        position = at;
        return (n >>> 1) ^ -(n & 1);
    }

    /** Reads a {@code float}: four little-endian bytes of its bits. */
    public float readFloat() {
        need(4, "a float");
        byte[] b = buffer;
        int at = position;
        int bits = (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
        position = at + 4;
        return Float.intBitsToFloat(bits);
    }

    /** Reads a {@code double}: eight little-endian bytes of its bits. */
    public double readDouble() {
        need(8, "a double");
        byte[] b = buffer;
        int at = position;
        long bits = 0;
        for (int i = 7; i >= 0; i--) {
            bits = (bits << 8) | (b[at + i] & 0xFF);
        }
        position = at + 8;
        return Double.longBitsToDouble(bits);
    }

    /** Reads {@code bytes}: a length, then that many bytes, as a new array. */
    public byte[] readBytes() {
        int length = length("bytes");
        byte[] value = new byte[length];
        System.arraycopy(buffer, position, value, 0, length);
        position += length;
        return value;
    }

    /** Reads a {@code fixed} of {@code size} bytes, as a new array. */
    public byte[] readFixed(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("a fixed has a size of at least 0, not " + size);
        }
        need(size, "a fixed of " + size + " bytes");
        byte[] value = new byte[size];
        System.arraycopy(buffer, position, value, 0, size);
        position += size;
        return value;
    }

    /**
     * Reads a {@code string}: a length, then that many bytes of UTF-8. Malformed UTF-8 becomes U+FFFD, as Apache
     * Avro's {@code Utf8.toString()} reads it.
     */
    public String readString() {
        int length = length("a string");
        String value = new String(buffer, position, length, StandardCharsets.UTF_8);
        position += length;
        return value;
    }

    /** Skips {@code bytes} or a {@code string}. */
    public void skipBytes() {
        int length = length("bytes"); // read first: it moves the position past the length
        position += length;
    }

    /** Skips a {@code fixed} of {@code size} bytes. */
    public void skipFixed(int size) {
        need(size, "a fixed of " + size + " bytes");
        position += size;
    }

    /**
     * Reads an enum's symbol index.
     *
     * @param symbols how many symbols the writer's enum has
     */
    public int readEnum(int symbols) {
        int index = readInt();
        if (index < 0 || index >= symbols) {
            throw failure("the enum index " + index + " is outside its " + symbols + " symbols");
        }
        return index;
    }

    /**
     * Reads the index of a union's branch; its value follows.
     *
     * @param branches how many branches the writer's union has
     */
    public int readIndex(int branches) {
        int index = readInt();
        if (index < 0 || index >= branches) {
            throw failure("the union index " + index + " is outside its " + branches + " branches");
        }
        return index;
    }

    /**
     * Reads the item count of an array's first block: read that many items, then {@link #arrayNext()} for the next
     * block's, until a count is zero.
     */
    public int readArrayStart() {
        return blockCount("array");
    }

    /** Reads the item count of an array's next block; zero at the end of the array. */
    public int arrayNext() {
        return blockCount("array");
    }

    /**
     * Reads the entry count of a map's first block: read that many keys ({@link #readString()}) and values, then
     * {@link #mapNext()} for the next block's, until a count is zero.
     */
    public int readMapStart() {
        return blockCount("map");
    }

    /** Reads the entry count of a map's next block; zero at the end of the map. */
    public int mapNext() {
        return blockCount("map");
    }

    /**
     * Skips an array's blocks that carry their size in bytes, and returns the item count of the first that does not:
     * skip that many items one by one, then call again; zero at the end of the array.
     */
    public int skipArray() {
        return skipBlocks("array");
    }

    /** Skips a map's blocks as {@link #skipArray()} does an array's. */
    public int skipMap() {
        return skipBlocks("map");
    }

    private int skipBlocks(String what) {
        while (true) {
            long count = readLong();
            if (count >= 0) {
                return checkedCount(count, what);
            }
            checkedCount(negated(count, what), what);
            long size = readLong();
            if (size < 0 || size > remaining()) {
                throw failure(
                        "the " + what + " block's size " + size + " is outside the " + remaining() + " bytes left");
            }
            position += (int) size;
        }
    }

    /** A block's count; a negative one is followed by the block's size in bytes, which is checked and passed. */
    private int blockCount(String what) {
        long count = readLong();
        if (count < 0) {
            count = negated(count, what);
            long size = readLong();
            if (size < 0 || size > remaining()) {
                throw failure(
                        "the " + what + " block's size " + size + " is outside the " + remaining() + " bytes left");
            }
        }
        return checkedCount(count, what);
    }

    private long negated(long count, String what) {
        if (count == Long.MIN_VALUE) {
            throw failure("the " + what + " block count " + count + " has no positive counterpart");
        }
        return -count;
    }

    /** Each item takes a byte at least, so a block cannot hold more items than bytes remain. */
    private int checkedCount(long count, String what) {
        if (count > remaining()) {
            throw failure("the " + what + " block count " + count + " is more than the " + remaining()
                    + " bytes left could hold");
        }
        return (int) count;
    }

    /** A length, checked against the bytes left before anything is allocated for it. */
    private int length(String what) {
        long length = readLong();
        if (length < 0) {
            throw failure("the length of " + what + " is negative: " + length);
        }
        if (length > remaining()) {
            throw failure(
                    "the length of " + what + ", " + length + ", is more than the " + remaining() + " bytes left");
        }
        return (int) length;
    }

    private void need(int bytes, String what) {
        if (bytes > limit - position) {
            throw failure(
                    "the data ends inside " + what + ": it needs " + bytes + " bytes and " + remaining() + " are left");
        }
    }

    private EventReadException failure(String what) {
        return EventReadException.of("malformed Avro at byte " + position() + ": " + what);
    }
}
