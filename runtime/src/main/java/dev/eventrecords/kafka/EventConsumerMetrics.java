package dev.eventrecords.kafka;

import java.util.Map;
import java.util.Objects;

/**
 * A snapshot of what an {@link EventConsumer} did with the records it read, per event type, taken by
 * {@link EventConsumer#metrics()}. Immutable; later records do not change it.
 *
 * <p>The type of a record is its {@code ce_type} header as read (an unknown type is counted under the name it
 * carries); a record without one is counted under the type of its topic when the topic carries a single type, and
 * under {@code ""} otherwise.
 *
 * @param types the counts of each type that was met, by type name
 */
public record EventConsumerMetrics(Map<String, Counts> types) {

    /** Copies the map. */
    public EventConsumerMetrics {
        types = Map.copyOf(types);
    }

    /**
     * The counts of one type, all zero when it was never met.
     *
     * @param type the event type, as in {@code ce_type}
     * @return the counts
     */
    public Counts of(String type) {
        return types.getOrDefault(Objects.requireNonNull(type, "type"), Counts.ZERO);
    }

    /**
     * The counts of all types added up.
     *
     * @return the totals
     */
    public Counts total() {
        Counts total = Counts.ZERO;
        for (Counts counts : types.values()) {
            total = total.plus(counts);
        }
        return total;
    }

    /**
     * What happened to the records of one type.
     *
     * @param handled records whose handler returned normally (each counted once, however many attempts it took)
     * @param retried handler calls that threw and were tried again
     * @param deadLettered records written to the dead-letter topic: poison pills, records whose handler failed every
     *     attempt, and records that a policy sends there
     * @param skipped records passed over without a handler call: known types without a handler and unknown types
     *     under {@link EventConsumer.TypePolicy#SKIP}, and tombstones
     */
    public record Counts(long handled, long retried, long deadLettered, long skipped) {

        /** No records. */
        public static final Counts ZERO = new Counts(0, 0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(
                    handled + other.handled,
                    retried + other.retried,
                    deadLettered + other.deadLettered,
                    skipped + other.skipped);
        }
    }
}
