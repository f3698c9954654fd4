package dev.eventrecords.kafka;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable byte buffer that one thread reuses for every value it writes, so that serializing allocates only the
 * result array. Not thread-safe: each thread has its own, through {@link #get()}.
 */
final class ByteSink extends OutputStream {

    private static final int INITIAL = 512;
    /** A buffer grown past this by one huge event is dropped afterwards rather than kept for the thread's life. */
    private static final int KEEP_AT_MOST = 1 << 20;

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
        byte[] result = Arrays.copyOf(buffer, size);
        if (buffer.length > KEEP_AT_MOST) {
            buffer = new byte[INITIAL];
        }
        size = 0;
        inUse = false;
        return result;
    }

    /** Hands the sink back after a failed write. */
    void release() {
        size = 0;
        inUse = false;
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
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }
}
