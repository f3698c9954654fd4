package dev.eventrecords.kafka;

import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Writes one record that cannot be consumed to its dead-letter topic, the way {@link DeadLetterConsumer} and
 * {@link EventConsumer} both do: the raw key and value unchanged, the original headers plus the {@code dlt.*} headers,
 * and, when the full copy is too large to be written, a reduced copy without the value (with its size and SHA-256).
 * Waits until the broker has it. A topic that cannot be written at all gets no reduced copy: the caller's policy
 * decides, and a later attempt writes the pill whole.
 *
 * <p>Not thread-safe beyond its producer: each consumer uses its own from its own thread.
 */
final class DeadLetterWriter {

    private final Producer<byte[], byte[]> producer;
    private final Function<String, String> deadLetterTopic;

    DeadLetterWriter(Producer<byte[], byte[]> producer, Function<String, String> deadLetterTopic) {
        this.producer = Objects.requireNonNull(producer, "producer");
        this.deadLetterTopic = Objects.requireNonNull(deadLetterTopic, "deadLetterTopic");
    }

    /** What became of one dead letter. */
    enum Outcome {
        /** The full copy is on the dead-letter topic. */
        WRITTEN,
        /** Only the copy without the value could be written. */
        REDUCED
    }

    /** The record to dead-letter, as read from its topic, and why. */
    record Letter(
            String topic,
            int partition,
            long offset,
            long timestamp,
            byte[] key,
            byte[] value,
            Headers headers,
            String origin,
            String error) {}

    /** The dead-letter topic of a source topic. */
    String topicOf(String topic) {
        return deadLetterTopic.apply(topic);
    }

    /**
     * Writes the letter.
     *
     * @return how it was written
     * @throws Unwritten when neither copy could be written; the cause is the producer's failure
     */
    Outcome write(Letter letter) throws Unwritten {
        RecordHeaders headers = new RecordHeaders();
        if (letter.headers() != null) {
            for (Header h : letter.headers()) {
                headers.add(h.key(), h.value());
            }
        }
        DeadLetterHeaders.add(
                headers,
                letter.topic(),
                letter.partition(),
                letter.offset(),
                letter.timestamp(),
                letter.origin(),
                letter.error());
        String target = topicOf(letter.topic());
        Long timestamp = letter.timestamp() >= 0 ? letter.timestamp() : null;
        byte[] value = letter.value();
        Exception failure = send(new ProducerRecord<>(target, null, timestamp, letter.key(), value, headers));
        if (failure == null) {
            return Outcome.WRITTEN;
        }
        if (value != null && tooLarge(failure)) {
            // The full copy will never fit or never land: a copy without the value still says what was lost.
            RecordHeaders lighter = new RecordHeaders(headers.toArray());
            DeadLetterHeaders.addLeftOutValue(lighter, value);
            failure = send(new ProducerRecord<>(target, null, timestamp, letter.key(), null, lighter));
            if (failure == null) {
                return Outcome.REDUCED;
            }
        }
        throw new Unwritten(target, failure);
    }

    /** Neither the full nor the reduced dead letter could be written. */
    static final class Unwritten extends Exception {
        private static final long serialVersionUID = 1L;

        private final String target;

        Unwritten(String target, Exception cause) {
            super("cannot write to '" + target + "'", cause);
            this.target = target;
        }

        /** The dead-letter topic that refused it. */
        String target() {
            return target;
        }

        /** Whether the thread was interrupted while waiting for the broker: never skip then. */
        boolean interrupted() {
            return getCause() instanceof InterruptedException;
        }
    }

    /** Sends and waits; returns the failure, or null when the broker has the record. */
    private Exception send(ProducerRecord<byte[], byte[]> record) {
        try {
            producer.send(record).get();
            return null;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return interrupted;
        } catch (ExecutionException failed) {
            return failed.getCause() instanceof Exception cause ? cause : failed;
        } catch (KafkaException failed) {
            return failed;
        }
    }

    /**
     * Failures that no retry cures and a smaller copy does. A failure of the topic itself (unknown, invalid, not
     * authorized, no metadata in time) is not one: the reduced copy goes to the same topic, and would only land when
     * the failure was passing, in place of the whole pill.
     */
    private static boolean tooLarge(Exception failure) {
        return failure instanceof RecordTooLargeException || failure instanceof RecordBatchTooLargeException;
    }
}
