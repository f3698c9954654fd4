package dev.eventrecords.kafka;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable byte buffer that one thread reuses for every value it writes, so that serializing allocates only the
 * result array. Not thread-safe: each thread has its own, through {@link #get()}.
 */
final class ByteSink extends OutputStream {

    /** The size a sink starts with and goes back to after any write that grew it past {@link #KEEP_AT_MOST}. */
    static final int INITIAL = 512;
    /** A buffer grown past this by one huge event is dropped afterwards rather than kept for the thread's life. */
    static final int KEEP_AT_MOST = 1 << 16;
    /** The largest array a JVM reliably allocates. */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private static final ThreadLocal<ByteSink> SINKS = ThreadLocal.withInitial(ByteSink::new);

    private byte[] buffer = new byte[INITIAL];
    private int size;
    private boolean inUse;

    /** This thread's sink, emptied; or a fresh one when the thread's sink is already in use (a nested write). */
    static ByteSink get() {
        ByteSink sink = SINKS.get();
        if (sink.inUse) {
            return new ByteSink();
        }
        sink.inUse = true;
        sink.size = 0;
        return sink;
    }

    /** The bytes written, as a new array; hands the sink back for reuse. */
    byte[] toByteArrayAndRelease() {
        try {
            return Arrays.copyOf(buffer, size);
        } finally {
            release();
        }
    }

    /** Hands the sink back, successful write or not, shrunk to its base size when one large value grew it. */
    void release() {
        if (buffer.length > KEEP_AT_MOST) {
            buffer = new byte[INITIAL];
        }
        size = 0;
        inUse = false;
    }

    /** The current capacity, for tests. */
    int capacity() {
        return buffer.length;
    }

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

    private void ensure(int more) {
        // Compared as a difference so that size + more cannot overflow to a negative, passing length.
        if (more > buffer.length - size) {
            if (more > MAX_ARRAY - size) {
                throw new IllegalStateException(
                        "the value is larger than the largest byte array, " + MAX_ARRAY + " bytes");
            }
            int needed = size + more;
            int doubled = buffer.length > MAX_ARRAY / 2 ? MAX_ARRAY : buffer.length * 2;
            buffer = Arrays.copyOf(buffer, Math.max(doubled, needed));
        }
    }
}
