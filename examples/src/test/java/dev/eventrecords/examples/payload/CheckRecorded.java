package dev.eventrecords.examples.payload;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.io.IOException;

/**
 * Constructors that throw what a deserializer does not expect: an {@code AssertionError}, a checked exception thrown
 * sneakily, and a {@code VirtualMachineError}, here and in a nested record.
 */
@Event(topic = "payload.checks")
public record CheckRecorded(@Key String id, int code, Gauge gauge) {

    public CheckRecorded {
        if (code == 1) {
            throw new AssertionError("code 1 is reserved");
        }
        if (code == 2) {
            CheckRecorded.<RuntimeException>sneakily(new IOException("code 2 cannot be looked up"));
        }
        if (code == 3) {
            throw new OutOfMemoryError("code 3 stands for a JVM in trouble");
        }
    }

    /** A reading whose constructor asserts that it is not negative. */
    public record Gauge(int reading) {
        public Gauge {
            if (reading < 0) {
                throw new AssertionError("reading " + reading + " is negative");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneakily(Throwable failure) throws T {
        throw (T) failure;
    }
}
