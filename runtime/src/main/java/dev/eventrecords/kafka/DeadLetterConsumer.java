package dev.eventrecords.kafka;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Polls a consumer and moves poison pills aside. When a record cannot be deserialized (Kafka's
 * {@link RecordDeserializationException}, which carries the partition, offset, raw key, raw value and headers), it
 * publishes the raw record unchanged to a dead-letter topic ({@code <topic>.dlt} by default), with its original
 * headers plus {@code dlt.original.topic}, {@code dlt.original.partition}, {@code dlt.original.offset},
 * {@code dlt.original.timestamp}, {@code dlt.error.origin} ({@code KEY} or {@code VALUE}) and {@code dlt.error}; waits
 * until the dead-letter topic has it; then seeks past it and goes on polling. Nothing is lost: if the dead-letter
 * write fails, the exception propagates and the consumer's position stays on the poison pill.
 *
 * <p>Not thread-safe, like the {@link Consumer} it wraps: use it from the consumer's thread.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class DeadLetterConsumer<K, V> {

    /** The suffix of the default dead-letter topic: {@value}. */
    public static final String SUFFIX = ".dlt";

    private final Consumer<K, V> consumer;
    private final Producer<byte[], byte[]> deadLetters;
    private final Function<String, String> deadLetterTopic;
    private long deadLettered;

    /**
     * Wraps a consumer, dead-lettering to {@code <topic>.dlt}.
     *
     * @param consumer the consumer, already subscribed or assigned
     * @param deadLetters a producer of raw bytes for the dead-letter topic
     */
    public DeadLetterConsumer(Consumer<K, V> consumer, Producer<byte[], byte[]> deadLetters) {
        this(consumer, deadLetters, topic -> topic + SUFFIX);
    }

    /**
     * Wraps a consumer.
     *
     * @param consumer the consumer, already subscribed or assigned
     * @param deadLetters a producer of raw bytes for the dead-letter topic
     * @param deadLetterTopic the dead-letter topic of each source topic
     */
    public DeadLetterConsumer(
            Consumer<K, V> consumer, Producer<byte[], byte[]> deadLetters, Function<String, String> deadLetterTopic) {
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
        this.deadLetterTopic = Objects.requireNonNull(deadLetterTopic, "deadLetterTopic");
    }

    /**
     * Polls once, dead-lettering every poison pill met on the way.
     *
     * @param timeout how long to wait for records
     * @return the records read, possibly empty
     * @throws KafkaException when a poison pill cannot be written to the dead-letter topic
     */
    public ConsumerRecords<K, V> poll(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                long left = Math.max(0, deadline - System.nanoTime());
                return consumer.poll(Duration.ofNanos(left));
            } catch (RecordDeserializationException e) {
                deadLetter(e);
            }
        }
    }

    /**
     * How many poison pills this consumer has moved to a dead-letter topic.
     *
     * @return the count
     */
    public long deadLettered() {
        return deadLettered;
    }

    private void deadLetter(RecordDeserializationException e) {
        TopicPartition partition = e.topicPartition();
        RecordHeaders headers = new RecordHeaders();
        if (e.headers() != null) {
            for (Header h : e.headers()) {
                headers.add(h.key(), h.value());
            }
        }
        headers.add("dlt.original.topic", utf8(partition.topic()));
        headers.add("dlt.original.partition", utf8(Integer.toString(partition.partition())));
        headers.add("dlt.original.offset", utf8(Long.toString(e.offset())));
        headers.add("dlt.original.timestamp", utf8(Long.toString(e.timestamp())));
        headers.add("dlt.error.origin", utf8(String.valueOf(e.origin())));
        headers.add(
                "dlt.error",
                utf8(String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage())));
        String target = deadLetterTopic.apply(partition.topic());
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(
                target,
                null,
                e.timestamp() >= 0 ? e.timestamp() : null,
                bytes(e.keyBuffer()),
                bytes(e.valueBuffer()),
                headers);
        try {
            deadLetters.send(record).get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while dead-lettering " + partition + "@" + e.offset(), interrupted);
        } catch (ExecutionException failed) {
            throw new KafkaException(
                    "cannot dead-letter " + partition + "@" + e.offset() + " to '" + target + "'; the consumer stays"
                            + " on it",
                    failed.getCause());
        }
        consumer.seek(partition, e.offset() + 1);
        deadLettered++;
    }

    private static byte[] bytes(ByteBuffer buffer) {
        if (buffer == null) {
            return null;
        }
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
