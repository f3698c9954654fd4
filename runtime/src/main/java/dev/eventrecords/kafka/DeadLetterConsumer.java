package dev.eventrecords.kafka;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;

/**
 * Polls a consumer and moves poison pills aside. When a record cannot be deserialized (Kafka's
 * {@link RecordDeserializationException}, which carries the partition, offset, raw key, raw value and headers), it
 * publishes the raw record unchanged to a dead-letter topic ({@code <topic>.dlt} by default), with its original
 * headers plus {@code dlt.original.topic}, {@code dlt.original.partition}, {@code dlt.original.offset},
 * {@code dlt.original.timestamp}, {@code dlt.error.origin} ({@code KEY} or {@code VALUE}) and {@code dlt.error}; waits
 * until the dead-letter topic has it; then seeks past it and goes on polling. {@code dlt.error} is bounded to 1000
 * characters. When the full copy is too large to be written (the producer's {@code max.request.size}, the topic's
 * {@code max.message.bytes}), a reduced copy is: the same headers plus {@code dlt.original.value.size} and
 * {@code dlt.original.value.sha256}, without the value. When no copy can be written (the topic is missing, invalid or
 * not authorized, the broker does not answer in time, or the reduced copy fails too), {@link Unwritable#FAIL} (the
 * default) throws and the consumer's position stays on the pill, so nothing is lost and a later poll writes it whole
 * once the topic takes it; {@link Unwritable#SKIP} logs, counts and seeks past it. A failure of the topic itself never
 * leads to a reduced copy: that would go to the same topic, and could only land when the failure was passing, in place
 * of the whole pill.
 *
 * <p>A record of a type this consumer does not read ({@link ForeignEventTypeException}: another event of a shared
 * topic, or a family member added by a newer producer) is not a poison pill: by default it is skipped and counted in
 * {@link #skippedForeign()}, never dead-lettered silently; {@link #onForeignTypes} chooses otherwise.
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
    private final DeadLetterWriter writer;
    private ForeignTypes foreignTypes = ForeignTypes.SKIP;
    private Unwritable unwritable = Unwritable.FAIL;
    private long deadLettered;
    private long reduced;
    private long skippedForeign;
    private long skippedUnwritable;

    /** What to do with a record of a type this consumer does not read ({@link ForeignEventTypeException}). */
    public enum ForeignTypes {
        /** Seek past it and count it in {@link #skippedForeign()}: it is valid data for another reader. */
        SKIP,
        /** Dead-letter it like a poison pill (counted in {@link #deadLettered()}). */
        DEAD_LETTER,
        /** Let the exception propagate; the position stays on the record. */
        FAIL
    }

    /** What to do when neither the full nor the reduced dead letter can be written. */
    public enum Unwritable {
        /** Throw a {@link KafkaException}; the position stays on the pill, nothing is lost. */
        FAIL,
        /** Log the pill's position, count it in {@link #skippedUnwritable()} and seek past it. */
        SKIP
    }

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
        this.writer = new DeadLetterWriter(
                Objects.requireNonNull(deadLetters, "deadLetters"),
                Objects.requireNonNull(deadLetterTopic, "deadLetterTopic"));
    }

    /**
     * Chooses what happens to records of types this consumer does not read; {@link ForeignTypes#SKIP} by default.
     *
     * @param policy the policy
     * @return this consumer
     */
    public DeadLetterConsumer<K, V> onForeignTypes(ForeignTypes policy) {
        this.foreignTypes = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /**
     * Chooses what happens when a pill cannot be dead-lettered even reduced; {@link Unwritable#FAIL} by default.
     *
     * @param policy the policy
     * @return this consumer
     */
    public DeadLetterConsumer<K, V> whenUnwritable(Unwritable policy) {
        this.unwritable = Objects.requireNonNull(policy, "policy");
        return this;
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
                if (e.getCause() instanceof ForeignEventTypeException && foreignTypes != ForeignTypes.DEAD_LETTER) {
                    if (foreignTypes == ForeignTypes.FAIL) {
                        throw e;
                    }
                    consumer.seek(e.topicPartition(), e.offset() + 1);
                    skippedForeign++;
                } else {
                    deadLetter(e);
                }
            }
        }
    }

    /**
     * How many poison pills this consumer has moved to a dead-letter topic, reduced copies included.
     *
     * @return the count
     */
    public long deadLettered() {
        return deadLettered;
    }

    /**
     * How many of the dead letters were reduced: written without their value, with its size and SHA-256.
     *
     * @return the count
     */
    public long reduced() {
        return reduced;
    }

    /**
     * How many records of types this consumer does not read it skipped.
     *
     * @return the count
     */
    public long skippedForeign() {
        return skippedForeign;
    }

    /**
     * How many pills it skipped, under {@link Unwritable#SKIP}, because no dead letter could be written.
     *
     * @return the count
     */
    public long skippedUnwritable() {
        return skippedUnwritable;
    }

    private void deadLetter(RecordDeserializationException e) {
        TopicPartition partition = e.topicPartition();
        DeadLetterWriter.Letter letter = new DeadLetterWriter.Letter(
                partition.topic(),
                partition.partition(),
                e.offset(),
                e.timestamp(),
                bytes(e.keyBuffer()),
                bytes(e.valueBuffer()),
                e.headers(),
                String.valueOf(e.origin()),
                String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        try {
            if (writer.write(letter) == DeadLetterWriter.Outcome.REDUCED) {
                reduced++;
            }
        } catch (DeadLetterWriter.Unwritten failure) {
            if (unwritable == Unwritable.FAIL || failure.interrupted()) {
                throw new KafkaException(
                        "cannot dead-letter " + partition + "@" + e.offset() + " to '" + failure.target()
                                + "'; the consumer stays on it",
                        failure.getCause());
            }
            LOG.log(
                    System.Logger.Level.WARNING,
                    "skipping " + partition + "@" + e.offset() + ": it cannot be dead-lettered to '" + failure.target()
                            + "'",
                    failure.getCause());
            consumer.seek(partition, e.offset() + 1);
            skippedUnwritable++;
            return;
        }
        consumer.seek(partition, e.offset() + 1);
        deadLettered++;
    }

    private static final System.Logger LOG = System.getLogger(DeadLetterConsumer.class.getName());

    private static byte[] bytes(ByteBuffer buffer) {
        if (buffer == null) {
            return null;
        }
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }
}
