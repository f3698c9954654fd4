package dev.eventrecords.kafka;

/**
 * Handles the events of one type (or of one {@code @EventFamily}) for an {@link EventConsumer}.
 *
 * <p>The consumer calls it from the thread that runs {@link EventConsumer#run()}, one record at a time, in the order
 * of each partition. Returning normally means the event is handled: its offset may be committed, and it is not
 * delivered to this group again unless the consumer stops before that commit. Throwing means it is not handled: the
 * consumer calls the handler again for the same event after a backoff, up to its retry limit, and then writes the
 * record to the dead-letter topic with the last exception's message. An {@link InterruptedException} is not retried:
 * the consumer stops, leaving the record uncommitted. A handler may therefore see an event more than
 * once (at-least-once delivery), so it should be idempotent.
 *
 * @param <E> the event type
 */
@FunctionalInterface
public interface EventHandler<E> {

    /**
     * Handles one event.
     *
     * @param event the event, read from the record's value; never {@code null}
     * @param metadata where the event was read from: topic, partition, offset, key, headers, timestamp
     * @throws Exception when the event could not be handled; it is retried, then dead-lettered
     */
    void handle(E event, EventMetadata metadata) throws Exception;
}
