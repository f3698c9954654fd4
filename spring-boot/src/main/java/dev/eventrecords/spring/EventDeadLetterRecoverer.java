package dev.eventrecords.spring;

import dev.eventrecords.EventCatalog;
import dev.eventrecords.kafka.CloudEventHeaders;
import dev.eventrecords.kafka.DeadLetterConsumer;
import dev.eventrecords.kafka.DeadLetterHeaders;
import dev.eventrecords.kafka.ForeignEventTypeException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.handler.invocation.MethodArgumentResolutionException;

/**
 * Spring Kafka's {@link DeadLetterPublishingRecoverer}, configured to write dead letters as
 * {@link dev.eventrecords.kafka.EventConsumer} and {@link DeadLetterConsumer} do: to {@code <topic>.dlt}, with the key
 * and value bytes the record arrived with, its headers, its timestamp, and the {@code dlt.*} headers of
 * {@link DeadLetterHeaders} in place of Spring's {@code kafka_dlt-*} ones (no stack traces, no class names);
 * {@code dlt.error.origin} is {@code KEY} or {@code VALUE} for a record that cannot be read and {@code HANDLER} for one
 * whose listener threw, and {@code dlt.error} says why, bounded. The {@link org.springframework.kafka.listener.DefaultErrorHandler}
 * of the starter calls it once the retries are spent, or at once for a record that cannot be read.
 *
 * <p>Some records are valid data for another reader, not poison pills, and are skipped and counted rather than
 * dead-lettered, as {@code EventConsumer} does by default: a record of a type the topic's readers do not know
 * ({@link ForeignEventTypeException}: a family member added by a newer producer), an event of the catalogue that the
 * listener's parameter does not take (another member of a family whose listener takes one member), and a tombstone of
 * a catalogue topic that the listener does not take (its parameter is not {@code @Payload(required = false)}).
 *
 * <p>When the full copy is too large to be written, a reduced copy without the value is, with
 * {@code dlt.original.value.size} and {@code dlt.original.value.sha256}. A dead letter that cannot be written at all
 * makes {@link #accept} throw, so the error handler keeps the record and tries again: nothing is lost. Thread-safe as its template is; the counters may be read from any thread.
 */
public final class EventDeadLetterRecoverer extends DeadLetterPublishingRecoverer implements AutoCloseable {

    private static final LogAccessor LOG = new LogAccessor(EventDeadLetterRecoverer.class);

    private final LongAdder deadLettered = new LongAdder();
    private final LongAdder reduced = new LongAdder();
    private final LongAdder skippedForeign = new LongAdder();
    private final LongAdder skippedUnhandled = new LongAdder();

    private final DefaultKafkaProducerFactory<byte[], byte[]> ownProducers;

    /**
     * Creates the recoverer over a template of the caller's, which the caller closes.
     *
     * @param template a template of bytes, whose producer writes the dead letters
     */
    public EventDeadLetterRecoverer(KafkaOperations<byte[], byte[]> template) {
        this(template, null);
    }

    /**
     * Creates the recoverer over producers of bytes of its own, which {@link #close()} closes.
     *
     * @param producers the factory of the producers that write the dead letters
     */
    public EventDeadLetterRecoverer(DefaultKafkaProducerFactory<byte[], byte[]> producers) {
        this(new KafkaTemplate<>(producers), producers);
    }

    private EventDeadLetterRecoverer(
            KafkaOperations<byte[], byte[]> template, DefaultKafkaProducerFactory<byte[], byte[]> ownProducers) {
        super(template, (record, exception) -> new TopicPartition(record.topic() + DeadLetterConsumer.SUFFIX, -1));
        this.ownProducers = ownProducers;
        excludeHeader(HeaderNames.HeadersToAdd.values());
        setExceptionHeadersCreator((headers, exception, isKey, names) -> {});
        setHeadersFunction(EventDeadLetterRecoverer::deadLetterHeaders);
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception exception) {
        DeserializationException unread = unread(record, exception);
        if (unread != null && unread.getCause() instanceof ForeignEventTypeException foreign) {
            skippedForeign.increment();
            LOG.debug(() -> "skipping " + at(record) + ": type '" + foreign.type() + "' is read by another consumer");
            return;
        }
        if (unread == null && notTaken(record, exception)) {
            skippedUnhandled.increment();
            LOG.debug(() -> "skipping " + at(record) + ": the listener takes no "
                    + (record.value() == null
                            ? "tombstone"
                            : "'" + record.value().getClass().getName() + "'"));
            return;
        }
        super.accept(record, consumer, exception);
        deadLettered.increment();
    }

    /** Closes the producers this recoverer created, if it created them; a template of the caller's stays open. */
    @Override
    public void close() {
        if (ownProducers != null) {
            ownProducers.destroy();
        }
    }

    /**
     * How many records this recoverer wrote to a dead-letter topic.
     *
     * @return the count since start
     */
    public long deadLettered() {
        return deadLettered.sum();
    }

    /**
     * How many records it skipped because their type is unknown to the topic's readers.
     *
     * @return the count since start
     */
    public long skippedForeign() {
        return skippedForeign.sum();
    }

    /**
     * How many events of the catalogue, and tombstones of its topics, it skipped because the listener's parameter does
     * not take them.
     *
     * @return the count since start
     */
    public long skippedUnhandled() {
        return skippedUnhandled.sum();
    }

    /** The dead letter, with the bytes the record arrived with and its original timestamp. */
    @Override
    protected ProducerRecord<Object, Object> createProducerRecord(
            ConsumerRecord<?, ?> record, TopicPartition topicPartition, Headers headers, byte[] key, byte[] value) {
        return new ProducerRecord<>(
                topicPartition.topic(),
                topicPartition.partition() < 0 ? null : topicPartition.partition(),
                record.timestamp() >= 0 ? record.timestamp() : null,
                key != null ? key : bytesOf(record.topic(), record.key(), true),
                value != null ? value : bytesOf(record.topic(), record.value(), false),
                headers);
    }

    /**
     * Publishes the dead letter and waits until the broker has it; when the full copy is too large to be written (the
     * producer's {@code max.request.size}, the topic's {@code max.message.bytes}), writes a reduced copy without the
     * value, with its size and SHA-256, as {@code EventConsumer} does. A failure of the topic itself gets no reduced
     * copy: it would go to the same topic, and could only land when the failure was passing, in place of the whole
     * record.
     *
     * @throws KafkaException when no copy could be written; the cause is the producer's failure
     */
    @Override
    protected void publish(
            ProducerRecord<Object, Object> outRecord,
            KafkaOperations<Object, Object> kafkaTemplate,
            ConsumerRecord<?, ?> inRecord) {
        Throwable failure = sent(outRecord, kafkaTemplate);
        if (failure == null) {
            return;
        }
        if (outRecord.value() instanceof byte[] value && tooLarge(failure)) {
            RecordHeaders lighter = new RecordHeaders(outRecord.headers().toArray());
            DeadLetterHeaders.addLeftOutValue(lighter, value);
            LOG.warn(() -> "the dead letter of " + at(inRecord) + " is too large for '" + outRecord.topic()
                    + "': writing it without its value (" + value.length + " bytes), with its size and SHA-256");
            failure = sent(
                    new ProducerRecord<>(
                            outRecord.topic(),
                            outRecord.partition(),
                            outRecord.timestamp(),
                            outRecord.key(),
                            null,
                            lighter),
                    kafkaTemplate);
            if (failure == null) {
                reduced.increment();
                return;
            }
        }
        throw new KafkaException(
                "cannot dead-letter " + at(inRecord) + " to '" + outRecord.topic() + "'; the record stays where it is",
                failure);
    }

    /** Sends and waits (the producer bounds the wait by its delivery.timeout.ms); the failure, or null once written. */
    private static Throwable sent(ProducerRecord<Object, Object> record, KafkaOperations<Object, Object> template) {
        try {
            template.send(record).get();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        } catch (ExecutionException e) {
            return e.getCause() != null ? e.getCause() : e;
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** Failures that no retry cures and a smaller copy does. */
    private static boolean tooLarge(Throwable failure) {
        return causedBy(failure, RecordTooLargeException.class)
                || causedBy(failure, RecordBatchTooLargeException.class);
    }

    /**
     * How many of the dead letters were written without their value, because the full copy was too large.
     *
     * @return the count since start
     */
    public long reduced() {
        return reduced.sum();
    }

    /**
     * The bytes a key or value was read from; when they are no longer remembered (a listener that handed the record to
     * another thread), the event written again by its generated serializer, which keeps the fields it knows.
     */
    private static byte[] bytesOf(String topic, Object read, boolean isKey) {
        if (read == null || read instanceof byte[]) {
            return (byte[]) read;
        }
        byte[] raw = RawBytes.of(read);
        if (raw != null) {
            return raw;
        }
        if (read instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try (EventSerializers again = isKey ? EventSerializers.keys() : EventSerializers.values()) {
            return again.serialize(topic, read);
        }
    }

    private static Headers deadLetterHeaders(ConsumerRecord<?, ?> record, Exception exception) {
        DeserializationException unread = unread(record, exception);
        String origin;
        String error;
        if (unread != null) {
            origin = unread.isKey() ? "KEY" : "VALUE";
            error = String.valueOf(unread.getCause() != null ? unread.getCause().getMessage() : unread.getMessage());
        } else {
            origin = "HANDLER";
            Throwable cause = exception instanceof ListenerExecutionFailedException && exception.getCause() != null
                    ? exception.getCause()
                    : exception;
            String listener =
                    exception instanceof ListenerExecutionFailedException failed && failed.getGroupId() != null
                            ? " of group '" + failed.getGroupId() + "'"
                            : "";
            error = "listener" + listener + " failed on '" + typeOf(record) + "': " + cause;
        }
        RecordHeaders headers = new RecordHeaders();
        DeadLetterHeaders.add(
                headers, record.topic(), record.partition(), record.offset(), record.timestamp(), origin, error);
        return headers;
    }

    /** The event's type as its record names it, or the class of a value that is no event. */
    private static String typeOf(ConsumerRecord<?, ?> record) {
        String type = CloudEventHeaders.lastValue(record.headers(), CloudEventHeaders.TYPE);
        if (type != null) {
            return type;
        }
        return record.value() == null ? "null" : record.value().getClass().getName();
    }

    /** The failure to read the record's key or value, from the exception or the error-handling deserializer's header. */
    private static DeserializationException unread(ConsumerRecord<?, ?> record, Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof DeserializationException d) {
                return d;
            }
        }
        DeserializationException value = SerializationUtils.getExceptionFromHeader(
                record, SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
        return value != null
                ? value
                : SerializationUtils.getExceptionFromHeader(
                        record, SerializationUtils.KEY_DESERIALIZER_EXCEPTION_HEADER, LOG);
    }

    /**
     * Whether the listener refused the record only because its parameter does not take it: an event of the catalogue
     * of another type (a member of the family other than the one it takes), or a tombstone of a catalogue topic,
     * which carries no event. Spring refuses the first with a {@link MessageConversionException} and the second with
     * a {@link MethodArgumentResolutionException}, before the listener's code runs.
     */
    private static boolean notTaken(ConsumerRecord<?, ?> record, Exception exception) {
        Object value = record.value();
        if (value == null) {
            return CatalogTopics.all().get(record.topic()) != null
                    && causedBy(exception, MethodArgumentResolutionException.class);
        }
        return EventCatalog.bindingFor(value.getClass()).isPresent()
                && causedBy(exception, MessageConversionException.class);
    }

    private static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String at(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
