package dev.eventrecords.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventrecords.embedded.EmbeddedKafka;
import dev.eventrecords.examples.broker.MeterRead;
import dev.eventrecords.examples.broker.MeterReadTopic;
import dev.eventrecords.examples.broker.ParcelDelivered;
import dev.eventrecords.examples.broker.ParcelDeliveredTopic;
import dev.eventrecords.examples.family.ParcelEvent;
import dev.eventrecords.examples.family.ParcelEventTopic;
import dev.eventrecords.examples.family.ParcelMoved;
import dev.eventrecords.examples.family.ParcelRegistered;
import dev.eventrecords.examples.family.ParcelReturned;
import dev.eventrecords.examples.family.ParcelReturnedTopic;
import dev.eventrecords.kafka.DeadLetterConsumer;
import dev.eventrecords.kafka.EventConsumer;
import dev.eventrecords.kafka.EventConsumerMetrics;
import dev.eventrecords.kafka.EventMetadata;
import dev.eventrecords.kafka.EventPublisher;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One {@link EventConsumer} with handlers for several types and a family, on a real KRaft broker, fed through one
 * {@link EventPublisher}. One broker for the class; each test uses its own group, whose offsets start at the end of
 * the topics, so it reads only what it published.
 */
class EventConsumerTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final Instant AT = Instant.parse("2024-05-01T10:15:30Z");

    private static final ParcelDeliveredTopic PARCELS = new ParcelDeliveredTopic();
    private static final MeterReadTopic METERS = new MeterReadTopic();
    private static final ParcelEventTopic PARCEL_LIVES = new ParcelEventTopic();
    private static final String DELIVERED = PARCELS.topic();
    private static final String LIVES = PARCEL_LIVES.topic();

    private static EmbeddedKafka broker;
    private static EventPublisher publisher;
    private static final AtomicInteger GROUPS = new AtomicInteger();

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<EventConsumer> consumers = new ArrayList<>();
    private final Map<EventConsumer, Future<?>> runs = new ConcurrentHashMap<>();

    @BeforeAll
    static void startBrokerAndPublisher() throws Exception {
        broker = EmbeddedKafka.start();
        try (Admin admin = admin()) {
            admin.createTopics(List.of(
                            PARCELS.newTopic(4, (short) 1),
                            METERS.newTopic(2, (short) 1),
                            PARCEL_LIVES.newTopic(),
                            new NewTopic(DELIVERED + ".dlt", 1, (short) 1),
                            new NewTopic(METERS.topic() + ".dlt", 1, (short) 1),
                            new NewTopic(LIVES + ".dlt", 1, (short) 1)))
                    .all()
                    .get();
        }
        publisher = EventPublisher.create(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }

    @AfterAll
    static void stopPublisherAndBroker() {
        if (publisher != null) {
            publisher.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @AfterEach
    void closeConsumers() {
        consumers.forEach(EventConsumer::close);
        threads.shutdownNow();
    }

    // ---- delivery ----------------------------------------------------------------------------------------------

    @Test
    void deliversEventsOfSeveralTypesAndAFamilyToTheirHandlersByValue() throws Exception {
        String group = groupAtEnd(DELIVERED, METERS.topic(), LIVES);
        List<ParcelDelivered> deliveries = new CopyOnWriteArrayList<>();
        List<MeterRead> readings = new CopyOnWriteArrayList<>();
        List<ParcelEvent> lives = new CopyOnWriteArrayList<>();
        Map<Object, EventMetadata> metadata = new ConcurrentHashMap<>();
        EventConsumer consumer = started(EventConsumer.builder(config(group))
                .on(ParcelDelivered.class, (event, meta) -> {
                    deliveries.add(event);
                    metadata.put(event, meta);
                })
                .on(MeterRead.class, (event, meta) -> {
                    readings.add(event);
                    metadata.put(event, meta);
                })
                .on(ParcelEvent.class, (event, meta) -> lives.add(event)));
        ParcelDelivered parcel = new ParcelDelivered("parcel-1", AT, "Ann", 1);
        MeterRead meter = new MeterRead(42L, new BigDecimal("17.250"));
        ParcelRegistered registered = new ParcelRegistered("p-7", AT, 1, "Bob");
        ParcelMoved moved = new ParcelMoved("p-7", AT.plusSeconds(60), 2, "Leeds");
        ParcelReturned returned = new ParcelReturned("p-7", AT.plusSeconds(120), 3, List.of("refused"));

        RecordMetadata parcelSent = publisher.publish(parcel).get();
        publisher.publish(meter).get();
        for (ParcelEvent life : List.of(registered, moved, returned)) {
            publisher.publish(life).get();
        }

        await(() -> deliveries.size() == 1 && readings.size() == 1 && lives.size() == 3, "all five events handled");
        assertThat(deliveries).containsExactly(parcel);
        assertThat(readings).containsExactly(meter);
        assertThat(lives).containsExactly(registered, moved, returned); // one key, one partition: in order
        EventMetadata parcelMeta = metadata.get(parcel);
        assertThat(parcelMeta.topic()).isEqualTo(DELIVERED);
        assertThat(parcelMeta.partition()).isEqualTo(parcelSent.partition());
        assertThat(parcelMeta.offset()).isEqualTo(parcelSent.offset());
        assertThat(parcelMeta.key()).isEqualTo("parcel-1");
        assertThat(parcelMeta.eventType()).isEqualTo(PARCELS.eventType());
        assertThat(parcelMeta.timestamp()).isEqualTo(parcelSent.timestamp());
        assertThat(parcelMeta.headers().lastHeader("ce_id")).isNotNull();
        assertThat(metadata.get(meter).key()).isEqualTo(42L);
        EventConsumerMetrics metrics = consumer.metrics();
        assertThat(metrics.of(PARCELS.eventType()).handled()).isEqualTo(1);
        assertThat(metrics.of(new ParcelReturnedTopic().eventType()).handled()).isEqualTo(1);
        assertThat(metrics.total()).isEqualTo(new EventConsumerMetrics.Counts(5, 0, 0, 0));
        assertThat(consumer.topics()).containsExactly(METERS.topic(), DELIVERED, LIVES); // sorted
    }

    @Test
    void aMemberHandlerWinsOverItsFamilysHandler() throws Exception {
        String group = groupAtEnd(LIVES);
        List<String> seen = new CopyOnWriteArrayList<>();
        started(EventConsumer.builder(config(group))
                .on(ParcelEvent.class, (event, meta) -> seen.add("family:" + event.sequence()))
                .on(ParcelMoved.class, (event, meta) -> seen.add("moved:" + event.sequence())));

        publisher.publish(new ParcelRegistered("p-8", AT, 1, "Cy")).get();
        publisher.publish(new ParcelMoved("p-8", AT, 2, "York")).get();

        await(() -> seen.size() == 2, "both events handled");
        assertThat(seen).containsExactly("family:1", "moved:2");
    }

    // ---- retries and dead letters ------------------------------------------------------------------------------

    @Test
    void retriesAFailingHandlerAndDeliversTheEventOnceItSucceeds() throws Exception {
        String group = groupAtEnd(DELIVERED);
        AtomicInteger attempts = new AtomicInteger();
        List<ParcelDelivered> delivered = new CopyOnWriteArrayList<>();
        EventConsumer consumer = started(EventConsumer.builder(config(group))
                .backoff(Duration.ofMillis(20))
                .on(ParcelDelivered.class, (event, meta) -> {
                    if (attempts.incrementAndGet() <= 2) {
                        throw new IllegalStateException("ledger busy");
                    }
                    delivered.add(event);
                }));
        ParcelDelivered parcel = new ParcelDelivered("parcel-retry", AT, "Dee", 1);

        publisher.publish(parcel).get();

        await(() -> delivered.size() == 1, "the event handled after two failures");
        EventConsumerMetrics.Counts counts = consumer.metrics().of(PARCELS.eventType());
        assertThat(delivered).containsExactly(parcel);
        assertThat(attempts).hasValue(3);
        assertThat(counts).isEqualTo(new EventConsumerMetrics.Counts(1, 2, 0, 0));
    }

    @Test
    void deadLettersARecordWhoseHandlerFailsEveryAttemptWithTheHandlersError() throws Exception {
        String group = groupAtEnd(DELIVERED);
        Map<TopicPartition, Long> dltFrom = endOffsets(DELIVERED + ".dlt");
        AtomicInteger attempts = new AtomicInteger();
        List<ParcelDelivered> delivered = new CopyOnWriteArrayList<>();
        EventConsumer consumer = started(EventConsumer.builder(config(group))
                .retries(2)
                .backoff(Duration.ofMillis(10))
                .on(ParcelDelivered.class, (event, meta) -> {
                    if (event.signedBy().equals("nobody")) {
                        attempts.incrementAndGet();
                        throw new IllegalStateException("ledger closed for " + event.parcelId());
                    }
                    delivered.add(event);
                }));
        ParcelDelivered doomed = new ParcelDelivered("parcel-doomed", AT, "nobody", 1);
        ParcelDelivered next = new ParcelDelivered("parcel-doomed", AT, "Eve", 2);

        RecordMetadata sent = publisher.publish(doomed).get();
        publisher.publish(next).get();

        await(() -> delivered.size() == 1, "the next event of the key handled");
        ConsumerRecord<byte[], byte[]> letter = readRaw(dltFrom, 1).get(0);
        ConsumerRecord<byte[], byte[]> original =
                readAt(new TopicPartition(DELIVERED, sent.partition()), sent.offset());
        assertThat(attempts).hasValue(3);
        assertThat(delivered).containsExactly(next);
        assertThat(letter.value()).isEqualTo(original.value());
        assertThat(letter.key()).isEqualTo(original.key());
        assertThat(header(letter, "ce_type")).isEqualTo(PARCELS.eventType());
        assertThat(header(letter, "ce_id")).isEqualTo(header(original, "ce_id"));
        assertThat(header(letter, "dlt.original.topic")).isEqualTo(DELIVERED);
        assertThat(header(letter, "dlt.original.partition")).isEqualTo(Integer.toString(sent.partition()));
        assertThat(header(letter, "dlt.original.offset")).isEqualTo(Long.toString(sent.offset()));
        assertThat(header(letter, "dlt.original.timestamp")).isEqualTo(Long.toString(sent.timestamp()));
        assertThat(header(letter, "dlt.error.origin")).isEqualTo("HANDLER");
        assertThat(header(letter, "dlt.error"))
                .contains("failed 3 time(s)")
                .contains("java.lang.IllegalStateException: ledger closed for parcel-doomed");
        assertThat(consumer.metrics().of(PARCELS.eventType())).isEqualTo(new EventConsumerMetrics.Counts(1, 2, 1, 0));
    }

    @Test
    void deadLettersAPoisonPillAndGoesOn() throws Exception {
        String group = groupAtEnd(DELIVERED);
        Map<TopicPartition, Long> dltFrom = endOffsets(DELIVERED + ".dlt");
        List<ParcelDelivered> delivered = new CopyOnWriteArrayList<>();
        EventConsumer consumer = started(
                EventConsumer.builder(config(group)).on(ParcelDelivered.class, (event, meta) -> delivered.add(event)));
        ParcelDelivered after = new ParcelDelivered("parcel-pill", AT, "Fay", 2);
        byte[] pill = utf8("{\"parcelId\": \"parcel-pill\", \"sequence\": \"one\"");

        sendRaw(DELIVERED, "parcel-pill", pill, PARCELS.eventType());
        publisher.publish(after).get();

        await(() -> delivered.size() == 1, "the event after the pill handled");
        ConsumerRecord<byte[], byte[]> letter = readRaw(dltFrom, 1).get(0);
        assertThat(delivered).containsExactly(after);
        assertThat(letter.value()).isEqualTo(pill);
        assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("parcel-pill");
        assertThat(header(letter, "dlt.error.origin")).isEqualTo("VALUE");
        assertThat(header(letter, "dlt.error")).contains("cannot deserialize").contains(DELIVERED);
        assertThat(consumer.metrics().of(PARCELS.eventType())).isEqualTo(new EventConsumerMetrics.Counts(1, 0, 1, 0));
    }

    // ---- other types -------------------------------------------------------------------------------------------

    @Test
    void skipsAndCountsAnUnknownTypeAndAKnownTypeWithoutHandler() throws Exception {
        String group = groupAtEnd(LIVES);
        Map<TopicPartition, Long> dltFrom = endOffsets(LIVES + ".dlt");
        List<ParcelEvent> seen = new CopyOnWriteArrayList<>();
        EventConsumer consumer = started(EventConsumer.builder(config(group))
                .on(ParcelRegistered.class, (event, meta) -> seen.add(event))
                .on(ParcelMoved.class, (event, meta) -> seen.add(event)));
        ParcelMoved last = new ParcelMoved("p-9", AT, 3, "Hull");

        sendRaw(LIVES, "p-9", utf8("{\"parcelId\":\"p-9\",\"sequence\":1,\"where\":\"ditch\"}"), "parcels.ParcelLost");
        publisher.publish(new ParcelReturned("p-9", AT, 2, List.of("damaged"))).get();
        publisher.publish(last).get();

        await(() -> seen.size() == 1, "the last event handled");
        EventConsumerMetrics metrics = consumer.metrics();
        assertThat(seen).containsExactly(last);
        assertThat(metrics.of("parcels.ParcelLost")).isEqualTo(new EventConsumerMetrics.Counts(0, 0, 0, 1));
        assertThat(metrics.of("parcels.ParcelReturned")).isEqualTo(new EventConsumerMetrics.Counts(0, 0, 0, 1));
        assertThat(endOffsets(LIVES + ".dlt")).isEqualTo(dltFrom);
    }

    @Test
    void deadLettersUnknownTypesWhenToldTo() throws Exception {
        String group = groupAtEnd(LIVES);
        Map<TopicPartition, Long> dltFrom = endOffsets(LIVES + ".dlt");
        List<ParcelEvent> seen = new CopyOnWriteArrayList<>();
        EventConsumer consumer = started(EventConsumer.builder(config(group))
                .onUnknownTypes(EventConsumer.TypePolicy.DEAD_LETTER)
                .on(ParcelEvent.class, (event, meta) -> seen.add(event)));
        ParcelMoved last = new ParcelMoved("p-10", AT, 2, "Ely");

        sendRaw(LIVES, "p-10", utf8("{\"parcelId\":\"p-10\"}"), "parcels.ParcelLost");
        publisher.publish(last).get();

        await(() -> seen.size() == 1, "the last event handled");
        ConsumerRecord<byte[], byte[]> letter = readRaw(dltFrom, 1).get(0);
        assertThat(seen).containsExactly(last);
        assertThat(header(letter, "dlt.error")).contains("unknown type 'parcels.ParcelLost'");
        assertThat(consumer.metrics().of("parcels.ParcelLost")).isEqualTo(new EventConsumerMetrics.Counts(0, 0, 1, 0));
    }

    @Test
    void readsARecordWithoutTypeHeaderAsTheOnlyTypeOfItsTopicAndSkipsATombstone() throws Exception {
        String group = groupAtEnd(DELIVERED);
        List<ParcelDelivered> delivered = new CopyOnWriteArrayList<>();
        EventConsumer consumer = started(
                EventConsumer.builder(config(group)).on(ParcelDelivered.class, (event, meta) -> delivered.add(event)));
        ParcelDelivered plain = new ParcelDelivered("parcel-plain", AT, "Nia", 1);
        ParcelDelivered last = new ParcelDelivered("parcel-plain", AT, "Nia", 2);

        sendRaw(DELIVERED, "parcel-plain", PARCELS.valueSerde().serializer().serialize(DELIVERED, plain), null);
        sendRaw(DELIVERED, "parcel-plain", null, null);
        publisher.publish(last).get();

        await(() -> delivered.size() == 2, "both events handled");
        assertThat(delivered).containsExactly(plain, last);
        assertThat(consumer.metrics().of(PARCELS.eventType())).isEqualTo(new EventConsumerMetrics.Counts(2, 0, 0, 1));
    }

    @Test
    void deadLettersARecordWithoutTypeHeaderOnAFamilyTopic() throws Exception {
        String group = groupAtEnd(LIVES);
        Map<TopicPartition, Long> dltFrom = endOffsets(LIVES + ".dlt");
        List<ParcelEvent> seen = new CopyOnWriteArrayList<>();
        EventConsumer consumer =
                started(EventConsumer.builder(config(group)).on(ParcelEvent.class, (event, meta) -> seen.add(event)));
        ParcelMoved last = new ParcelMoved("p-12", AT, 2, "Ayr");

        sendRaw(LIVES, "p-12", utf8("{\"parcelId\":\"p-12\",\"sequence\":1}"), null);
        publisher.publish(last).get();

        await(() -> seen.size() == 1, "the event after the record without type");
        ConsumerRecord<byte[], byte[]> letter = readRaw(dltFrom, 1).get(0);
        assertThat(seen).containsExactly(last);
        assertThat(header(letter, "dlt.error.origin")).isEqualTo("VALUE");
        assertThat(header(letter, "dlt.error")).contains("no ce_type header");
        assertThat(consumer.metrics().of("")).isEqualTo(new EventConsumerMetrics.Counts(0, 0, 1, 0));
    }

    // ---- stopping and sharing ----------------------------------------------------------------------------------

    @Test
    void aConsumerClosedMidStreamAndRestartedLosesNothingAndRepeatsNothingItCommitted() throws Exception {
        String group = groupAtEnd(DELIVERED);
        int count = 200;
        Set<String> firstRun = ConcurrentHashMap.newKeySet();
        List<String> secondRun = new CopyOnWriteArrayList<>();
        List<CompletableFuture<RecordMetadata>> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sent.add(publisher.publish(new ParcelDelivered("restart-" + (i % 8), AT, "G", i)));
        }
        for (CompletableFuture<RecordMetadata> future : sent) {
            future.get(30, TimeUnit.SECONDS);
        }
        EventConsumer first = started(EventConsumer.builder(config(group)).on(ParcelDelivered.class, (event, meta) -> {
            firstRun.add(meta.partition() + "@" + meta.offset());
            Thread.sleep(2); // slow enough to be stopped mid-stream
        }));

        await(() -> firstRun.size() >= 40, "forty events handled by the first consumer");
        first.close();
        int handledBeforeClose = firstRun.size();
        EventConsumer second = started(EventConsumer.builder(config(group))
                .on(ParcelDelivered.class, (event, meta) -> secondRun.add(meta.partition() + "@" + meta.offset())));
        await(() -> firstRun.size() + new HashSet<>(secondRun).size() >= count, "every event handled");

        Set<String> all = new HashSet<>(firstRun);
        all.addAll(secondRun);
        assertThat(handledBeforeClose).isLessThan(count);
        assertThat(firstRun).hasSize(handledBeforeClose); // nothing handled after close returned
        assertThat(all).hasSize(count);
        // close() committed every record the first consumer handled: the second sees none of them again.
        assertThat(secondRun).doesNotHaveDuplicates().doesNotContainAnyElementsOf(firstRun);
        assertThat(first.metrics().total().handled()).isEqualTo(handledBeforeClose);
        second.close();
        assertThat(committed(group, DELIVERED)).isEqualTo(endOffsets(DELIVERED));
    }

    @Test
    void twoConsumersInOneGroupShareThePartitionsAndKeepTheOrderOfEachKey() throws Exception {
        String group = groupAtEnd(DELIVERED);
        List<String[]> handled = Collections.synchronizedList(new ArrayList<>()); // consumer, key, sequence
        for (String name : List.of("one", "two")) {
            started(EventConsumer.builder(config(group))
                    .on(
                            ParcelDelivered.class,
                            (event, meta) -> handled.add(
                                    new String[] {name, event.parcelId(), Integer.toString(event.sequence())})));
        }
        awaitStableGroup(group, 2);
        int keys = 16;
        int perKey = 10;
        List<CompletableFuture<RecordMetadata>> sent = new ArrayList<>();
        for (int sequence = 0; sequence < perKey; sequence++) {
            for (int key = 0; key < keys; key++) {
                sent.add(publisher.publish(new ParcelDelivered("shared-" + key, AT, "H", sequence)));
            }
        }
        for (CompletableFuture<RecordMetadata> future : sent) {
            future.get(30, TimeUnit.SECONDS);
        }

        await(() -> handled.size() >= keys * perKey, "every event handled");
        Map<String, List<Integer>> sequences = new LinkedHashMap<>();
        Map<String, Set<String>> consumersOfKey = new HashMap<>();
        Set<String> consumersUsed = new HashSet<>();
        synchronized (handled) {
            for (String[] h : handled) {
                sequences.computeIfAbsent(h[1], k -> new ArrayList<>()).add(Integer.parseInt(h[2]));
                consumersOfKey.computeIfAbsent(h[1], k -> new HashSet<>()).add(h[0]);
                consumersUsed.add(h[0]);
            }
        }
        List<Integer> inOrder = new ArrayList<>();
        for (int sequence = 0; sequence < perKey; sequence++) {
            inOrder.add(sequence);
        }
        assertThat(handled).hasSize(keys * perKey);
        assertThat(consumersUsed).containsExactlyInAnyOrder("one", "two");
        assertThat(sequences).hasSize(keys);
        sequences.forEach((key, seen) -> assertThat(seen).as(key).isEqualTo(inOrder));
        consumersOfKey.forEach((key, names) -> assertThat(names).as(key).hasSize(1));
    }

    @Test
    void aConsumerJoiningMidStreamTakesPartitionsOverWithoutLossDuplicatesOrDisorder() throws Exception {
        String group = groupAtEnd(DELIVERED);
        int keys = 16;
        int perKey = 25;
        List<String[]> handled = Collections.synchronizedList(new ArrayList<>()); // consumer, key, sequence
        List<CompletableFuture<RecordMetadata>> sent = new ArrayList<>();
        for (int sequence = 0; sequence < perKey; sequence++) {
            for (int key = 0; key < keys; key++) {
                sent.add(publisher.publish(new ParcelDelivered("joined-" + key, AT, "M", sequence)));
            }
        }
        for (CompletableFuture<RecordMetadata> future : sent) {
            future.get(30, TimeUnit.SECONDS);
        }
        Map<String, Object> config = config(group);
        // Polls and heartbeats often, so that the first consumer hears of the joiner and rebalances mid-stream.
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10);
        config.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 100);
        for (String name : List.of("first", "joiner")) {
            started(EventConsumer.builder(config).on(ParcelDelivered.class, (event, meta) -> {
                handled.add(new String[] {name, event.parcelId(), Integer.toString(event.sequence())});
                Thread.sleep(5); // slow enough for the joiner to arrive mid-stream
            }));
            await(() -> handled.size() >= 20, "the first consumer under way");
        }

        await(() -> handled.size() >= keys * perKey, "every event handled");
        Map<String, List<Integer>> sequences = new HashMap<>();
        Set<String> consumersUsed = new HashSet<>();
        synchronized (handled) {
            for (String[] h : handled) {
                sequences.computeIfAbsent(h[1], k -> new ArrayList<>()).add(Integer.parseInt(h[2]));
                consumersUsed.add(h[0]);
            }
        }
        List<Integer> inOrder = new ArrayList<>();
        for (int sequence = 0; sequence < perKey; sequence++) {
            inOrder.add(sequence);
        }
        assertThat(handled).hasSize(keys * perKey);
        assertThat(consumersUsed).containsExactlyInAnyOrder("first", "joiner");
        sequences.forEach((key, seen) -> assertThat(seen).as(key).isEqualTo(inOrder));
    }

    @Test
    void closeFromAHandlerStopsAfterThatRecordAndCommitsIt() throws Exception {
        String group = groupAtEnd(METERS.topic());
        List<MeterRead> seen = new CopyOnWriteArrayList<>();
        EventConsumer[] self = new EventConsumer[1];
        self[0] = started(EventConsumer.builder(config(group)).on(MeterRead.class, (event, meta) -> {
            seen.add(event);
            if (seen.size() == 3) {
                self[0].close(); // does not wait for itself
            }
        }));
        List<RecordMetadata> sent = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sent.add(publisher.publish(new MeterRead(7L, BigDecimal.valueOf(i))).get());
        }

        runs.get(self[0]).get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        TopicPartition partition =
                new TopicPartition(METERS.topic(), sent.get(0).partition());
        assertThat(seen).hasSize(3);
        assertThat(committed(group, METERS.topic()).get(partition))
                .isEqualTo(sent.get(2).offset() + 1);
    }

    @Test
    void closeDuringABackoffLeavesTheRecordUncommittedSoItIsDeliveredAgain() throws Exception {
        String group = groupAtEnd(DELIVERED);
        AtomicInteger attempts = new AtomicInteger();
        EventConsumer failing = started(EventConsumer.builder(config(group))
                .backoff(Duration.ofSeconds(20))
                .maxBackoff(Duration.ofSeconds(20))
                .on(ParcelDelivered.class, (event, meta) -> {
                    attempts.incrementAndGet();
                    throw new IllegalStateException("ledger down");
                }));
        ParcelDelivered parcel = new ParcelDelivered("parcel-backoff", AT, "Ida", 1);
        RecordMetadata sent = publisher.publish(parcel).get();
        TopicPartition partition = new TopicPartition(DELIVERED, sent.partition());

        await(() -> attempts.get() == 1, "the first attempt");
        long closing = System.nanoTime();
        failing.close();
        Duration closeTook = Duration.ofNanos(System.nanoTime() - closing);

        assertThat(closeTook).isLessThan(Duration.ofSeconds(5)); // not the 20 s backoff
        assertThat(committed(group, DELIVERED).get(partition)).isEqualTo(sent.offset());
        assertThat(failing.metrics().of(PARCELS.eventType())).isEqualTo(new EventConsumerMetrics.Counts(0, 1, 0, 0));
        List<ParcelDelivered> delivered = new CopyOnWriteArrayList<>();
        started(EventConsumer.builder(config(group)).on(ParcelDelivered.class, (event, meta) -> delivered.add(event)));
        await(() -> delivered.size() == 1, "the record delivered again");
        assertThat(delivered).containsExactly(parcel);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void aFailPolicyStopsTheConsumerOnTheRecordAfterCommittingWhatCameBefore() throws Exception {
        String group = groupAtEnd(LIVES);
        List<ParcelEvent> seen = new CopyOnWriteArrayList<>();
        EventConsumer consumer = started(EventConsumer.builder(config(group))
                .onUnhandledTypes(EventConsumer.TypePolicy.FAIL)
                .on(ParcelRegistered.class, (event, meta) -> seen.add(event)));
        ParcelRegistered registered = new ParcelRegistered("p-11", AT, 1, "Jo");

        publisher.publish(registered).get();
        RecordMetadata unhandled =
                publisher.publish(new ParcelMoved("p-11", AT, 2, "Bath")).get();

        Throwable failure = awaitFailure(consumer);
        assertThat(failure)
                .isInstanceOf(KafkaException.class)
                .hasMessageContaining("no handler for 'dev.eventrecords.examples.family.ParcelMoved'")
                .hasMessageContaining("policy FAIL");
        assertThat(seen).containsExactly(registered);
        assertThat(committed(group, LIVES).get(new TopicPartition(LIVES, unhandled.partition())))
                .isEqualTo(unhandled.offset());
    }

    @Test
    void stopsWithoutLosingARecordWhoseDeadLetterCannotBeWritten() throws Exception {
        String group = groupAtEnd(DELIVERED);
        EventConsumer consumer = started(EventConsumer.builder(config(group))
                .deadLetterTopic(topic -> "consumer.test.no-such-topic")
                .deadLetterProducer(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(),
                        ProducerConfig.MAX_BLOCK_MS_CONFIG,
                        "500"))
                .on(ParcelDelivered.class, (event, meta) -> {}));

        RecordMetadata pill = sendRaw(DELIVERED, "parcel-lost", utf8("not json"), PARCELS.eventType());

        Throwable failure = awaitFailure(consumer);
        assertThat(failure)
                .isInstanceOf(KafkaException.class)
                .hasMessageContaining("cannot dead-letter " + DELIVERED + "-" + pill.partition() + "@" + pill.offset())
                .hasMessageContaining("consumer.test.no-such-topic");
        assertThat(committed(group, DELIVERED).get(new TopicPartition(DELIVERED, pill.partition())))
                .isEqualTo(pill.offset());
    }

    @Test
    void skipsARecordWhoseDeadLetterCannotBeWrittenWhenToldTo() throws Exception {
        String group = groupAtEnd(DELIVERED);
        List<ParcelDelivered> delivered = new CopyOnWriteArrayList<>();
        EventConsumer consumer = started(EventConsumer.builder(config(group))
                .deadLetterTopic(topic -> "consumer.test.no-such-topic")
                .deadLetterProducer(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(),
                        ProducerConfig.MAX_BLOCK_MS_CONFIG,
                        "500"))
                .whenUnwritable(DeadLetterConsumer.Unwritable.SKIP)
                .on(ParcelDelivered.class, (event, meta) -> delivered.add(event)));
        ParcelDelivered after = new ParcelDelivered("parcel-skip", AT, "Kim", 2);

        sendRaw(DELIVERED, "parcel-skip", utf8("not json"), PARCELS.eventType());
        publisher.publish(after).get();

        await(() -> delivered.size() == 1, "the event after the unwritable pill");
        assertThat(delivered).containsExactly(after);
        assertThat(consumer.metrics().of(PARCELS.eventType())).isEqualTo(new EventConsumerMetrics.Counts(1, 0, 0, 1));
    }

    @Test
    void aReadCommittedConsumerNeverSeesTheEventsOfAnAbortedTransaction() throws Exception {
        String group = groupAtEnd(DELIVERED);
        List<ParcelDelivered> delivered = new CopyOnWriteArrayList<>();
        Map<String, Object> config = config(group);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        started(EventConsumer.builder(config).on(ParcelDelivered.class, (event, meta) -> delivered.add(event)));
        ParcelDelivered committed = new ParcelDelivered("parcel-tx", AT, "Lou", 2);

        try (EventPublisher transactional = EventPublisher.create(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                "consumer-test-tx"))) {
            assertThatThrownBy(() -> transactional.inTransaction(tx -> {
                        tx.publish(new ParcelDelivered("parcel-tx", AT, "aborted", 1))
                                .join();
                        throw new IllegalStateException("changed my mind");
                    }))
                    .hasMessage("changed my mind");
            transactional.inTransaction(tx -> tx.publish(committed));
        }

        await(() -> delivered.size() == 1, "the committed event");
        Thread.sleep(200); // time enough for an aborted event to show up, were it delivered
        assertThat(delivered).containsExactly(committed);
    }

    @Test
    void closeBeforeRunClosesTheClientsAndRunRefusesToStart() {
        EventConsumer consumer = EventConsumer.builder(config("consumer-test-never-run"))
                .on(ParcelDelivered.class, (event, meta) -> {})
                .build();

        consumer.close();

        assertThatThrownBy(consumer::run)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        consumer.close(); // again: nothing happens
    }

    @Test
    void refusesAClassThatIsNoEventAndAConfigWithoutGroup() {
        EventConsumer.Builder builder = EventConsumer.builder(config("consumer-test-refusals"));
        assertThatThrownBy(() -> builder.on(String.class, (event, meta) -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'java.lang.String' is not an event of the catalogue");
        builder.on(ParcelDelivered.class, (event, meta) -> {});
        assertThatThrownBy(() -> builder.on(ParcelDelivered.class, (event, meta) -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has a handler already");
        assertThatThrownBy(() -> EventConsumer.builder(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "x:1"))
                        .on(ParcelDelivered.class, (event, meta) -> {})
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("group.id is missing");
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private Throwable awaitFailure(EventConsumer consumer) throws Exception {
        try {
            runs.get(consumer).get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("run() returned normally");
    }

    private EventConsumer started(EventConsumer.Builder builder) {
        EventConsumer consumer = builder.build();
        consumers.add(consumer);
        runs.put(consumer, threads.submit(consumer::run));
        return consumer;
    }

    private static Map<String, Object> config(String group) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return config;
    }

    /** A new group whose committed offsets are the topics' end offsets: it reads only what is published next. */
    private static String groupAtEnd(String... topics) throws Exception {
        String group = "consumer-test-" + GROUPS.incrementAndGet();
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (String topic : topics) {
            endOffsets(topic).forEach((partition, end) -> offsets.put(partition, new OffsetAndMetadata(end)));
        }
        try (Admin admin = admin()) {
            admin.alterConsumerGroupOffsets(group, offsets).all().get();
        }
        return group;
    }

    private static Map<TopicPartition, Long> committed(String group, String topic) throws Exception {
        try (Admin admin = admin()) {
            Map<TopicPartition, Long> committed = new HashMap<>();
            admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get()
                    .forEach((partition, offset) -> {
                        if (partition.topic().equals(topic)) {
                            committed.put(partition, offset.offset());
                        }
                    });
            return committed;
        }
    }

    private static void awaitStableGroup(String group, int members) throws Exception {
        try (Admin admin = admin()) {
            await(
                    () -> {
                        try {
                            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group))
                                    .describedGroups()
                                    .get(group)
                                    .get();
                            return description.groupState() == GroupState.STABLE
                                    && description.members().size() == members
                                    && description.members().stream()
                                            .allMatch(m -> !m.assignment()
                                                    .topicPartitions()
                                                    .isEmpty());
                        } catch (Exception e) {
                            return false;
                        }
                    },
                    "a stable group of " + members + " members, each with partitions");
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + DEADLINE + " waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private static RecordMetadata sendRaw(String topic, String key, byte[] value, String type) throws Exception {
        RecordHeaders headers = new RecordHeaders();
        if (type != null) { // else a record as a plain producer writes it
            headers.add("ce_specversion", utf8("1.0"));
            headers.add("ce_id", utf8("raw-" + System.nanoTime()));
            headers.add("ce_source", utf8("/topics/" + topic));
            headers.add("ce_type", utf8(type));
            headers.add("content-type", utf8("application/json"));
        }
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new ByteArraySerializer(),
                new ByteArraySerializer())) {
            return producer.send(new ProducerRecord<>(topic, null, null, utf8(key), value, headers))
                    .get();
        }
    }

    /** Reads {@code count} records from the given offsets, raw. */
    private static List<ConsumerRecord<byte[], byte[]>> readRaw(Map<TopicPartition, Long> from, int count)
            throws InterruptedException {
        return readRaw(from, records -> records.size() >= count);
    }

    private static List<ConsumerRecord<byte[], byte[]>> readRaw(
            Map<TopicPartition, Long> from, Predicate<List<ConsumerRecord<byte[], byte[]>>> enough)
            throws InterruptedException {
        List<ConsumerRecord<byte[], byte[]>> read = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = rawConsumer()) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            while (!enough.test(read)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("timed out after " + DEADLINE + " with " + read.size() + " records");
                }
                consumer.poll(Duration.ofMillis(100)).forEach(read::add);
            }
        }
        return read;
    }

    private static ConsumerRecord<byte[], byte[]> readAt(TopicPartition partition, long offset)
            throws InterruptedException {
        return readRaw(Map.of(partition, offset), 1).get(0);
    }

    private static Map<TopicPartition, Long> endOffsets(String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = rawConsumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            return new HashMap<>(consumer.endOffsets(partitions));
        }
    }

    private static KafkaConsumer<byte[], byte[]> rawConsumer() {
        return new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(),
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        "false"),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }

    /** The one header of that key, as UTF-8. */
    private static String header(ConsumerRecord<?, ?> record, String key) {
        List<Header> found = new ArrayList<>();
        record.headers().headers(key).forEach(found::add);
        assertThat(found).as("headers '%s'", key).hasSize(1);
        return new String(found.get(0).value(), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
