package dev.eventrecords.kafka;

import dev.eventrecords.EventCatalog;
import dev.eventrecords.TopicBinding;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Consumes the events of several types, and of whole {@code @EventFamily}s, with one Kafka consumer: a handler per
 * type, retries, dead letters and commits configured once.
 *
 * <pre>{@code
 * try (EventConsumer consumer = EventConsumer.builder(config)
 *         .on(ParcelDelivered.class, (event, metadata) -> deliveries.record(event))
 *         .on(ParcelEvent.class, (event, metadata) -> tracking.apply(event))
 *         .build()) {
 *     consumer.run(); // until close() is called from another thread
 * }
 * }</pre>
 *
 * <p><b>What is read.</b> The consumer subscribes to the topics of the handled types, as their bindings in the
 * {@link EventCatalog} name them (a family's on its family topic). It reads each record as bytes and picks its reader by
 * topic and {@code ce_type} header over the closed set of types generated for that topic (no class is loaded by a name
 * read from a header); a record without {@code ce_type} is read as its topic's type when the topic carries one type
 * only. A handler of a member type wins over the handler of its family.
 *
 * <p><b>Delivery: at least once.</b> Each record is handed to its handler once it has been read, in partition order,
 * from the thread that runs {@link #run()}. An offset is committed only once its record is done: handled, or
 * dead-lettered, or skipped by policy. Offsets are committed after each poll's records, when partitions are revoked, and
 * on {@link #close()}. After a crash, or a record left in hand by {@code close()} during a retry backoff, the records
 * after the last commit are delivered again: handlers see duplicates only of records not yet committed, and none is
 * lost. {@code enable.auto.commit} is always off.
 *
 * <p><b>Retries and dead letters.</b> A handler that throws is called again after a backoff that starts at
 * {@link Builder#backoff} (100 ms) and doubles up to {@link Builder#maxBackoff} (5 s), at most {@link Builder#retries}
 * times (3); if its last attempt throws too, the record goes to the dead-letter topic ({@code <topic>.dlt}) exactly as
 * {@link DeadLetterConsumer} writes a poison pill: raw key, value and headers, plus the {@code dlt.*} headers, with
 * {@code dlt.error.origin=HANDLER} and the handler's exception (class and message) in {@code dlt.error}. A poison pill
 * (a key or value that cannot be read, a {@code ce_type} that is not another event's) goes there at once, with origin
 * {@code KEY} or {@code VALUE}. When no dead letter can be written, {@link DeadLetterConsumer.Unwritable#FAIL} (the
 * default) stops the consumer with a {@link KafkaException} and leaves the record uncommitted, so nothing is lost.
 *
 * <p><b>Other types.</b> A record of a known type that has no handler (another event of a shared topic, a family member
 * not handled) and a record of an unknown type on a topic of several types (a family member added by a newer producer)
 * are valid data, not poison pills: by default they are skipped and counted ({@link TypePolicy}).
 *
 * <p><b>Stopping.</b> {@link #run()} blocks in the caller's thread until {@link #close()} is called, from any thread:
 * it wakes the consumer, lets the record in hand finish, commits what is done, leaves the group and closes the
 * clients, and returns once that is done. A failure of a policy set to {@code FAIL} also ends {@code run()}, by
 * throwing, after committing what was done before it.
 *
 * <p><b>Thread-safety.</b> {@link #run()} is called once, from one thread; {@link #close()} and {@link #metrics()} may
 * be called from any thread at any time.
 */
public final class EventConsumer implements AutoCloseable {

    /** What to do with a record that has no handler. */
    public enum TypePolicy {
        /** Commit past it and count it as skipped. */
        SKIP,
        /** Write it to the dead-letter topic and count it as dead-lettered. */
        DEAD_LETTER,
        /** Stop: {@link #run()} throws a {@link KafkaException} and the record stays uncommitted. */
        FAIL
    }

    private static final System.Logger LOG = System.getLogger(EventConsumer.class.getName());

    private static final int NEW = 0;
    private static final int RUNNING = 1;
    private static final int CLOSED = 2;

    private final Consumer<byte[], byte[]> consumer;
    private final Producer<byte[], byte[]> deadLetterProducer;
    private final DeadLetterWriter deadLetters;
    private final Map<String, TopicReader> readers;
    private final int retries;
    private final Duration backoff;
    private final Duration maxBackoff;
    private final Duration pollTimeout;
    private final TypePolicy unhandledTypes;
    private final TypePolicy unknownTypes;
    private final DeadLetterConsumer.Unwritable unwritable;

    private final AtomicInteger state = new AtomicInteger(NEW);
    private final CountDownLatch closeRequested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean closing;
    private volatile Thread runner;
    private final Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>(); // runner thread only
    private final ConcurrentHashMap<String, TypeCounters> counters = new ConcurrentHashMap<>();

    private EventConsumer(Builder builder) {
        this.readers = builder.readers();
        this.retries = builder.retries;
        this.backoff = builder.backoff;
        this.maxBackoff = builder.maxBackoff;
        this.pollTimeout = builder.pollTimeout;
        this.unhandledTypes = builder.unhandledTypes;
        this.unknownTypes = builder.unknownTypes;
        this.unwritable = builder.unwritable;
        Map<String, Object> consumerConfig = new HashMap<>(builder.config);
        consumerConfig.remove(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG);
        consumerConfig.remove(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        this.deadLetterProducer = new KafkaProducer<>(
                ProducerDefaults.over(builder.producerConfig()), new ByteArraySerializer(), new ByteArraySerializer());
        try {
            this.consumer =
                    new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        } catch (RuntimeException e) {
            deadLetterProducer.close(Duration.ZERO);
            throw e;
        }
        this.deadLetters = new DeadLetterWriter(deadLetterProducer, builder.deadLetterTopic);
    }

    /**
     * Starts building a consumer.
     *
     * @param config Kafka consumer properties, at least {@code bootstrap.servers} and {@code group.id};
     *     deserializer classes are ignored and {@code enable.auto.commit} is always {@code false}. The dead-letter
     *     producer takes the producer properties among them ({@code bootstrap.servers}, security settings) unless
     *     {@link Builder#deadLetterProducer} says otherwise
     * @return a builder
     */
    public static Builder builder(Map<String, ?> config) {
        return new Builder(config);
    }

    /**
     * The topics this consumer subscribes to, sorted.
     *
     * @return the topic names
     */
    public Set<String> topics() {
        return new TreeSet<>(readers.keySet());
    }

    /**
     * What this consumer has done so far, per event type. May be called from any thread.
     *
     * @return a snapshot
     */
    public EventConsumerMetrics metrics() {
        Map<String, EventConsumerMetrics.Counts> types = new HashMap<>();
        counters.forEach((type, c) -> types.put(type, c.snapshot()));
        return new EventConsumerMetrics(types);
    }

    /**
     * Subscribes and consumes until {@link #close()} is called; blocks the calling thread. On return, what was done
     * is committed, the group is left and the clients are closed.
     *
     * <p>When the thread is interrupted (in a backoff, or a handler throws {@link InterruptedException}), the consumer
     * stops as under {@link #close()}, leaving the record in hand uncommitted, and returns with the interrupt status
     * set.
     *
     * @throws IllegalStateException when the consumer already ran or was closed
     * @throws KafkaException when a policy set to {@code FAIL} meets its record, or a dead letter cannot be written
     *     under {@link DeadLetterConsumer.Unwritable#FAIL}; what was done before is committed, the record is not
     */
    public void run() {
        if (!state.compareAndSet(NEW, RUNNING)) {
            throw new IllegalStateException("this EventConsumer already ran or is closed: build a new one");
        }
        runner = Thread.currentThread();
        boolean interrupted = false;
        Throwable failure = null;
        try {
            consumer.subscribe(readers.keySet(), new Rebalance());
            loop:
            while (!closing) {
                ConsumerRecords<byte[], byte[]> records;
                try {
                    records = consumer.poll(pollTimeout);
                } catch (WakeupException wakeup) {
                    if (closing) {
                        break;
                    }
                    throw wakeup;
                }
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    if (!process(record)) {
                        break loop;
                    }
                    done.put(
                            new TopicPartition(record.topic(), record.partition()),
                            new OffsetAndMetadata(record.offset() + 1));
                    if (closing) {
                        break loop;
                    }
                }
                commitDone();
            }
        } catch (InterruptedException e) {
            interrupted = true;
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            try {
                commitDone();
            } catch (RuntimeException e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                } else {
                    LOG.log(System.Logger.Level.WARNING, "cannot commit the offsets handled before closing", e);
                }
            }
            closeClients();
            state.set(CLOSED);
            finished.countDown();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Stops the consumer gracefully and waits until it has stopped: the record in hand is finished (a handler between
     * retries is not called again, and its record stays uncommitted), what is done is committed, the group is left and
     * the clients are closed. May be called from any thread, a handler's included (then {@link #run()} stops after the
     * record in hand, and this call does not wait). Calling it again does nothing.
     */
    @Override
    public void close() {
        closing = true;
        closeRequested.countDown();
        if (state.compareAndSet(NEW, CLOSED)) {
            closeClients();
            finished.countDown();
            return;
        }
        if (Thread.currentThread() == runner) {
            return;
        }
        if (state.get() == RUNNING) {
            consumer.wakeup();
        }
        try {
            finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeClients() {
        try {
            consumer.close();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot close the consumer cleanly", e);
        } finally {
            deadLetterProducer.close();
        }
    }

    /** Commits what is done. */
    private void commitDone() {
        if (done.isEmpty()) {
            return;
        }
        commit(done);
        done.clear();
    }

    /**
     * Commits offsets; a wakeup meant for {@code poll} is absorbed once, since the commit must still happen. When the
     * group has moved on without this member, the offsets are dropped: their records are delivered again elsewhere.
     */
    private void commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
        try {
            try {
                consumer.commitSync(offsets);
            } catch (WakeupException wakeup) {
                consumer.commitSync(offsets);
            }
        } catch (CommitFailedException e) {
            LOG.log(System.Logger.Level.WARNING, "offsets not committed, the group rebalanced: " + e.getMessage());
        }
    }

    /**
     * Reads one record and hands it to its handler, retrying; dead-letters or skips it when it cannot be handled.
     *
     * @return whether the record is done; {@code false} when {@link #close()} came during a backoff
     */
    private boolean process(ConsumerRecord<byte[], byte[]> record) throws InterruptedException {
        TopicReader reader = readers.get(record.topic());
        String named = CloudEventHeaders.lastValue(record.headers(), CloudEventHeaders.TYPE);
        String type = named != null ? named : reader.onlyType;
        String counted = type != null ? type : "";
        if (record.value() == null) {
            counters(counted).skipped.increment(); // a tombstone carries no event to handle
            return true;
        }
        if (type == null) {
            deadLetter(
                    record,
                    "VALUE",
                    counted,
                    "cannot deserialize from topic '" + record.topic() + "': the record has no ce_type header, and"
                            + " the topic carries several types: " + reader.known());
            return true;
        }
        Route<?> route = reader.routes.get(type);
        if (route == null) {
            if (reader.types.contains(type)) {
                apply(unhandledTypes, record, type, "no handler for '" + type + "' of topic '" + record.topic() + "'");
            } else if (reader.isForeign(type)) {
                apply(
                        unknownTypes,
                        record,
                        type,
                        "unknown type '" + Json.shown(type) + "' on topic '" + record.topic() + "'; known types: "
                                + reader.known());
            } else {
                deadLetter(
                        record,
                        "VALUE",
                        type,
                        "cannot deserialize from topic '" + record.topic() + "': header ce_type is '" + Json.shown(type)
                                + "', which is no event of the topic (" + reader.known() + ")");
            }
            return true;
        }
        Object key;
        try {
            key = route.keys.deserialize(record.topic(), record.headers(), record.key());
        } catch (RuntimeException e) {
            deadLetter(record, "KEY", type, String.valueOf(e.getMessage()));
            return true;
        }
        Object value;
        try {
            value = route.values.deserialize(record.topic(), record.headers(), record.value());
        } catch (RuntimeException e) {
            deadLetter(record, "VALUE", type, String.valueOf(e.getMessage()));
            return true;
        }
        EventMetadata metadata = new EventMetadata(
                record.topic(), record.partition(), record.offset(), key, record.headers(), record.timestamp(), type);
        TypeCounters counts = counters(type);
        long pause = backoff.toMillis();
        for (int attempt = 0; ; attempt++) {
            try {
                route.handle(value, metadata);
                counts.handled.increment();
                return true;
            } catch (InterruptedException e) {
                throw e; // the thread is asked to stop: the record stays uncommitted, as under close()
            } catch (Exception e) {
                if (attempt >= retries) {
                    deadLetter(
                            record,
                            "HANDLER",
                            type,
                            "handler of '" + type + "' failed " + (attempt + 1) + " time(s): " + e);
                    return true;
                }
                LOG.log(
                        System.Logger.Level.DEBUG,
                        "handler of '" + type + "' failed at " + record.topic() + "-" + record.partition() + "@"
                                + record.offset() + ", retrying in " + pause + " ms",
                        e);
                counts.retried.increment();
                if (closeRequested.await(pause, TimeUnit.MILLISECONDS)) {
                    return false;
                }
                pause = Math.min(pause * 2, maxBackoff.toMillis());
            }
        }
    }

    private void apply(TypePolicy policy, ConsumerRecord<byte[], byte[]> record, String type, String why) {
        switch (policy) {
            case SKIP -> counters(type).skipped.increment();
            case DEAD_LETTER -> deadLetter(record, "VALUE", type, why);
            case FAIL ->
                throw new KafkaException(why + " at " + record.topic() + "-" + record.partition() + "@"
                        + record.offset() + "; the consumer stops and stays on it (policy FAIL)");
        }
    }

    private void deadLetter(ConsumerRecord<byte[], byte[]> record, String origin, String type, String error) {
        DeadLetterWriter.Letter letter = new DeadLetterWriter.Letter(
                record.topic(),
                record.partition(),
                record.offset(),
                record.timestamp(),
                record.key(),
                record.value(),
                record.headers(),
                origin,
                error);
        String at = record.topic() + "-" + record.partition() + "@" + record.offset();
        try {
            deadLetters.write(letter);
            counters(type).deadLettered.increment();
        } catch (DeadLetterWriter.Unwritten failure) {
            if (unwritable == DeadLetterConsumer.Unwritable.FAIL || failure.interrupted()) {
                throw new KafkaException(
                        "cannot dead-letter " + at + " to '" + failure.target() + "'; the consumer stops before it",
                        failure.getCause());
            }
            LOG.log(
                    System.Logger.Level.WARNING,
                    "skipping " + at + ": it cannot be dead-lettered to '" + failure.target() + "'",
                    failure.getCause());
            counters(type).skipped.increment();
        }
    }

    private TypeCounters counters(String type) {
        return counters.computeIfAbsent(type, t -> new TypeCounters());
    }

    /** Commits what is done in partitions being taken away, so that their next owner starts after it. */
    private final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            Map<TopicPartition, OffsetAndMetadata> revoked = new HashMap<>();
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata offset = done.get(partition);
                if (offset != null) {
                    revoked.put(partition, offset);
                }
            }
            if (!revoked.isEmpty()) {
                commit(revoked);
                revoked.keySet().forEach(done::remove);
            }
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {}

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            partitions.forEach(done::remove); // they are someone else's already: committing would fail
        }
    }

    private static final class TypeCounters {
        final LongAdder handled = new LongAdder();
        final LongAdder retried = new LongAdder();
        final LongAdder deadLettered = new LongAdder();
        final LongAdder skipped = new LongAdder();

        EventConsumerMetrics.Counts snapshot() {
            return new EventConsumerMetrics.Counts(handled.sum(), retried.sum(), deadLettered.sum(), skipped.sum());
        }
    }

    /** One handler with the deserializers of the type it reads. */
    private static final class Route<E> {
        final Class<E> type;
        final EventHandler<E> handler;
        final Deserializer<?> keys;
        final Deserializer<?> values;

        Route(Class<E> type, EventHandler<E> handler, TopicBinding<?, ?> binding, Map<String, ?> config) {
            this.type = type;
            this.handler = handler;
            this.keys = ConfiguredSerdes.deserializer(binding.keySerde().deserializer(), config, true);
            this.values = ConfiguredSerdes.deserializer(binding.valueSerde().deserializer(), config, false);
        }

        void handle(Object value, EventMetadata metadata) throws Exception {
            handler.handle(type.cast(value), metadata);
        }
    }

    /** What one topic carries: its types, and the handler of each handled type. */
    private static final class TopicReader {
        final Set<String> types = new TreeSet<>();
        final Map<String, Route<?>> routes = new HashMap<>();
        int bindings;
        String onlyType;

        String known() {
            return String.join(", ", types);
        }

        /** As {@link EventDeserializer} decides: another event's type, or any type on a topic of several types. */
        boolean isForeign(String type) {
            if (bindings > 1) {
                return true;
            }
            for (TopicBinding<?, ?> binding : EventCatalog.bindings()) {
                if (binding.eventType().equals(type)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Builds an {@link EventConsumer}: one handler per event type or family, and how to retry, dead-letter and skip.
     * Not thread-safe; {@link #build()} may be called once.
     */
    public static final class Builder {
        private final Map<String, ?> config;
        private final Map<Class<?>, EventHandler<?>> handlers = new LinkedHashMap<>();
        private final List<Runnable> registrations = new ArrayList<>();
        private Map<String, ?> producerConfig;
        private int retries = 3;
        private Duration backoff = Duration.ofMillis(100);
        private Duration maxBackoff = Duration.ofSeconds(5);
        private Duration pollTimeout = Duration.ofMillis(500);
        private TypePolicy unhandledTypes = TypePolicy.SKIP;
        private TypePolicy unknownTypes = TypePolicy.SKIP;
        private DeadLetterConsumer.Unwritable unwritable = DeadLetterConsumer.Unwritable.FAIL;
        private Function<String, String> deadLetterTopic = topic -> topic + DeadLetterConsumer.SUFFIX;
        private Map<String, TopicReader> readers;

        private Builder(Map<String, ?> config) {
            this.config = Map.copyOf(Objects.requireNonNull(config, "config"));
        }

        /**
         * Handles the events of one type, or of every member of an {@code @EventFamily} interface. A member's own
         * handler wins over its family's.
         *
         * @param type an {@code @Event} record or an {@code @EventFamily} interface of the catalogue
         * @param handler called for each event of the type
         * @param <E> the event type
         * @return this builder
         * @throws IllegalArgumentException when the type has no binding in the {@link EventCatalog}, or already has a
         *     handler
         */
        public <E> Builder on(Class<E> type, EventHandler<E> handler) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(handler, "handler");
            TopicBinding<?, E> binding = EventCatalog.bindingFor(type)
                    .orElseThrow(() -> new IllegalArgumentException("'" + type.getName()
                            + "' is not an event of the catalogue: EventCatalog has no binding for it. Handle an"
                            + " @Event record or an @EventFamily interface compiled with the eventrecords processor"));
            if (handlers.putIfAbsent(type, handler) != null) {
                throw new IllegalArgumentException("'" + type.getName() + "' has a handler already: give each type"
                        + " one handler, and do several things in it");
            }
            registrations.add(() -> register(type, handler, binding));
            return this;
        }

        /**
         * How many times a failing handler is called again before its record is dead-lettered; 3 by default.
         *
         * @param retries zero or more
         * @return this builder
         */
        public Builder retries(int retries) {
            if (retries < 0) {
                throw new IllegalArgumentException("retries must be zero or more, not " + retries);
            }
            this.retries = retries;
            return this;
        }

        /**
         * How long to wait before the first retry; each later wait doubles, up to {@link #maxBackoff}. 100 ms by
         * default.
         *
         * @param backoff zero or more
         * @return this builder
         */
        public Builder backoff(Duration backoff) {
            this.backoff = nonNegative(backoff, "backoff");
            return this;
        }

        /**
         * The longest wait between two retries; 5 s by default. Keep retries and waits well under
         * {@code max.poll.interval.ms}, or the group takes the partitions away.
         *
         * @param maxBackoff zero or more
         * @return this builder
         */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
            return this;
        }

        /**
         * How long one poll waits for records; 500 ms by default. {@link EventConsumer#close()} does not wait for it.
         *
         * @param pollTimeout zero or more
         * @return this builder
         */
        public Builder pollTimeout(Duration pollTimeout) {
            this.pollTimeout = nonNegative(pollTimeout, "pollTimeout");
            return this;
        }

        /**
         * What to do with a record of a known type that has no handler here; {@link TypePolicy#SKIP} by default.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder onUnhandledTypes(TypePolicy policy) {
            this.unhandledTypes = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * What to do with a record of a type unknown to this build on a topic of several types (a family member added
         * by a newer producer), or of another topic's event; {@link TypePolicy#SKIP} by default.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder onUnknownTypes(TypePolicy policy) {
            this.unknownTypes = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * What to do when neither the full nor the reduced dead letter can be written;
         * {@link DeadLetterConsumer.Unwritable#FAIL} by default.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder whenUnwritable(DeadLetterConsumer.Unwritable policy) {
            this.unwritable = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * The dead-letter topic of each source topic; {@code <topic>.dlt} by default.
         *
         * @param deadLetterTopic the topic of the dead letters of each source topic
         * @return this builder
         */
        public Builder deadLetterTopic(Function<String, String> deadLetterTopic) {
            this.deadLetterTopic = Objects.requireNonNull(deadLetterTopic, "deadLetterTopic");
            return this;
        }

        /**
         * The producer properties of the dead-letter producer, over the defaults of {@link ProducerDefaults}; by
         * default the producer properties found in the consumer's config.
         *
         * @param config Kafka producer properties, at least {@code bootstrap.servers}
         * @return this builder
         */
        public Builder deadLetterProducer(Map<String, ?> config) {
            this.producerConfig = Map.copyOf(Objects.requireNonNull(config, "config"));
            return this;
        }

        /**
         * Creates the consumer and its dead-letter producer; nothing is read before {@link EventConsumer#run()}.
         *
         * @return a new consumer, which the caller closes
         * @throws IllegalStateException when no handler was given, or the builder already built
         * @throws IllegalArgumentException when {@code group.id} is missing
         */
        public EventConsumer build() {
            if (handlers.isEmpty()) {
                throw new IllegalStateException("give at least one handler with on(type, handler) before build()");
            }
            if (readers != null) {
                throw new IllegalStateException("this builder already built a consumer: start a new builder");
            }
            Object group = config.get(ConsumerConfig.GROUP_ID_CONFIG);
            if (group == null || group.toString().isBlank()) {
                throw new IllegalArgumentException(ConsumerConfig.GROUP_ID_CONFIG + " is missing from the config: an"
                        + " EventConsumer commits the offsets it handled for its group");
            }
            readers = new LinkedHashMap<>();
            registrations.forEach(Runnable::run);
            return new EventConsumer(this);
        }

        private Map<String, TopicReader> readers() {
            return readers;
        }

        private Map<String, Object> producerConfig() {
            if (producerConfig != null) {
                return new HashMap<>(producerConfig);
            }
            Set<String> names = ProducerConfig.configNames();
            Map<String, Object> derived = new HashMap<>();
            config.forEach((name, value) -> {
                if (names.contains(name) && !name.equals(ProducerConfig.CLIENT_ID_CONFIG)) {
                    derived.put(name, value);
                }
            });
            return derived;
        }

        private <E> void register(Class<E> type, EventHandler<E> handler, TopicBinding<?, E> binding) {
            TopicReader reader = readers.computeIfAbsent(binding.topic(), Builder::topicReader);
            if (!(binding instanceof FamilyBinding<?, ?>)) {
                reader.routes.put(binding.eventType(), new Route<>(type, handler, binding, config));
                return;
            }
            for (TopicBinding<?, ?> member : EventCatalog.bindings()) {
                if (member.topic().equals(binding.topic())
                        && !(member instanceof FamilyBinding<?, ?>)
                        && type.isAssignableFrom(member.eventClass())
                        && !handlers.containsKey(member.eventClass())) {
                    reader.routes.put(member.eventType(), new Route<>(type, handler, member, config));
                }
            }
        }

        private static TopicReader topicReader(String topic) {
            TopicReader reader = new TopicReader();
            List<String> events = new ArrayList<>();
            for (TopicBinding<?, ?> binding : EventCatalog.bindings()) {
                if (binding.topic().equals(topic)) {
                    reader.bindings++;
                    if (!(binding instanceof FamilyBinding<?, ?>)) {
                        reader.types.add(binding.eventType());
                        events.add(binding.eventType());
                    }
                }
            }
            reader.onlyType = reader.bindings == 1 && events.size() == 1 ? events.get(0) : null;
            return reader;
        }

        private static Duration nonNegative(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative()) {
                throw new IllegalArgumentException(name + " must be zero or more, not " + duration);
            }
            return duration;
        }
    }
}
