package dev.eventrecords.examples.wire;

/** An enum whose constants have bodies and whose {@code toString} is not its name: JSON carries the name. */
public enum Priority {
    LOW {
        @Override
        int weight() {
            return 1;
        }
    },
    HIGH {
        @Override
        int weight() {
            return 10;
        }
    };

    abstract int weight();

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT) + "(" + weight() + ")";
    }
}
