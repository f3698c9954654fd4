package dev.eventrecords;

/**
 * Reads the Kafka record key of an event: the component marked {@link Key}.
 *
 * <p>Generated implementations are stateless and thread-safe, and never throw for a non-null event. A keyless event's
 * extractor has {@code K = Void} and always returns {@code null}.
 *
 * @param <E> the event type
 * @param <K> the key type
 */
@FunctionalInterface
public interface KeyExtractor<E, K> {

    /**
     * Returns the key of an event.
     *
     * @param event the event, not {@code null}
     * @return the key, or {@code null} when the event has no key or its key component is {@code null}
     */
    K key(E event);
}
