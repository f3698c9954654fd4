package dev.eventrecords.examples.family;

import static dev.eventrecords.examples.family.FaultWorkload.PARCELS;

import dev.eventrecords.examples.family.FaultWorkload.Position;
import dev.eventrecords.kafka.DeadLetterConsumer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Several {@link DeadLetterConsumer}s in one group, each in a slot that starts a new one (a new consumer, a new
 * dead-letter producer, a new thread) whenever the last one has ended, and that a test can order to fail: its handler
 * throws mid-batch (the consumer seeks back to the first record not handled and goes on), it is closed without
 * committing, or its thread dies mid-batch and leaves the consumer open (as a killed process would, until the group
 * gives up on it). Slot 0's dead-letter producer waits at most 1.5 s for a write, so that while the broker is away
 * its writes fail and its consumer must stay on the pill. Every record handled is counted by its position, so that
 * duplicates and losses can be told by content.
 */
final class CrashingConsumers {

    static final String GROUP = "faults";
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration COMMIT = Duration.ofSeconds(30);
    private static final Duration CLOSE = Duration.ofSeconds(10);

    /** A fault a slot's current consumer is ordered to suffer in its next non-empty batch. */
    enum Fault {
        HANDLER_FAILURE,
        CLOSE_WITHOUT_COMMIT,
        KILL_THREAD
    }

    /** Thrown through a consumer's thread to kill it: nothing closes the consumer or commits. */
    private static final class Killed extends Error {
        private static final long serialVersionUID = 1L;

        Killed() {
            super("killed by the fault suite", null, false, false);
        }
    }

    private final String bootstrapServers;
    private final String groupProtocol;
    private final long seed;
    private final List<Slot> slots = new ArrayList<>();
    private volatile boolean stopping;

    private final Map<Position, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    private final Map<Position, ParcelEvent> delivered = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<KafkaConsumer<?, ?>> abandonedConsumers = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<KafkaProducer<?, ?>> abandonedProducers = new ConcurrentLinkedQueue<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final Map<String, String> errorSamples = new ConcurrentHashMap<>();
    private final Map<Fault, LongAdder> suffered = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> timeline = new ConcurrentLinkedQueue<>();
    private final long born = System.nanoTime();
    private final LongAdder consumersStarted = new LongAdder();
    private final LongAdder commitsLostToRebalances = new LongAdder();
    private final LongAdder deadLettered = new LongAdder();
    private final LongAdder reduced = new LongAdder();
    private final LongAdder skippedForeign = new LongAdder();
    private final LongAdder skippedUnwritable = new LongAdder();

    CrashingConsumers(String bootstrapServers, String groupProtocol, long seed, int slots) {
        this.bootstrapServers = bootstrapServers;
        this.groupProtocol = groupProtocol;
        this.seed = seed;
        for (int i = 0; i < slots; i++) {
            this.slots.add(new Slot(i));
        }
        for (Fault fault : Fault.values()) {
            suffered.put(fault, new LongAdder());
        }
    }

    void start() {
        slots.forEach(Slot::start);
    }

    int slots() {
        return slots.size();
    }

    /**
     * Orders a consumer that has partitions and no fault pending, drawn by {@code random}, to suffer {@code fault}.
     *
     * @return false when every consumer is idle or has a fault pending
     */
    boolean order(Fault fault, Random random) {
        List<Slot> ready = slots.stream()
                .filter(slot -> slot.assigned && slot.pending.get() == null)
                .toList();
        if (ready.isEmpty()) {
            return false;
        }
        Slot slot = ready.get(random.nextInt(ready.size()));
        return slot.pending.compareAndSet(null, fault);
    }

    /** Whether every slot's consumer has partitions: the group has settled. */
    boolean allAssigned() {
        return slots.stream().allMatch(slot -> slot.assigned);
    }

    Map<Position, AtomicInteger> deliveries() {
        return deliveries;
    }

    Map<Position, ParcelEvent> delivered() {
        return delivered;
    }

    List<String> mismatches() {
        return List.copyOf(mismatches);
    }

    Map<String, Long> errors() {
        Map<String, Long> counts = new HashMap<>();
        errors.forEach((type, count) -> counts.put(type, count.sum()));
        return counts;
    }

    /** The first message of each kind of error, to tell what made consumers restart. */
    Map<String, String> errorSamples() {
        return Map.copyOf(errorSamples);
    }

    long suffered(Fault fault) {
        return suffered.get(fault).sum();
    }

    /** What happened when, in seconds since these consumers were created: faults suffered and notes. */
    List<String> timeline() {
        return List.copyOf(timeline);
    }

    /** Adds {@code what} to the timeline, at the present moment. */
    void note(String what) {
        timeline.add(String.format("%.1f %s", (System.nanoTime() - born) / 1e9, what));
    }

    long consumersStarted() {
        return consumersStarted.sum();
    }

    long commitsLostToRebalances() {
        return commitsLostToRebalances.sum();
    }

    long deadLettered() {
        return deadLettered.sum();
    }

    long reduced() {
        return reduced.sum();
    }

    long skippedForeign() {
        return skippedForeign.sum();
    }

    long skippedUnwritable() {
        return skippedUnwritable.sum();
    }

    /** Stops every slot, letting its consumer commit and close, then closes what killed threads left open. */
    void stop() throws InterruptedException {
        stopping = true;
        List<String> stuck = new ArrayList<>();
        for (Slot slot : slots) {
            slot.supervisor.join(CLOSE.toMillis() * 3);
            if (slot.supervisor.isAlive()) {
                stuck.add(slot.supervisor.getName());
            }
        }
        for (KafkaConsumer<?, ?> left : abandonedConsumers) {
            // As a killed process, it leaves no group: the group has given up on it already.
            left.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.REMAIN_IN_GROUP)
                    .withTimeout(Duration.ZERO));
        }
        abandonedProducers.forEach(producer -> producer.close(Duration.ZERO));
        if (!stuck.isEmpty()) {
            throw new IllegalStateException(
                    "consumer slots did not stop within " + CLOSE.toSeconds() * 3 + " s: " + stuck);
        }
    }

    /** One member of the group at a time, restarted whenever it ends. */
    private final class Slot {
        private final int index;
        private final AtomicReference<Fault> pending = new AtomicReference<>();
        private volatile boolean assigned;
        private final Thread supervisor;
        private final Random random;

        Slot(int index) {
            this.index = index;
            this.random = new Random(seed * 31 + index);
            this.supervisor = new Thread(this::supervise, "faults-slot-" + index);
            this.supervisor.setDaemon(true);
        }

        void start() {
            supervisor.start();
        }

        private void supervise() {
            int generation = 0;
            while (!stopping) {
                Thread member = new Thread(this::consume, "faults-consumer-" + index + "." + generation++);
                member.setDaemon(true);
                member.setUncaughtExceptionHandler((thread, e) -> {
                    if (!(e instanceof Killed)) {
                        count(e);
                    }
                });
                member.start();
                try {
                    member.join();
                    Thread.sleep(50 + random.nextInt(250));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private Properties properties() {
            Properties properties = new Properties();
            properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            properties.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
            properties.put(ConsumerConfig.GROUP_PROTOCOL_CONFIG, groupProtocol);
            properties.put(
                    ConsumerConfig.CLIENT_ID_CONFIG, Thread.currentThread().getName());
            properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "50");
            // A killed member holds its partitions until the group gives up on it: as soon as the broker allows.
            properties.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, "5000");
            if (groupProtocol.equals("classic")) {
                // The others go on reading their partitions while the group waits for a killed member.
                properties.put(
                        ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
                properties.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, "6000");
                properties.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, "1000");
            }
            return properties;
        }

        private KafkaProducer<byte[], byte[]> deadLetterProducer() {
            Properties properties = new Properties();
            properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            properties.put(
                    ProducerConfig.CLIENT_ID_CONFIG, Thread.currentThread().getName() + "-dlt");
            properties.put(
                    ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(FaultWorkload.DEAD_LETTER_REQUEST_SIZE));
            if (index == 0) {
                // An impatient one: while the broker restarts, its writes fail and its consumer must stay on the pill.
                properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "1000");
                properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "1000");
                properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "1500");
            }
            return new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
        }

        /** One consumer's life: until the slots stop, it fails, or it is ordered to crash. */
        private void consume() {
            consumersStarted.increment();
            KafkaConsumer<String, ParcelEvent> consumer = PARCELS.consumer(properties());
            KafkaProducer<byte[], byte[]> deadLetters = deadLetterProducer();
            DeadLetterConsumer<String, ParcelEvent> safe = new DeadLetterConsumer<>(consumer, deadLetters);
            boolean killed = false;
            try {
                consumer.subscribe(List.of(PARCELS.topic()));
                long moved = 0;
                boolean uncommitted = false;
                while (!stopping) {
                    ConsumerRecords<String, ParcelEvent> records = safe.poll(POLL);
                    boolean now = !consumer.assignment().isEmpty();
                    if (now != assigned) {
                        note(Thread.currentThread().getName()
                                + (now ? " assigned " + consumer.assignment() : " unassigned"));
                    }
                    assigned = now;
                    Fault fault = records.isEmpty() ? null : pending.getAndSet(null);
                    int firesAt = fault == null ? -1 : random.nextInt(records.count());
                    Map<TopicPartition, Long> unhandled = new HashMap<>();
                    int i = 0;
                    for (ConsumerRecord<String, ParcelEvent> record : records) {
                        if (i++ == firesAt) {
                            suffered.get(fault).increment();
                            note(fault + " " + Thread.currentThread().getName());
                            if (fault == Fault.CLOSE_WITHOUT_COMMIT) {
                                return;
                            }
                            if (fault == Fault.KILL_THREAD) {
                                killed = true;
                                throw new Killed();
                            }
                        }
                        if (fault == Fault.HANDLER_FAILURE && i > firesAt) {
                            unhandled.putIfAbsent(
                                    new TopicPartition(record.topic(), record.partition()), record.offset());
                        } else {
                            handle(record);
                        }
                    }
                    if (!unhandled.isEmpty()) {
                        // The handler failed: it is restarted on the first record it did not handle.
                        unhandled.forEach(consumer::seek);
                        continue;
                    }
                    long movedNow = safe.deadLettered() + safe.skippedForeign() + safe.skippedUnwritable();
                    // Commit what was handled or moved past, and retry a commit that a rebalance refused.
                    uncommitted |= !records.isEmpty() || movedNow != moved;
                    moved = movedNow;
                    if (uncommitted) {
                        uncommitted = !commit(consumer);
                    }
                }
                commit(consumer);
            } catch (RuntimeException e) {
                count(e);
            } finally {
                assigned = false;
                deadLettered.add(safe.deadLettered());
                reduced.add(safe.reduced());
                skippedForeign.add(safe.skippedForeign());
                skippedUnwritable.add(safe.skippedUnwritable());
                if (killed) {
                    abandonedConsumers.add(consumer);
                    abandonedProducers.add(deadLetters);
                } else {
                    consumer.close(CloseOptions.timeout(CLOSE));
                    deadLetters.close(CLOSE);
                }
            }
        }

        /** Commits the positions; false when a rebalance refused it (the partitions' next owner reads them again). */
        private boolean commit(KafkaConsumer<String, ParcelEvent> consumer) {
            try {
                consumer.commitSync(COMMIT);
                return true;
            } catch (CommitFailedException | RebalanceInProgressException e) {
                commitsLostToRebalances.increment();
                return false;
            }
        }
    }

    private void handle(ConsumerRecord<String, ParcelEvent> record) {
        Position at = new Position(record.partition(), record.offset());
        deliveries.computeIfAbsent(at, p -> new AtomicInteger()).incrementAndGet();
        ParcelEvent first = delivered.putIfAbsent(at, record.value());
        if (first != null && !first.equals(record.value())) {
            mismatches.add(at + " was delivered as " + first + " and as " + record.value());
        }
        if (!record.value().parcelId().equals(record.key())) {
            mismatches.add(at + " has key " + record.key() + " but is about "
                    + record.value().parcelId());
        }
    }

    private void count(Throwable e) {
        String type = e.getClass().getSimpleName();
        errors.computeIfAbsent(type, k -> new LongAdder()).increment();
        errorSamples.putIfAbsent(type, String.valueOf(e.getMessage()));
    }
}
