package dev.eventrecords.examples.family;

import static dev.eventrecords.examples.family.FaultWorkload.PARCELS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.eventrecords.embedded.EmbeddedKafka;
import dev.eventrecords.examples.family.CrashingConsumers.Fault;
import dev.eventrecords.examples.family.FaultWorkload.Kind;
import dev.eventrecords.examples.family.FaultWorkload.Position;
import dev.eventrecords.examples.family.FaultWorkload.Written;
import dev.eventrecords.kafka.DeadLetterConsumer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fault suite: a randomized run, on a real broker, of idempotent producers writing good records, poison pills of
 * every kind (oversize ones included) and records of a member this reader does not know, read by several
 * {@link DeadLetterConsumer}s in one group whose handlers fail, which are closed without committing and whose threads
 * are killed mid-batch, while the broker is restarted once on its own log directory. Then, by content: every good
 * record was delivered at least once, every pill is in {@code family.parcels.dlt} exactly as written (or, too large
 * for the dead-letter producer, reduced with its size and SHA-256), and nothing else was lost or made up.
 *
 * <p>It runs once with each group protocol, each on a broker of its own. The seed is fixed and printed;
 * {@code -Deventrecords.faults.seed=N} varies a run or replays one, {@code -Deventrecords.faults.groupProtocol=classic}
 * (or {@code consumer}) runs one protocol only. Thread scheduling is not seeded, so a replay draws the same records,
 * pills and faults but may meet them at other moments.
 */
class FaultSuiteTest {

    private static final long DEFAULT_SEED = 20261126L;
    private static final String DLT = PARCELS.topic() + DeadLetterConsumer.SUFFIX;
    private static final int PARTITIONS = 4;
    private static final Duration WRITTEN = Duration.ofSeconds(60);
    private static final Duration DRAINED = Duration.ofSeconds(60);
    private static final Duration READ = Duration.ofSeconds(30);
    private static final Duration SETTLED = Duration.ofSeconds(20);

    private EmbeddedKafka broker;

    @BeforeEach
    void startBroker() {
        // Consumer-protocol groups settle by heartbeats, 5 s apart by default, and give up on a silent member after
        // 45 s: 1 s and 6 s (the classic protocol's least session timeout) keep a run's stalls short.
        broker = EmbeddedKafka.start(Map.of(
                "group.consumer.heartbeat.interval.ms", "1000",
                "group.consumer.min.heartbeat.interval.ms", "1000",
                "group.consumer.session.timeout.ms", "6000",
                "group.consumer.min.session.timeout.ms", "6000"));
        Map<String, String> large = Map.of("max.message.bytes", Integer.toString(FaultWorkload.SOURCE_MESSAGE_SIZE));
        Map<String, String> larger =
                Map.of("max.message.bytes", Integer.toString(FaultWorkload.SOURCE_MESSAGE_SIZE + 64 * 1024));
        new Clients(broker.bootstrapServers())
                .createTopics(
                        new NewTopic(PARCELS.topic(), PARTITIONS, (short) 1).configs(large),
                        new NewTopic(DLT, PARTITIONS, (short) 1).configs(larger));
    }

    @AfterEach
    void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @ParameterizedTest(name = "group protocol {0}")
    @ValueSource(strings = {"classic", "consumer"})
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void underCrashesHandlerFailuresAndABrokerRestartEveryGoodRecordIsDeliveredAndEveryPillDeadLettered(String protocol)
            throws Exception {
        String only = System.getProperty("eventrecords.faults.groupProtocol", protocol);
        assumeTrue(only.equals(protocol), "-Deventrecords.faults.groupProtocol=" + only);
        long started = System.nanoTime();
        long seed = Long.getLong("eventrecords.faults.seed", DEFAULT_SEED);
        Random random = new Random(seed);
        System.out.println(
                "fault suite: seed " + seed + " (-Deventrecords.faults.seed=" + seed + "), group protocol " + protocol);

        FaultWorkload workload = FaultWorkload.plan(random, 2, 2400, 170, 4, 4, 24);
        CrashingConsumers consumers = new CrashingConsumers(broker.bootstrapServers(), protocol, seed, 3);
        boolean drained;
        long restartedAt;
        List<ConsumerRecord<byte[], byte[]>> deadLetters;
        try {
            consumers.start();
            // Writing and faults begin once the group has settled (each consumer has partitions), or after 20 s.
            await(SETTLED, consumers::allAssigned);
            List<Thread> producers = startProducers(workload, seed);
            restartedAt = injectFaults(workload, consumers, producers, random);
            for (Thread producer : producers) {
                producer.join(WRITTEN.toMillis());
            }
            assertThat(producerFailure.get()).as("a producer failed").isNull();
            assertThat(workload.acknowledged()).as("records acknowledged").isEqualTo(workload.total());
            drained = await(DRAINED, () -> allDelivered(workload, consumers) && allCommitted());
        } finally {
            consumers.stop();
        }
        deadLetters = readAll(DLT);
        Map<TopicPartition, Long> sourceEnd = new Clients(broker.bootstrapServers()).endOffsets(PARCELS.topic());

        Tally tally = check(workload, consumers, deadLetters);
        long logged = sourceEnd.values().stream().mapToLong(Long::longValue).sum();
        System.out.println(tally.summary(workload, consumers, protocol, logged, restartedAt, started));

        assertThat(drained)
                .as(
                        "within %s s the group delivered every good record and committed every partition's end: %s",
                        DRAINED.toSeconds(), tally.problems)
                .isTrue();
        assertThat(logged)
                .as(
                        "records in %s: the idempotent producers wrote each once, across the broker restart",
                        PARCELS.topic())
                .isEqualTo(workload.total());
        assertThat(tally.problems)
                .as("what was delivered or dead-lettered against what was written")
                .isEmpty();
        assertThat(consumers.skippedForeign())
                .as("foreign records skipped (at least once each)")
                .isGreaterThanOrEqualTo(workload.count(Kind.FOREIGN));
        assertThat(consumers.skippedUnwritable())
                .as("pills skipped as unwritable")
                .isZero();
        assertThat(restartedAt)
                .as("records acknowledged when the broker restarted: it restarted while the producers wrote")
                .isBetween(1L, workload.total() - 1L);
        for (Fault fault : Fault.values()) {
            assertThat(consumers.suffered(fault))
                    .as("consumers that suffered " + fault)
                    .isPositive();
        }
    }

    // ---- the run ------------------------------------------------------------------------------------------------

    private final AtomicReference<Throwable> producerFailure = new AtomicReference<>();

    private List<Thread> startProducers(FaultWorkload workload, long seed) {
        List<Thread> producers = new ArrayList<>();
        for (int i = 0; i < workload.producers(); i++) {
            int index = i;
            Thread producer = new Thread(
                    () -> {
                        try {
                            workload.write(index, broker.bootstrapServers(), new Random(seed * 17 + index));
                        } catch (Throwable e) {
                            producerFailure.compareAndSet(null, e);
                        }
                    },
                    "faults-producer-" + index);
            producer.setDaemon(true);
            producer.start();
            producers.add(producer);
        }
        return producers;
    }

    /**
     * While the producers write, orders a fault every 0.3 to 1 s to a random consumer that has partitions: one of
     * each kind first, then six handler failures, four closes without commit and a second killed thread (in the first
     * half, while records still flow), in an order drawn from {@code random}; and restarts the broker once, when
     * between 35 and 65 % of the records are acknowledged.
     *
     * @return how many records were acknowledged when the broker restart began
     */
    private long injectFaults(
            FaultWorkload workload, CrashingConsumers consumers, List<Thread> producers, Random random)
            throws InterruptedException {
        List<Fault> faults = new ArrayList<>();
        faults.addAll(Collections.nCopies(6, Fault.HANDLER_FAILURE));
        faults.addAll(Collections.nCopies(4, Fault.CLOSE_WITHOUT_COMMIT));
        Collections.shuffle(faults, random);
        faults.add(random.nextInt(faults.size() / 2), Fault.KILL_THREAD);
        List<Fault> first = new ArrayList<>(List.of(Fault.values()));
        Collections.shuffle(first, random);
        faults.addAll(0, first);
        int restartAt = workload.total() * (35 + random.nextInt(31)) / 100;
        long restartedAt = -1;
        long deadline = System.nanoTime() + WRITTEN.toNanos();
        int next = 0;
        while (producers.stream().anyMatch(Thread::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(300 + random.nextInt(700));
            if (restartedAt < 0 && workload.acknowledged() >= restartAt) {
                restartedAt = workload.acknowledged();
                long at = System.nanoTime();
                consumers.note("broker restart");
                broker.restart();
                System.out.printf(
                        "fault suite: broker restarted after %d of %d records, in %d ms%n",
                        restartedAt, workload.total(), (System.nanoTime() - at) / 1_000_000);
            } else if (next < faults.size() && consumers.order(faults.get(next), random)) {
                next++;
            }
        }
        consumers.note("producers done, " + (faults.size() - next) + " faults not ordered");
        return restartedAt;
    }

    private static boolean allDelivered(FaultWorkload workload, CrashingConsumers consumers) {
        return workload.written().values().stream()
                .filter(w -> w.kind() == Kind.GOOD)
                .allMatch(w -> consumers.deliveries().containsKey(w.at()));
    }

    /** Whether the group has committed the end of every partition: every pill behind it was dead-lettered. */
    private boolean allCommitted() {
        Clients clients = new Clients(broker.bootstrapServers());
        Map<TopicPartition, Long> end = clients.endOffsets(PARCELS.topic());
        try (Admin admin = clients.admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(CrashingConsumers.GROUP)
                    .partitionsToOffsetAndMetadata()
                    .get(5, TimeUnit.SECONDS);
            return end.entrySet().stream()
                    .allMatch(e -> committed.get(e.getKey()) != null
                            && committed.get(e.getKey()).offset() == e.getValue());
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(500);
        }
        return condition.getAsBoolean();
    }

    /** Every record of {@code topic}, from the beginning to the end it has now. */
    private List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
        Clients clients = new Clients(broker.bootstrapServers());
        Map<TopicPartition, Long> end = clients.endOffsets(topic);
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = clients.rawConsumer()) {
            consumer.assign(end.keySet());
            consumer.seekToBeginning(end.keySet());
            long deadline = System.nanoTime() + READ.toNanos();
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(
                            "cannot read " + topic + " to its end " + end + " within " + READ.toSeconds() + " s");
                }
                consumer.poll(Clients.POLL).forEach(records::add);
            }
        }
        return records;
    }

    // ---- the verdict --------------------------------------------------------------------------------------------

    /** The counts of a run, and every way in which what was read differs from what was written. */
    private static final class Tally {
        final List<String> problems = new ArrayList<>();
        long good;
        long delivered;
        long duplicates;
        long pills;
        long deadLetterRecords;
        long pillsDeadLettered;
        long whole;
        long reducedCopies;
        long deadLetterDuplicates;
        long lost;

        void problem(String problem) {
            problems.add(problem);
        }

        String summary(
                FaultWorkload workload,
                CrashingConsumers consumers,
                String protocol,
                long logged,
                long restartedAt,
                long started) {
            return String.format(
                    """
                    fault suite results, group protocol %s
                      good records written     %d
                      good records delivered   %d (%d deliveries, %d duplicates)
                      pills written            %d (%d large, %d oversize)
                      pills in %s  %d (%d dead letters: %d whole, %d reduced; %d duplicates)
                      counted by consumers     %d dead-lettered, %d reduced, %d skipped as unwritable
                      foreign records          %d written, %d skips counted
                      lost                     %d
                      records in the log       %d (written %d)
                      faults: broker restarted once after %d records; handler failures %d, closed without commit \
                    %d, threads killed %d; consumers started %d; commits lost to rebalances %d
                      consumer errors          %s %s
                      timeline (s)             %s
                      run time                 %.1f s
                      problems                 %d%s""",
                    protocol,
                    good,
                    delivered,
                    delivered + duplicates,
                    duplicates,
                    pills,
                    workload.count(Kind.LARGE),
                    workload.count(Kind.OVERSIZE),
                    DLT,
                    pillsDeadLettered,
                    deadLetterRecords,
                    whole,
                    reducedCopies,
                    deadLetterDuplicates,
                    consumers.deadLettered(),
                    consumers.reduced(),
                    consumers.skippedUnwritable(),
                    workload.count(Kind.FOREIGN),
                    consumers.skippedForeign(),
                    lost,
                    logged,
                    workload.total(),
                    restartedAt,
                    consumers.suffered(Fault.HANDLER_FAILURE),
                    consumers.suffered(Fault.CLOSE_WITHOUT_COMMIT),
                    consumers.suffered(Fault.KILL_THREAD),
                    consumers.consumersStarted(),
                    consumers.commitsLostToRebalances(),
                    consumers.errors(),
                    consumers.errorSamples(),
                    consumers.timeline(),
                    (System.nanoTime() - started) / 1e9,
                    problems.size(),
                    problems.isEmpty() ? "" : ": " + problems.subList(0, Math.min(20, problems.size())));
        }
    }

    private static Tally check(
            FaultWorkload workload, CrashingConsumers consumers, List<ConsumerRecord<byte[], byte[]>> deadLetters)
            throws NoSuchAlgorithmException {
        Tally tally = new Tally();
        Map<Position, List<ConsumerRecord<byte[], byte[]>>> copies =
                new TreeMap<>((a, b) -> a.partition() != b.partition()
                        ? Integer.compare(a.partition(), b.partition())
                        : Long.compare(a.offset(), b.offset()));
        for (ConsumerRecord<byte[], byte[]> dead : deadLetters) {
            tally.deadLetterRecords++;
            if (header(dead, "dlt.original.partition") == null || header(dead, "dlt.original.offset") == null) {
                tally.problem("dead letter " + dead.partition() + "@" + dead.offset() + " says not where it is from");
                continue;
            }
            Position from = new Position(
                    Integer.parseInt(header(dead, "dlt.original.partition")),
                    Long.parseLong(header(dead, "dlt.original.offset")));
            Written pill = workload.written().get(from);
            if (pill == null || !pill.kind().pill()) {
                tally.problem("dead letter " + dead.partition() + "@" + dead.offset() + " is of "
                        + (pill == null ? "no record written" : "a " + pill.kind() + " record") + " at " + from);
                continue;
            }
            copies.computeIfAbsent(from, p -> new ArrayList<>()).add(dead);
        }
        for (Written written : workload.written().values()) {
            if (written.kind() == Kind.GOOD) {
                tally.good++;
                AtomicInteger times = consumers.deliveries().get(written.at());
                if (times == null) {
                    tally.lost++;
                    tally.problem("good record " + written.at() + " " + written.event() + " was never delivered");
                    continue;
                }
                tally.delivered++;
                tally.duplicates += times.get() - 1;
                ParcelEvent read = consumers.delivered().get(written.at());
                if (!written.event().equals(read)) {
                    tally.problem("good record " + written.at() + " was written as " + written.event()
                            + " and delivered as " + read);
                }
            } else if (written.kind().pill()) {
                tally.pills++;
                List<ConsumerRecord<byte[], byte[]>> found = copies.getOrDefault(written.at(), List.of());
                if (found.isEmpty()) {
                    tally.lost++;
                    tally.problem(written.kind() + " pill " + written.at() + " is not in " + DLT);
                    continue;
                }
                tally.pillsDeadLettered++;
                tally.deadLetterDuplicates += found.size() - 1;
                for (ConsumerRecord<byte[], byte[]> dead : found) {
                    checkCopy(tally, written, dead);
                }
            }
        }
        tally.problems.addAll(consumers.mismatches());
        consumers.deliveries().keySet().stream()
                .filter(at -> workload.written().get(at) == null
                        || workload.written().get(at).kind() != Kind.GOOD)
                .forEach(at -> tally.problem("delivered " + at + ", which is not a good record written: "
                        + consumers.delivered().get(at)));
        return tally;
    }

    /** One dead letter of a pill: its key, its headers, its timestamp, and its value whole or reduced. */
    private static void checkCopy(Tally tally, Written pill, ConsumerRecord<byte[], byte[]> dead)
            throws NoSuchAlgorithmException {
        String where =
                pill.kind() + " pill " + pill.at() + ": its dead letter " + dead.partition() + "@" + dead.offset();
        if (!Arrays.equals(dead.key(), Clients.utf8(pill.key()))) {
            tally.problem(where + " has another key");
        }
        if (dead.timestamp() != pill.time()) {
            tally.problem(where + " has timestamp " + dead.timestamp() + ", the pill " + pill.time());
        }
        Header[] headers = dead.headers().toArray();
        List<Header> original = pill.headers();
        for (int i = 0; i < original.size(); i++) {
            if (i >= headers.length
                    || !headers[i].key().equals(original.get(i).key())
                    || !Arrays.equals(headers[i].value(), original.get(i).value())) {
                tally.problem(where + " does not start with the pill's headers in order");
                break;
            }
        }
        expect(tally, where, dead, "dlt.original.topic", PARCELS.topic());
        expect(tally, where, dead, "dlt.original.timestamp", Long.toString(pill.time()));
        expect(tally, where, dead, "dlt.error.origin", "VALUE");
        if (header(dead, "dlt.error") == null || header(dead, "dlt.error").length() > 1000 + 40) {
            tally.problem(where + " has no bounded dlt.error");
        }
        boolean oversize = pill.kind() == Kind.OVERSIZE;
        if (dead.value() != null) {
            tally.whole++;
            if (!Arrays.equals(dead.value(), pill.value())) {
                tally.problem(where + " has another value (" + dead.value().length + " bytes, the pill "
                        + pill.value().length + ")");
            }
            if (oversize) {
                tally.problem(where + " is whole although it exceeds the dead-letter producer's max.request.size");
            }
        } else {
            tally.reducedCopies++;
            if (!oversize) {
                tally.problem(where + " is reduced although the pill fits a dead letter whole");
            }
            expect(tally, where, dead, "dlt.original.value.size", Integer.toString(pill.value().length));
            expect(
                    tally,
                    where,
                    dead,
                    "dlt.original.value.sha256",
                    HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(pill.value())));
        }
    }

    private static void expect(Tally tally, String where, ConsumerRecord<?, ?> dead, String key, String value) {
        String found = header(dead, key);
        if (!value.equals(found)) {
            tally.problem(where + " has " + key + " " + found + ", expected " + value);
        }
    }

    /** The last header of that key, as UTF-8, or null. */
    private static String header(ConsumerRecord<?, ?> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
