package dev.eventrecords.kafka;

import dev.eventrecords.EventCatalog;
import dev.eventrecords.TopicBinding;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Publishes every event of the {@link EventCatalog} through one Kafka producer of bytes: a service makes one
 * publisher, not one producer per event type.
 *
 * <p><b>What is sent.</b> {@link #publish(Object)} finds the event's binding by its class (once per class, then from a
 * cache) and sends exactly what {@link TopicBinding#record} gives, serialized with the binding's serdes: its topic (a
 * family member's is its family's topic, so the family's consumer reads it), its key, the CloudEvents headers and its
 * timestamp ({@code null}, so the producer's time, unless the event opts in with
 * {@code @EventTime(recordTimestamp = true)}). The bytes and headers are those the binding's own producer writes.
 *
 * <p><b>Failures are never silent.</b> What can be known before the record reaches the producer throws at once from
 * {@code publish}, and nothing is sent: an object that is not a catalogued event (or {@code null}) throws
 * {@link IllegalArgumentException} naming its class; so do an event time {@code record()} refuses and an extra header
 * that would describe the value ({@code ce_*}, {@code content-type}); a serialization failure throws Kafka's
 * {@code SerializationException} naming the topic and type. Whatever the producer or the broker refuses later completes
 * the returned future exceptionally, with Kafka's exception. Inside {@link #inTransaction} a throw aborts the
 * transaction, so an event that could not be written is never committed without notice.
 *
 * <p><b>Producer settings.</b> The user's properties win over the defaults of {@link ProducerDefaults}
 * ({@code acks=all}, idempotence on); serializer classes are ignored.
 *
 * <p><b>Ordering.</b> Records of one key on one topic keep the order of the {@code publish} calls that sent them (from
 * one thread), as with a {@link KafkaProducer} and its idempotence.
 *
 * <p><b>Thread-safety.</b> Every method may be called from any thread; publishing from many threads at once shares the
 * one producer, as Kafka intends. A transactional publisher runs one transaction at a time, and publishes only inside
 * {@link #inTransaction}, from the thread that runs it, so that no event joins another thread's transaction by
 * accident.
 *
 * <p>The returned futures complete on the producer's I/O thread: work chained with their non-{@code Async} methods runs
 * there and delays every other record, so keep it short or use the {@code Async} variants.
 */
public final class EventPublisher implements AutoCloseable {

    /**
     * The binding of each class with serializers configured for this publisher, looked up once; empty for a class the
     * catalogue does not know.
     */
    private final ClassValue<Optional<Route<?, ?>>> routes;

    private static final Headers NO_HEADERS = readOnlyEmpty();

    private static Headers readOnlyEmpty() {
        RecordHeaders headers = new RecordHeaders();
        headers.setReadOnly();
        return headers;
    }

    private final Producer<byte[], byte[]> producer;
    private final boolean transactional;
    private final ReentrantLock transaction = new ReentrantLock();
    private boolean transactionsInitialized; // guarded by transaction
    private volatile Thread transactionThread;

    private EventPublisher(Producer<byte[], byte[]> producer, boolean transactional, Map<String, ?> config) {
        this.producer = producer;
        this.transactional = transactional;
        Map<String, Object> configs = Collections.unmodifiableMap(new HashMap<>(config));
        this.routes = new ClassValue<>() {
            @Override
            protected Optional<Route<?, ?>> computeValue(Class<?> type) {
                return EventCatalog.bindingFor(type).<Route<?, ?>>map(binding -> new Route<>(binding, configs));
            }
        };
    }

    /**
     * Creates a publisher over one new producer of bytes.
     *
     * @param config Kafka producer properties, at least {@code bootstrap.servers}; with {@code transactional.id} the
     *     publisher is transactional and publishes in {@link #inTransaction} only. They win over the defaults
     *     ({@code acks=all}, idempotence on); serializer classes are ignored
     * @return a new publisher, which the caller closes
     */
    public static EventPublisher create(Map<String, ?> config) {
        Objects.requireNonNull(config, "config");
        Object transactionalId = config.get(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                ProducerDefaults.over(config), new ByteArraySerializer(), new ByteArraySerializer());
        return new EventPublisher(
                producer, transactionalId != null && !transactionalId.toString().isBlank(), config);
    }

    /**
     * Publishes an event of the catalogue, with the key, headers and timestamp that its binding's
     * {@link TopicBinding#record} gives.
     *
     * @param event an {@code @Event} record (a family member too)
     * @param <E> the event type
     * @return completes with the record's metadata once the broker has it (as {@code acks} says), or exceptionally
     *     with the producer's error
     * @throws IllegalArgumentException when {@code event} is {@code null} or not a catalogued event, or its binding
     *     refuses its event time
     * @throws org.apache.kafka.common.errors.SerializationException when the event cannot be serialized
     * @throws IllegalStateException when the publisher is transactional and this thread runs no {@link #inTransaction}
     */
    public <E> CompletableFuture<RecordMetadata> publish(E event) {
        return publish(event, NO_HEADERS);
    }

    /**
     * Publishes an event of the catalogue as {@link #publish(Object)} does, with more headers after the CloudEvents
     * headers, in their order. The CloudEvents headers describe the value and only the publisher writes them: an extra
     * header named {@code ce_*} or {@code content-type} is refused.
     *
     * @param event an {@code @Event} record (a family member too)
     * @param extra headers to add; not changed, their values are shared with the record sent
     * @param <E> the event type
     * @return completes with the record's metadata once the broker has it, or exceptionally with the producer's error
     * @throws IllegalArgumentException when {@code event} is {@code null} or not a catalogued event, its binding
     *     refuses its event time, or an extra header is a CloudEvents header
     * @throws org.apache.kafka.common.errors.SerializationException when the event cannot be serialized
     * @throws IllegalStateException when the publisher is transactional and this thread runs no {@link #inTransaction}
     */
    public <E> CompletableFuture<RecordMetadata> publish(E event, Headers extra) {
        Objects.requireNonNull(extra, "extra");
        Route<?, ?> route = routeOf(event);
        for (Header header : extra) {
            if (CloudEventHeaders.isCloudEventHeader(header.key())) {
                throw new IllegalArgumentException("extra header '" + header.key() + "' of '"
                        + event.getClass().getName() + "' is a CloudEvents header (ce_*, content-type), which the"
                        + " publisher writes to describe the value; leave it out, or give your header another name");
            }
        }
        if (transactional && transactionThread != Thread.currentThread()) {
            throw new IllegalStateException("this publisher is transactional (" + ProducerConfig.TRANSACTIONAL_ID_CONFIG
                    + " is set): publish '" + event.getClass().getName() + "' inside inTransaction(work), from the"
                    + " thread that runs work, or create a publisher without "
                    + ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        }
        ProducerRecord<byte[], byte[]> record = route.serialized(event, extra);
        CompletableFuture<RecordMetadata> sent = new CompletableFuture<>();
        producer.send(record, (metadata, error) -> {
            if (error != null) {
                sent.completeExceptionally(error);
            } else {
                sent.complete(metadata);
            }
        });
        return sent;
    }

    /**
     * Publishes a group of events atomically: all of them become visible to {@code read_committed} consumers, or
     * none does. Initializes transactions on first use (which fences an older producer with the same
     * {@code transactional.id}), begins a transaction, runs {@code work} (which publishes through the publisher it is
     * given, this one, from this thread) and commits, which waits for every record of the transaction. When
     * {@code work} or the commit throws, the transaction is aborted and the exception rethrown; a failure of the
     * abort itself is added to it as suppressed. After a fatal producer error (such as
     * {@code ProducerFencedException}) the publisher cannot go on: close it.
     *
     * <p>Transactions run one at a time: a thread calling this while another runs one waits. The futures of records
     * in an aborted transaction may have completed normally; those records are never seen by {@code read_committed}
     * consumers.
     *
     * @param work publishes the events of the transaction
     * @throws IllegalStateException when no {@code transactional.id} is configured, or when called from {@code work}
     */
    public void inTransaction(Consumer<EventPublisher> work) {
        Objects.requireNonNull(work, "work");
        if (!transactional) {
            throw new IllegalStateException("this publisher is not transactional: set "
                    + ProducerConfig.TRANSACTIONAL_ID_CONFIG + " in the config given to EventPublisher.create to"
                    + " publish events atomically");
        }
        if (transaction.isHeldByCurrentThread()) {
            throw new IllegalStateException("a transaction of this publisher is already running in this thread:"
                    + " publish the events in the work of that transaction");
        }
        transaction.lock();
        try {
            if (!transactionsInitialized) {
                producer.initTransactions();
                transactionsInitialized = true;
            }
            producer.beginTransaction();
            transactionThread = Thread.currentThread();
            try {
                work.accept(this);
                producer.commitTransaction();
            } catch (Throwable failure) {
                abort(failure);
                throw failure;
            } finally {
                transactionThread = null;
            }
        } finally {
            transaction.unlock();
        }
    }

    private void abort(Throwable failure) {
        try {
            producer.abortTransaction();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Sends every record published so far and waits until each has completed (acknowledged or failed), as
     * {@link KafkaProducer#flush()} does.
     */
    public void flush() {
        producer.flush();
    }

    /**
     * Sends what is pending, waits for it, and closes the producer, as {@link KafkaProducer#close()} does. Publishing
     * afterwards throws {@link IllegalStateException}.
     */
    @Override
    public void close() {
        producer.close();
    }

    private Route<?, ?> routeOf(Object event) {
        if (event == null) {
            throw new IllegalArgumentException("cannot publish null: an event is an @Event record; a tombstone has no"
                    + " event type, send it with the binding's producer");
        }
        return routes.get(event.getClass())
                .orElseThrow(() -> new IllegalArgumentException("'"
                        + event.getClass().getName()
                        + "' is not an event of the catalogue: EventCatalog has no binding for"
                        + " it. Annotate the record with @dev.eventrecords.Event and make sure the eventrecords processor ran"
                        + " when it was compiled (eventrecords-processor on the annotationProcessorPaths), so that its"
                        + " binding is listed in META-INF/services/dev.eventrecords.TopicBinding on the class path"));
    }

    /** One binding with its serializers, to turn its events into records of bytes. */
    private static final class Route<K, E> {
        private final TopicBinding<K, E> binding;
        private final Serializer<K> keys;
        private final Serializer<E> values;

        Route(TopicBinding<K, E> binding, Map<String, ?> config) {
            this.binding = binding;
            this.keys = ConfiguredSerdes.serializer(binding.keySerde().serializer(), config, true);
            this.values = ConfiguredSerdes.serializer(binding.valueSerde().serializer(), config, false);
        }

        /** What the binding's producer would send for {@code event}, as bytes, with the extra headers added. */
        ProducerRecord<byte[], byte[]> serialized(Object event, Headers extra) {
            ProducerRecord<K, E> record = binding.record(binding.eventClass().cast(event));
            Headers headers = record.headers();
            for (Header header : extra) {
                headers.add(header);
            }
            // As KafkaProducer does: key first, then value, each given the headers (the value serializer checks the
            // CloudEvents headers that record() wrote and keeps them).
            byte[] key = keys.serialize(record.topic(), headers, record.key());
            byte[] value = values.serialize(record.topic(), headers, record.value());
            return new ProducerRecord<>(record.topic(), record.partition(), record.timestamp(), key, value, headers);
        }
    }
}
