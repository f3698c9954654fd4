package dev.eventrecords.examples.publisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.eventrecords.TopicBinding;
import dev.eventrecords.embedded.EmbeddedKafka;
import dev.eventrecords.examples.broker.AlarmRaised;
import dev.eventrecords.examples.broker.AlarmRaisedTopic;
import dev.eventrecords.examples.broker.ContainerLoaded;
import dev.eventrecords.examples.broker.ContainerLoaded.ContainerId;
import dev.eventrecords.examples.broker.ContainerLoadedTopic;
import dev.eventrecords.examples.broker.MeterRead;
import dev.eventrecords.examples.broker.MeterReadTopic;
import dev.eventrecords.examples.broker.ParcelDelivered;
import dev.eventrecords.examples.broker.ParcelDeliveredTopic;
import dev.eventrecords.examples.broker.PulseMeasured;
import dev.eventrecords.examples.broker.PulseMeasuredTopic;
import dev.eventrecords.examples.family.ParcelEvent;
import dev.eventrecords.examples.family.ParcelEventTopic;
import dev.eventrecords.examples.family.ParcelMoved;
import dev.eventrecords.examples.family.ParcelRegistered;
import dev.eventrecords.examples.family.ParcelReturned;
import dev.eventrecords.examples.payload.Mood;
import dev.eventrecords.examples.payload.MoodLogged;
import dev.eventrecords.examples.payload.MoodLoggedTopic;
import dev.eventrecords.kafka.EventPublisher;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One {@link EventPublisher} for events of several types and a family, on a real KRaft broker, read back with the
 * generated bindings' consumers: the records are those {@code binding.record(event)} describes. One broker for the
 * class; each test reads only what it published, from the end offsets taken before.
 */
class EventPublisherTest {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final Instant EVENT_TIME = Instant.parse("2024-05-01T10:15:30.123456789Z");

    private static final ParcelDeliveredTopic PARCELS = new ParcelDeliveredTopic();
    private static final MeterReadTopic METERS = new MeterReadTopic();
    private static final ContainerLoadedTopic CONTAINERS = new ContainerLoadedTopic();
    private static final AlarmRaisedTopic ALARMS = new AlarmRaisedTopic();
    private static final PulseMeasuredTopic PULSES = new PulseMeasuredTopic();
    private static final MoodLoggedTopic MOODS = new MoodLoggedTopic();
    private static final ParcelEventTopic PARCEL_LIVES = new ParcelEventTopic();

    private static EmbeddedKafka broker;
    private static EventPublisher publisher;

    @BeforeAll
    static void startBrokerAndPublisher() throws Exception {
        broker = EmbeddedKafka.start();
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(List.of(
                            PARCELS.newTopic(4, (short) 1),
                            METERS.newTopic(2, (short) 1),
                            CONTAINERS.newTopic(2, (short) 1),
                            ALARMS.newTopic(1, (short) 1),
                            PULSES.newTopic(),
                            MOODS.newTopic(1, (short) 1),
                            PARCEL_LIVES.newTopic()))
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

    // ---- what is sent ------------------------------------------------------------------------------------------

    @Test
    void eventsOfSeveralTypesGoThroughOnePublisherWithTheirBindingsKeysAndValues() throws Exception {
        ParcelDelivered parcel = new ParcelDelivered("parcel-1", EVENT_TIME, "Ann", 1);
        MeterRead meter = new MeterRead(42L, new BigDecimal("17.250"));
        ContainerLoaded container = new ContainerLoaded(new ContainerId("MSCU", 1234567), "Ever Given");
        Map<TopicPartition, Long> parcelsFrom = endOffsets(PARCELS.topic());
        Map<TopicPartition, Long> metersFrom = endOffsets(METERS.topic());
        Map<TopicPartition, Long> containersFrom = endOffsets(CONTAINERS.topic());

        RecordMetadata parcelSent = publisher.publish(parcel).get();
        RecordMetadata meterSent = publisher.publish(meter).get();
        RecordMetadata containerSent = publisher.publish(container).get();

        assertThat(List.of(parcelSent.topic(), meterSent.topic(), containerSent.topic()))
                .containsExactly("broker.parcels", "broker.meters", "broker.containers");
        ConsumerRecord<String, ParcelDelivered> parcelRead =
                read(PARCELS, parcelsFrom, 1).get(0);
        ConsumerRecord<Long, MeterRead> meterRead = read(METERS, metersFrom, 1).get(0);
        ConsumerRecord<ContainerId, ContainerLoaded> containerRead =
                read(CONTAINERS, containersFrom, 1).get(0);
        assertThat(parcelRead.key()).isEqualTo("parcel-1");
        assertThat(parcelRead.value()).isEqualTo(parcel);
        assertThat(parcelRead.offset()).isEqualTo(parcelSent.offset());
        assertThat(meterRead.key()).isEqualTo(42L);
        assertThat(meterRead.value()).isEqualTo(meter);
        assertThat(containerRead.key()).isEqualTo(new ContainerId("MSCU", 1234567));
        assertThat(containerRead.value()).isEqualTo(container);
    }

    @Test
    void eachRecordCarriesTheSixCloudEventsHeadersOfItsType() throws Exception {
        ParcelDelivered parcel = new ParcelDelivered("parcel-headers", EVENT_TIME, "Bo", 1);
        Map<TopicPartition, Long> from = endOffsets(PARCELS.topic());

        publisher.publish(parcel).get();

        ConsumerRecord<String, ParcelDelivered> record = read(PARCELS, from, 1).get(0);
        assertThat(headerKeys(record))
                .containsExactly("ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time", "content-type");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_source")).isEqualTo("/topics/broker.parcels");
        assertThat(header(record, "ce_type")).isEqualTo(ParcelDelivered.class.getCanonicalName());
        assertThat(header(record, "ce_time")).isEqualTo("2024-05-01T10:15:30.123456789Z");
        assertThat(header(record, "content-type")).isEqualTo("application/json");
    }

    @Test
    void familyMembersGoToTheFamilyTopicAndTheFamilysConsumerReadsThem() throws Exception {
        List<ParcelEvent> life = List.of(
                new ParcelRegistered("parcel-life", EVENT_TIME, 0, "Cy"),
                new ParcelMoved("parcel-life", EVENT_TIME.plusSeconds(60), 1, "Leipzig"),
                new ParcelReturned("parcel-life", EVENT_TIME.plusSeconds(120), 2, List.of("refused", "damaged")));
        Map<TopicPartition, Long> from = endOffsets(PARCEL_LIVES.topic());

        List<RecordMetadata> sent = new ArrayList<>();
        for (ParcelEvent event : life) {
            sent.add(publisher.publish(event).get());
        }

        assertThat(sent).extracting(RecordMetadata::topic).containsOnly("family.parcels");
        assertThat(sent)
                .extracting(RecordMetadata::partition)
                .containsOnly(sent.get(0).partition());
        List<ConsumerRecord<String, ParcelEvent>> records = read(PARCEL_LIVES, from, 3);
        assertThat(records).extracting(ConsumerRecord::value).containsExactlyElementsOf(life);
        assertThat(records).extracting(ConsumerRecord::key).containsOnly("parcel-life");
        assertThat(records)
                .extracting(r -> header(r, "ce_type"))
                .containsExactly(
                        ParcelRegistered.class.getCanonicalName(),
                        ParcelMoved.class.getCanonicalName(),
                        "parcels.ParcelReturned");
        assertThat(records).extracting(r -> header(r, "ce_source")).containsOnly("/topics/family.parcels");
    }

    @Test
    void theValueIsTheBytesTheBindingsSerdeWrites() throws Exception {
        ParcelDelivered parcel = new ParcelDelivered("parcel-bytes", EVENT_TIME, "Zo\u00eb \"Z\" \uD83D\uDCE6", 3);
        ParcelEvent returned = new ParcelReturned("parcel-bytes", EVENT_TIME, 2, List.of("refused"));
        Map<TopicPartition, Long> parcelsFrom = endOffsets(PARCELS.topic());
        Map<TopicPartition, Long> livesFrom = endOffsets(PARCEL_LIVES.topic());

        publisher.publish(parcel).get();
        publisher.publish(returned).get();

        assertThat(readRaw(parcelsFrom).value())
                .isEqualTo(PARCELS.valueSerde().serializer().serialize(PARCELS.topic(), parcel));
        assertThat(readRaw(livesFrom).value())
                .isEqualTo(PARCEL_LIVES.valueSerde().serializer().serialize(PARCEL_LIVES.topic(), returned));
    }

    @Test
    void theRecordTimestampIsTheProducersUnlessTheEventOptsIn() throws Exception {
        ZonedDateTime raisedAt = ZonedDateTime.of(2024, 5, 1, 23, 30, 0, 5_000_000, ZoneOffset.UTC);
        AlarmRaised alarm = new AlarmRaised("smoke", raisedAt);
        ParcelDelivered parcel = new ParcelDelivered("parcel-ts", EVENT_TIME, "Di", 1);
        Map<TopicPartition, Long> alarmsFrom = endOffsets(ALARMS.topic());
        Map<TopicPartition, Long> parcelsFrom = endOffsets(PARCELS.topic());
        long before = System.currentTimeMillis();

        publisher.publish(alarm).get();
        publisher.publish(parcel).get();
        long after = System.currentTimeMillis();

        ConsumerRecord<Void, AlarmRaised> alarmRead =
                read(ALARMS, alarmsFrom, 1).get(0);
        ConsumerRecord<String, ParcelDelivered> parcelRead =
                read(PARCELS, parcelsFrom, 1).get(0);
        assertThat(alarmRead.key()).isNull();
        assertThat(alarmRead.value()).isEqualTo(alarm);
        assertThat(alarmRead.timestamp()).isEqualTo(raisedAt.toInstant().toEpochMilli());
        assertThat(parcelRead.timestamp()).isBetween(before, after);
        assertThat(Instant.parse(header(parcelRead, "ce_time"))).isEqualTo(EVENT_TIME);
    }

    @Test
    void extraHeadersFollowTheCloudEventsHeaders() throws Exception {
        ParcelDelivered parcel = new ParcelDelivered("parcel-extra", EVENT_TIME, "Ed", 1);
        RecordHeaders extra = new RecordHeaders();
        extra.add("traceparent", utf8("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"));
        extra.add("tenant", utf8("north"));
        Map<TopicPartition, Long> from = endOffsets(PARCELS.topic());

        publisher.publish(parcel, extra).get();

        ConsumerRecord<String, ParcelDelivered> record = read(PARCELS, from, 1).get(0);
        assertThat(record.value()).isEqualTo(parcel);
        assertThat(headerKeys(record))
                .containsExactly(
                        "ce_specversion",
                        "ce_id",
                        "ce_source",
                        "ce_type",
                        "ce_time",
                        "content-type",
                        "traceparent",
                        "tenant");
        assertThat(header(record, "tenant")).isEqualTo("north");
        assertThat(headerKeys(extra)).containsExactly("traceparent", "tenant");
    }

    @Test
    void theUsersProducerPropertiesWinOverTheDefaults() throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "0");
        RecordMetadata sent;

        try (EventPublisher unacknowledged = EventPublisher.create(config)) {
            sent = unacknowledged
                    .publish(new PulseMeasured("tracker-acks", Instant.now(), 61))
                    .get();
        }

        assertThat(sent.hasOffset())
                .as("acks=0 (not the default acks=all): the broker answers with no offset")
                .isFalse();
    }

    // ---- what is refused at once -------------------------------------------------------------------------------

    /** A record the processor never saw: not annotated with {@code @Event}. */
    record ParcelWeighed(String parcelId, double kilograms) {}

    @Test
    void anObjectThatIsNotACataloguedEventIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> publisher.publish(new ParcelWeighed("p", 1.5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + ParcelWeighed.class.getName() + "' is not an event of the catalogue")
                .hasMessageContaining("Annotate the record with @dev.eventrecords.Event")
                .hasMessageContaining("processor ran");
        assertThatThrownBy(() -> publisher.publish("parcel-1 delivered"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'java.lang.String' is not an event of the catalogue");
    }

    @Test
    void nullIsRefused() {
        assertThatThrownBy(() -> publisher.publish(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot publish null");
    }

    @Test
    void anExtraCloudEventsHeaderIsRefusedAndNothingIsSent() throws Exception {
        ParcelDelivered parcel = new ParcelDelivered("parcel-forged", EVENT_TIME, "Fay", 1);
        Map<TopicPartition, Long> from = endOffsets(PARCELS.topic());

        for (String key : List.of("ce_type", "ce_id", "ce_subject", "content-type")) {
            RecordHeaders extra = new RecordHeaders();
            extra.add(key, utf8("forged"));
            assertThatThrownBy(() -> publisher.publish(parcel, extra))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("extra header '" + key + "'")
                    .hasMessageContaining("is a CloudEvents header");
        }

        publisher.flush();
        assertThat(endOffsets(PARCELS.topic())).isEqualTo(from);
    }

    @Test
    void anEventTimeThatRecordRefusesIsRefusedBeforeSending() {
        PulseMeasured tooOld = new PulseMeasured("tracker-late", Instant.now().minus(Duration.ofDays(8)), 58);

        assertThatThrownBy(() -> publisher.publish(tooOld))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("older than topic 'broker.pulses' keeps records");
    }

    @Test
    void aSerializationFailureThrowsAndNothingIsSent() throws Exception {
        Map<TopicPartition, Long> from = endOffsets(MOODS.topic());

        assertThatThrownBy(() -> publisher.publish(new MoodLogged("m-broken", Mood.BROKEN)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("'Mood' constant 'BROKEN' cannot be written");
        RecordMetadata calm =
                publisher.publish(new MoodLogged("m-calm", Mood.CALM)).get();

        assertThat(calm.offset()).isEqualTo(from.values().iterator().next());
        assertThat(read(MOODS, from, 1).get(0).value()).isEqualTo(new MoodLogged("m-calm", Mood.CALM));
    }

    // ---- many threads ------------------------------------------------------------------------------------------

    @Test
    void publishingFromSeveralThreadsAtOnceLosesNothingAndKeepsEachKeysOrder() throws Exception {
        int threads = 8;
        int perThread = 500;
        Map<TopicPartition, Long> from = endOffsets(PARCELS.topic());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<CompletableFuture<RecordMetadata>>>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String key = "parcel-thread-" + t;
            workers.add(pool.submit(() -> {
                List<CompletableFuture<RecordMetadata>> sent = new ArrayList<>();
                for (int sequence = 0; sequence < perThread; sequence++) {
                    sent.add(publisher.publish(new ParcelDelivered(key, EVENT_TIME, "Gus", sequence)));
                }
                return sent;
            }));
        }
        List<CompletableFuture<RecordMetadata>> all = new ArrayList<>();
        for (Future<List<CompletableFuture<RecordMetadata>>> worker : workers) {
            all.addAll(worker.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0])).get(60, TimeUnit.SECONDS);

        List<ConsumerRecord<String, ParcelDelivered>> records = read(PARCELS, from, threads * perThread);
        Map<String, List<Integer>> sequencesByKey = new HashMap<>();
        for (ConsumerRecord<String, ParcelDelivered> record : records) {
            assertThat(record.key()).isEqualTo(record.value().parcelId());
            sequencesByKey
                    .computeIfAbsent(record.key(), k -> new ArrayList<>())
                    .add(record.value().sequence());
        }
        assertThat(sequencesByKey).hasSize(threads);
        List<Integer> everySequence = new ArrayList<>();
        for (int sequence = 0; sequence < perThread; sequence++) {
            everySequence.add(sequence);
        }
        assertThat(sequencesByKey)
                .allSatisfy((key, sequences) -> assertThat(sequences).containsExactlyElementsOf(everySequence));
    }

    // ---- transactions ------------------------------------------------------------------------------------------

    @Test
    void aCommittedTransactionIsSeenWholeByAReadCommittedConsumer() throws Exception {
        Map<TopicPartition, Long> parcelsFrom = endOffsets(PARCELS.topic());
        Map<TopicPartition, Long> livesFrom = endOffsets(PARCEL_LIVES.topic());
        ParcelDelivered delivered = new ParcelDelivered("parcel-tx", EVENT_TIME, "Hal", 1);
        ParcelRegistered registered = new ParcelRegistered("parcel-tx", EVENT_TIME, 0, "Hal");
        ParcelMoved moved = new ParcelMoved("parcel-tx", EVENT_TIME, 1, "Hub");

        try (EventPublisher transactional = transactionalPublisher("committed")) {
            transactional.inTransaction(tx -> {
                tx.publish(registered);
                tx.publish(moved);
                tx.publish(delivered);
            });
        }

        assertThat(read(PARCEL_LIVES, livesFrom, 2, "read_committed"))
                .extracting(ConsumerRecord::value)
                .containsExactly(registered, moved);
        assertThat(read(PARCELS, parcelsFrom, 1, "read_committed"))
                .extracting(ConsumerRecord::value)
                .containsExactly(delivered);
    }

    @Test
    void anAbortedTransactionIsNeverSeenByAReadCommittedConsumer() throws Exception {
        Map<TopicPartition, Long> from = endOffsets(PARCELS.topic());
        IllegalStateException failure = new IllegalStateException("the warehouse said no");
        int marker = 99; // one key, so one partition and one order: the marker is read after the aborted records

        try (EventPublisher transactional = transactionalPublisher("aborted")) {
            assertThatThrownBy(() -> transactional.inTransaction(tx -> {
                        for (int sequence = 0; sequence < 3; sequence++) {
                            tx.publish(new ParcelDelivered("parcel-abort", EVENT_TIME, "Ivy", sequence));
                        }
                        tx.flush(); // the aborted records are on the broker, not only in the producer's buffer
                        throw failure;
                    }))
                    .isSameAs(failure);
            transactional.inTransaction(
                    tx -> tx.publish(new ParcelDelivered("parcel-abort", EVENT_TIME, "Ivy", marker)));
        }

        List<ConsumerRecord<String, ParcelDelivered>> committed =
                readUntil(PARCELS, from, "read_committed", r -> r.value().sequence() == marker);
        assertThat(committed).extracting(r -> r.value().sequence()).containsExactly(marker);
        // The test could fail: the aborted records were written, and a read_uncommitted consumer sees them.
        List<ConsumerRecord<String, ParcelDelivered>> uncommitted =
                readUntil(PARCELS, from, "read_uncommitted", r -> r.value().sequence() == marker);
        assertThat(uncommitted).extracting(r -> r.value().sequence()).containsExactly(0, 1, 2, marker);
    }

    @Test
    void aSerializationFailureInATransactionAbortsTheWholeTransaction() throws Exception {
        Map<TopicPartition, Long> from = endOffsets(MOODS.topic());

        try (EventPublisher transactional = transactionalPublisher("unserializable")) {
            assertThatThrownBy(() -> transactional.inTransaction(tx -> {
                        tx.publish(new MoodLogged("m-first", Mood.CALM));
                        tx.publish(new MoodLogged("m-broken", Mood.BROKEN));
                    }))
                    .isInstanceOf(SerializationException.class);
            transactional.inTransaction(tx -> tx.publish(new MoodLogged("m-marker", Mood.CALM)));
        }

        List<ConsumerRecord<String, MoodLogged>> committed =
                readUntil(MOODS, from, "read_committed", r -> r.key().equals("m-marker"));
        assertThat(committed).extracting(ConsumerRecord::key).containsExactly("m-marker");
    }

    @Test
    void transactionsFromSeveralThreadsRunOneAtATimeAndAllCommit() throws Exception {
        int threads = 4;
        int perTransaction = 10;
        Map<TopicPartition, Long> from = endOffsets(PARCELS.topic());

        try (EventPublisher transactional = transactionalPublisher("threads")) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String key = "parcel-tx-thread-" + t;
                workers.add(pool.submit(() -> transactional.inTransaction(tx -> {
                    for (int sequence = 0; sequence < perTransaction; sequence++) {
                        tx.publish(new ParcelDelivered(key, EVENT_TIME, "Kim", sequence));
                    }
                })));
            }
            for (Future<?> worker : workers) {
                worker.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
        }

        List<ConsumerRecord<String, ParcelDelivered>> records =
                read(PARCELS, from, threads * perTransaction, "read_committed");
        Map<String, List<Integer>> sequencesByKey = new HashMap<>();
        records.forEach(r -> sequencesByKey
                .computeIfAbsent(r.key(), k -> new ArrayList<>())
                .add(r.value().sequence()));
        assertThat(sequencesByKey)
                .hasSize(threads)
                .allSatisfy((key, sequences) -> assertThat(sequences).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
    }

    @Test
    void anotherThreadCannotPublishIntoARunningTransaction() throws Exception {
        try (EventPublisher transactional = transactionalPublisher("intruder")) {
            List<Throwable> refused = new ArrayList<>();
            transactional.inTransaction(tx -> {
                Thread intruder = new Thread(() -> {
                    try {
                        tx.publish(new ParcelDelivered("parcel-intruder", EVENT_TIME, "Lu", 0));
                    } catch (RuntimeException e) {
                        refused.add(e);
                    }
                });
                intruder.start();
                try {
                    intruder.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            });

            assertThat(refused)
                    .singleElement()
                    .isInstanceOf(IllegalStateException.class)
                    .extracting(Throwable::getMessage)
                    .asString()
                    .contains("from the thread that runs work");
        }
    }

    @Test
    void aTransactionInsideATransactionIsRefusedAndTheOuterOneAborts() throws Exception {
        Map<TopicPartition, Long> from = endOffsets(PARCELS.topic());
        int marker = 99;

        try (EventPublisher transactional = transactionalPublisher("nested")) {
            assertThatThrownBy(() -> transactional.inTransaction(tx -> {
                        tx.publish(new ParcelDelivered("parcel-nested", EVENT_TIME, "Mo", 0));
                        tx.inTransaction(inner -> {});
                    }))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already running in this thread");
            transactional.inTransaction(
                    tx -> tx.publish(new ParcelDelivered("parcel-nested", EVENT_TIME, "Mo", marker)));
        }

        assertThat(readUntil(PARCELS, from, "read_committed", r -> r.value().sequence() == marker))
                .extracting(r -> r.value().sequence())
                .containsExactly(marker);
    }

    @Test
    void inTransactionWithoutATransactionalIdIsRefused() {
        assertThatThrownBy(() -> publisher.inTransaction(tx -> {}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not transactional: set transactional.id");
    }

    @Test
    void aTransactionalPublisherPublishesOnlyInsideATransaction() {
        try (EventPublisher transactional = transactionalPublisher("outside")) {
            assertThatThrownBy(() -> transactional.publish(new ParcelDelivered("parcel-outside", EVENT_TIME, "Jo", 0)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("publish '" + ParcelDelivered.class.getName() + "' inside inTransaction");
        }
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    private static EventPublisher transactionalPublisher(String name) {
        return EventPublisher.create(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                "publisher-test-" + name));
    }

    private static <K, E> List<ConsumerRecord<K, E>> read(
            TopicBinding<K, E> binding, Map<TopicPartition, Long> from, int count) {
        return read(binding, from, count, "read_uncommitted");
    }

    /** Reads exactly {@code count} records with the binding's generated consumer, failing at the deadline. */
    private static <K, E> List<ConsumerRecord<K, E>> read(
            TopicBinding<K, E> binding, Map<TopicPartition, Long> from, int count, String isolation) {
        List<ConsumerRecord<K, E>> records = readUntil(binding, from, isolation, r -> false, count);
        if (records.size() != count) {
            fail("expected " + count + " records on " + binding.topic() + ", read " + records.size());
        }
        return records;
    }

    /** Reads until a record matches {@code last}, failing at the deadline. */
    private static <K, E> List<ConsumerRecord<K, E>> readUntil(
            TopicBinding<K, E> binding,
            Map<TopicPartition, Long> from,
            String isolation,
            Predicate<ConsumerRecord<K, E>> last) {
        List<ConsumerRecord<K, E>> records = readUntil(binding, from, isolation, last, Integer.MAX_VALUE);
        if (records.isEmpty() || !last.test(records.get(records.size() - 1))) {
            fail("no closing record on " + binding.topic() + " within " + DEADLINE + "; read " + records.size());
        }
        return records;
    }

    private static <K, E> List<ConsumerRecord<K, E>> readUntil(
            TopicBinding<K, E> binding,
            Map<TopicPartition, Long> from,
            String isolation,
            Predicate<ConsumerRecord<K, E>> last,
            int count) {
        Properties properties = consumerProperties();
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        List<ConsumerRecord<K, E>> records = new ArrayList<>();
        try (KafkaConsumer<K, E> consumer = binding.consumer(properties)) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            while (records.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<K, E> record : consumer.poll(POLL)) {
                    records.add(record);
                    if (last.test(record)) {
                        return records;
                    }
                }
            }
        }
        return records;
    }

    /** The one record after {@code from}, as bytes. */
    private static ConsumerRecord<byte[], byte[]> readRaw(Map<TopicPartition, Long> from) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(consumerProperties(), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(POLL).forEach(records::add);
            }
        }
        assertThat(records).hasSize(1);
        return records.get(0);
    }

    private static Map<TopicPartition, Long> endOffsets(String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(consumerProperties(), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            return consumer.endOffsets(partitions);
        }
    }

    private static Properties consumerProperties() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return properties;
    }

    /** The one header of that key, as UTF-8. */
    private static String header(ConsumerRecord<?, ?> record, String key) {
        List<Header> found = new ArrayList<>();
        record.headers().headers(key).forEach(found::add);
        assertThat(found).as("headers '%s'", key).hasSize(1);
        return new String(found.get(0).value(), StandardCharsets.UTF_8);
    }

    private static List<String> headerKeys(Iterable<Header> headers) {
        List<String> keys = new ArrayList<>();
        headers.forEach(h -> keys.add(h.key()));
        return keys;
    }

    private static List<String> headerKeys(ConsumerRecord<?, ?> record) {
        return headerKeys(record.headers());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
