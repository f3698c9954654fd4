package dev.eventrecords;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import tools.jackson.core.Base64Variants;

/**
 * An immutable sequence of bytes, for binary data in an event. A {@code byte[]} component would let whoever holds the
 * array change the event after it was created; a {@code Bytes} cannot change: it copies the array it is made from and
 * hands out only copies.
 *
 * <p>As JSON it is a base64 string, exactly what Jackson writes for a {@code byte[]} (standard alphabet, with padding,
 * no line feeds), so a consumer that reads the property into a {@code byte[]} with a plain Jackson mapper gets the same
 * bytes.
 *
 * <p>Instances are value objects: compare them with {@link #equals(Object)}, never by identity. They are thread-safe.
 */
public final class Bytes {

    private static final Bytes EMPTY = new Bytes(new byte[0]);

    private final byte[] bytes;

    private Bytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * The bytes of an array, copied: changing the array afterwards does not change the result.
     *
     * @param bytes the array, not {@code null}
     * @return the bytes
     * @throws NullPointerException when {@code bytes} is {@code null}
     */
    public static Bytes copyOf(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return bytes.length == 0 ? EMPTY : new Bytes(bytes.clone());
    }

    /**
     * The sequence of no bytes.
     *
     * @return the empty sequence, always the same instance
     */
    public static Bytes empty() {
        return EMPTY;
    }

    /**
     * Decodes base64 with the decoder Jackson reads a {@code byte[]} with (its default variant,
     * {@code MIME-NO-LINEFEEDS}): the standard alphabet, padding required, white space and line breaks between
     * 4-character units ignored.
     *
     * @param base64 the text, not {@code null}
     * @return the decoded bytes
     * @throws IllegalArgumentException when the text is not valid base64
     * @throws NullPointerException when {@code base64} is {@code null}
     */
    public static Bytes fromBase64(String base64) {
        Objects.requireNonNull(base64, "base64");
        byte[] decoded = Base64Variants.getDefaultVariant().decode(base64);
        return decoded.length == 0 ? EMPTY : new Bytes(decoded);
    }

    /**
     * A copy of the bytes: changing it does not change this sequence.
     *
     * @return a new array on every call
     */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    /**
     * The number of bytes.
     *
     * @return the length, zero or more
     */
    public int size() {
        return bytes.length;
    }

    /**
     * One byte.
     *
     * @param index from zero to {@code size() - 1}
     * @return the byte at {@code index}
     * @throws IndexOutOfBoundsException when {@code index} is out of range
     */
    public byte byteAt(int index) {
        Objects.checkIndex(index, bytes.length);
        return bytes[index];
    }

    /**
     * The bytes as base64, as Jackson writes a {@code byte[]}: the standard alphabet with padding and no line feeds.
     *
     * @return the text, empty for the empty sequence
     */
    public String toBase64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * Whether another object is a {@code Bytes} with the same bytes in the same order.
     *
     * @param other any object, or {@code null}
     * @return {@code true} for equal content
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Bytes that && Arrays.equals(bytes, that.bytes);
    }

    /**
     * A hash of the content, consistent with {@link #equals(Object)}.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /**
     * A short description for logs: the size and at most the first eight bytes in hex, never the whole content.
     *
     * @return {@code Bytes[3: 0a ff 10]}, or {@code Bytes[1024: 0a ff 10 00 00 00 00 00 ...]}
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Bytes[").append(bytes.length);
        int shown = Math.min(bytes.length, 8);
        if (shown > 0) {
            text.append(':');
        }
        for (int i = 0; i < shown; i++) {
            text.append(' ').append(Character.forDigit((bytes[i] >> 4) & 0xF, 16));
            text.append(Character.forDigit(bytes[i] & 0xF, 16));
        }
        if (bytes.length > shown) {
            text.append(" ...");
        }
        return text.append(']').toString();
    }
}
