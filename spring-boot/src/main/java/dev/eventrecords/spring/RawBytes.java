package dev.eventrecords.spring;

/**
 * The bytes each key and value was read from, remembered for the records the current thread read last, so that a
 * record whose listener fails is dead-lettered with the bytes it arrived with (fields a newer producer added
 * included), not with a copy written again from the event.
 *
 * <p>Kafka's consumer deserializes in {@code poll()}, on the thread that then runs the listener and, after it throws,
 * the error handler: the bytes of a failing record are those this thread read last. The memory is one ring per
 * thread, as long as two polls of keys and values, holding references to arrays the consumer allocated anyway.
 * Objects are matched by identity, never by {@code equals}: two equal events may come from different bytes.
 */
final class RawBytes {

    private static final ThreadLocal<Ring> RINGS = new ThreadLocal<>();

    private RawBytes() {}

    /** Remembers that {@code read} was read from {@code data}, among the last {@code capacity} reads of the thread. */
    static void remember(Object read, byte[] data, int capacity) {
        if (read == null || data == null) {
            return;
        }
        Ring ring = RINGS.get();
        if (ring == null || ring.objects.length < capacity) {
            ring = new Ring(capacity, ring);
            RINGS.set(ring);
        }
        ring.add(read, data);
    }

    /** The bytes {@code read} was read from on this thread, or {@code null} when they are no longer remembered. */
    static byte[] of(Object read) {
        Ring ring = RINGS.get();
        return ring == null || read == null ? null : ring.find(read);
    }

    private static final class Ring {
        final Object[] objects;
        final byte[][] bytes;
        int next;

        Ring(int capacity, Ring previous) {
            objects = new Object[capacity];
            bytes = new byte[capacity][];
            if (previous != null) {
                for (int i = 0; i < previous.objects.length; i++) {
                    int at = (previous.next + i) % previous.objects.length;
                    if (previous.objects[at] != null) {
                        add(previous.objects[at], previous.bytes[at]);
                    }
                }
            }
        }

        void add(Object read, byte[] data) {
            objects[next] = read;
            bytes[next] = data;
            next = (next + 1) % objects.length;
        }

        byte[] find(Object read) {
            for (int i = 1; i <= objects.length; i++) {
                int at = Math.floorMod(next - i, objects.length);
                if (objects[at] == read) {
                    return bytes[at];
                }
            }
            return null;
        }
    }
}
