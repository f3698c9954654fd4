package dev.eventrecords.examples.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.eventrecords.TopicBinding;
import dev.eventrecords.embedded.EmbeddedKafka;
import dev.eventrecords.examples.broker.ContainerLoaded.ContainerId;
import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Events produced with the generated bindings through a real KRaft broker and consumed with the generated serdes, and
 * with the CloudEvents SDK: key, value, headers, timestamp and partitioning as DESIGN.md promises. One broker for the
 * class; each test reads only what it produced, from the end offsets taken before it produced.
 */
class EventsOnABrokerTest {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final Instant EVENT_TIME = Instant.parse("2024-05-01T10:15:30.123456789Z");

    private static final ParcelDeliveredTopic PARCELS = new ParcelDeliveredTopic();
    private static final MeterReadTopic METERS = new MeterReadTopic();
    private static final AlarmRaisedTopic ALARMS = new AlarmRaisedTopic();
    private static final OrderShippedTopic ORDERS = new OrderShippedTopic();
    private static final ContainerLoadedTopic CONTAINERS = new ContainerLoadedTopic();
    private static final StepsCountedTopic STEPS = new StepsCountedTopic();
    private static final PulseMeasuredTopic PULSES = new PulseMeasuredTopic();

    private static EmbeddedKafka broker;

    @BeforeAll
    static void startBrokerAndCreateTopics() throws InterruptedException, ExecutionException {
        broker = EmbeddedKafka.start();
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(List.of(
                            PARCELS.newTopic(4, (short) 1),
                            METERS.newTopic(4, (short) 1),
                            ALARMS.newTopic(2, (short) 1),
                            ORDERS.newTopic(2, (short) 1),
                            CONTAINERS.newTopic(2, (short) 1),
                            STEPS.newTopic(),
                            PULSES.newTopic()))
                    .all()
                    .get();
        }
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void newTopicCreatesTheBindingsTopicWithThePartitionsAsked() throws InterruptedException, ExecutionException {
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            var description = admin.describeTopics(List.of(PARCELS.topic()))
                    .allTopicNames()
                    .get()
                    .get(PARCELS.topic());

            assertThat(description.name()).isEqualTo("broker.parcels");
            assertThat(description.partitions()).hasSize(4);
        }
    }

    @Test
    void aRecordCarriesTheEventsKeyAndValue() {
        ParcelDelivered event = new ParcelDelivered("parcel-kv", EVENT_TIME, "Zo\u00eb \"Z\" \uD83D\uDCE6", 1);

        ConsumerRecord<String, ParcelDelivered> record =
                roundTrip(PARCELS, List.of(event)).get(0);

        assertThat(record.key()).isEqualTo("parcel-kv");
        assertThat(record.value()).isEqualTo(event);
    }

    @Test
    void byDefaultTheRecordTimestampIsTheProducersTimeAndCeTimeTheEventTime() {
        ParcelDelivered event = new ParcelDelivered("parcel-ts", EVENT_TIME, "Ann", 1);
        long before = System.currentTimeMillis();

        ConsumerRecord<String, ParcelDelivered> record =
                roundTrip(PARCELS, List.of(event)).get(0);
        long after = System.currentTimeMillis();

        assertThat(record.timestampType()).isEqualTo(TimestampType.CREATE_TIME);
        assertThat(record.timestamp()).isBetween(before, after);
        assertThat(Instant.parse(header(record, "ce_time"))).isEqualTo(EVENT_TIME);
        assertThat(record.value().deliveredAt()).isEqualTo(EVENT_TIME);
    }

    @Test
    void anEightDayOldEventOnASevenDayTopicKeepsACurrentBrokerTimestampByDefault()
            throws InterruptedException, ExecutionException {
        assertThat(retentionMs(STEPS.topic())).isEqualTo(Duration.ofDays(7).toMillis());
        Instant eightDaysAgo = Instant.now().minus(Duration.ofDays(8));
        StepsCounted event = new StepsCounted("tracker-late", eightDaysAgo, 4200);
        long before = System.currentTimeMillis();

        ConsumerRecord<String, StepsCounted> record =
                roundTrip(STEPS, List.of(event)).get(0);
        long after = System.currentTimeMillis();

        // The broker deletes by record timestamp: a current one keeps the acknowledged record for the seven days.
        assertThat(record.timestampType()).isEqualTo(TimestampType.CREATE_TIME);
        assertThat(record.timestamp()).isBetween(before, after);
        assertThat(Instant.parse(header(record, "ce_time"))).isEqualTo(eightDaysAgo);
        assertThat(record.value()).isEqualTo(event);
    }

    @Test
    void anOptedInEventTimeWithinTheRetentionIsTheBrokersTimestamp() {
        Instant sixDaysAgo = Instant.now().minus(Duration.ofDays(6));
        PulseMeasured event = new PulseMeasured("tracker-pulse", sixDaysAgo, 58);

        ConsumerRecord<String, PulseMeasured> record =
                roundTrip(PULSES, List.of(event)).get(0);

        assertThat(record.timestampType()).isEqualTo(TimestampType.CREATE_TIME);
        assertThat(record.timestamp()).isEqualTo(sixDaysAgo.toEpochMilli());
        assertThat(record.value()).isEqualTo(event);
    }

    @Test
    void anOptedInOffsetEventTimeIsTheRecordTimestamp() {
        OffsetDateTime shippedAt = OffsetDateTime.of(2024, 5, 1, 12, 0, 0, 987_000_000, ZoneOffset.ofHours(2));
        OrderShipped event = new OrderShipped(UUID.randomUUID(), shippedAt, "DHL");

        ConsumerRecord<UUID, OrderShipped> record =
                roundTrip(ORDERS, List.of(event)).get(0);

        assertThat(record.key()).isEqualTo(event.orderId());
        assertThat(record.value()).isEqualTo(event);
        assertThat(record.timestamp()).isEqualTo(shippedAt.toInstant().toEpochMilli());
        assertThat(Instant.parse(header(record, "ce_time"))).isEqualTo(shippedAt.toInstant());
    }

    @Test
    void anOptedInZonedEventTimeIsTheRecordTimestamp() {
        ZonedDateTime raisedAt = ZonedDateTime.of(2024, 5, 1, 23, 30, 0, 5_000_000, ZoneId.of("Europe/Paris"));
        AlarmRaised event = new AlarmRaised("smoke", raisedAt);

        ConsumerRecord<Void, AlarmRaised> record =
                roundTrip(ALARMS, List.of(event)).get(0);

        assertThat(record.timestamp()).isEqualTo(raisedAt.toInstant().toEpochMilli());
        assertThat(Instant.parse(header(record, "ce_time"))).isEqualTo(raisedAt.toInstant());
        // The region id does not survive JSON (see Codecs.ZONED_DATE_TIME); the instant does.
        assertThat(record.value().raisedAt()).isEqualTo(raisedAt.withZoneSameInstant(ZoneOffset.ofHours(2)));
    }

    @Test
    void withoutAnEventTimeTheTimestampIsTheProducersTime() {
        MeterRead event = new MeterRead(42L, new BigDecimal("17.250"));
        long before = System.currentTimeMillis();

        ConsumerRecord<Long, MeterRead> record =
                roundTrip(METERS, List.of(event)).get(0);
        long after = System.currentTimeMillis();

        assertThat(record.timestampType()).isEqualTo(TimestampType.CREATE_TIME);
        assertThat(record.timestamp()).isBetween(before, after);
        assertThat(Instant.parse(header(record, "ce_time")).toEpochMilli()).isBetween(before, after);
    }

    @Test
    void aNullEventTimeLeavesTheTimestampToTheProducer() {
        ParcelDelivered event = new ParcelDelivered("parcel-untimed", null, "Gus", 1);
        long before = System.currentTimeMillis();

        ConsumerRecord<String, ParcelDelivered> record =
                roundTrip(PARCELS, List.of(event)).get(0);
        long after = System.currentTimeMillis();

        assertThat(record.value()).isEqualTo(event);
        assertThat(record.timestamp()).isBetween(before, after);
        assertThat(Instant.parse(header(record, "ce_time")).toEpochMilli()).isBetween(before, after);
    }

    @Test
    void aRecordCarriesTheSixCloudEventsHeaders() {
        ParcelDelivered event = new ParcelDelivered("parcel-headers", EVENT_TIME, "Bo", 1);

        ConsumerRecord<String, ParcelDelivered> record =
                roundTrip(PARCELS, List.of(event)).get(0);

        assertThat(headerKeys(record))
                .containsExactlyInAnyOrder(
                        "ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time", "content-type");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(UUID.fromString(header(record, "ce_id")).version()).isEqualTo(4);
        assertThat(header(record, "ce_source")).isEqualTo("/topics/broker.parcels");
        assertThat(header(record, "ce_type"))
                .isEqualTo(PARCELS.eventType())
                .isEqualTo(ParcelDelivered.class.getCanonicalName());
        assertThat(header(record, "ce_time")).isEqualTo("2024-05-01T10:15:30.123456789Z");
        assertThat(Instant.parse(header(record, "ce_time"))).isEqualTo(EVENT_TIME);
        assertThat(header(record, "content-type")).isEqualTo("application/json");
    }

    @Test
    void aLogicalTypeNameIsTheCeType() {
        OrderShipped event = new OrderShipped(UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.UTC), "UPS");

        ConsumerRecord<UUID, OrderShipped> record =
                roundTrip(ORDERS, List.of(event)).get(0);

        assertThat(header(record, "ce_type")).isEqualTo(ORDERS.eventType()).isEqualTo("shop.OrderShipped");
    }

    @Test
    void everyRecordHasItsOwnCeId() {
        List<ParcelDelivered> events = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            events.add(new ParcelDelivered("parcel-ids", EVENT_TIME, "Cy", i));
        }

        List<ConsumerRecord<String, ParcelDelivered>> records = roundTrip(PARCELS, events);

        Set<String> ids = records.stream().map(r -> header(r, "ce_id")).collect(Collectors.toSet());
        assertThat(ids)
                .hasSize(50)
                .allSatisfy(id -> assertThat(UUID.fromString(id).toString()).isEqualTo(id));
    }

    @Test
    void equalKeysLandOnOnePartitionInOrder() {
        List<String> keys = List.of("parcel-a", "parcel-b", "parcel-c", "parcel-d", "parcel-e", "parcel-f");
        List<ParcelDelivered> events = new ArrayList<>();
        for (int sequence = 0; sequence < 20; sequence++) {
            for (String key : keys) {
                events.add(new ParcelDelivered(key, EVENT_TIME.plusSeconds(sequence), "Di", sequence));
            }
        }

        List<ConsumerRecord<String, ParcelDelivered>> records = roundTrip(PARCELS, events);

        Map<String, Set<Integer>> partitionsByKey = new HashMap<>();
        Map<String, List<Integer>> sequencesByKey = new HashMap<>();
        for (ConsumerRecord<String, ParcelDelivered> record : records) {
            partitionsByKey.computeIfAbsent(record.key(), k -> new HashSet<>()).add(record.partition());
            sequencesByKey
                    .computeIfAbsent(record.key(), k -> new ArrayList<>())
                    .add(record.value().sequence());
        }
        assertThat(partitionsByKey)
                .containsOnlyKeys(keys)
                .allSatisfy((key, partitions) -> assertThat(partitions).hasSize(1));
        assertThat(partitionsByKey.values().stream().flatMap(Set::stream).distinct())
                .as("the keys spread over several partitions")
                .hasSizeGreaterThan(1);
        assertThat(sequencesByKey)
                .allSatisfy((key, sequences) -> assertThat(sequences).isSorted().hasSize(20));
    }

    @Test
    void aKeylessEventHasANullKey() {
        AlarmRaised event = new AlarmRaised("flood", ZonedDateTime.now(ZoneOffset.UTC));

        ConsumerRecord<Void, AlarmRaised> record =
                roundTrip(ALARMS, List.of(event)).get(0);

        assertThat(ALARMS.record(event).key()).isNull();
        assertThat(record.key()).isNull();
        assertThat(record.value()).isEqualTo(event);
    }

    @Test
    void aRecordKeyIsCarriedAsJsonAndReadBack() {
        ContainerLoaded event = new ContainerLoaded(new ContainerId("MSCU", 1234567), "Ever Given");

        ConsumerRecord<ContainerId, ContainerLoaded> record =
                roundTrip(CONTAINERS, List.of(event)).get(0);

        assertThat(record.key()).isEqualTo(new ContainerId("MSCU", 1234567));
        assertThat(record.value()).isEqualTo(event);
    }

    @Test
    void theSerializerAddsTheCloudEventsHeadersToAPlainProducerRecord() {
        ParcelDelivered event = new ParcelDelivered("parcel-plain", EVENT_TIME, "Ed", 1);
        Map<TopicPartition, Long> from = endOffsets(PARCELS.topic());
        long before = System.currentTimeMillis();

        send(
                PARCELS.keySerde().serializer(),
                PARCELS.valueSerde().serializer(),
                List.of(new ProducerRecord<>(PARCELS.topic(), event.parcelId(), event)));
        ConsumerRecord<String, ParcelDelivered> record = read(
                        PARCELS.topic(),
                        from,
                        1,
                        PARCELS.keySerde().deserializer(),
                        PARCELS.valueSerde().deserializer())
                .get(0);

        assertThat(record.value()).isEqualTo(event);
        assertThat(headerKeys(record))
                .containsExactlyInAnyOrder(
                        "ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time", "content-type");
        assertThat(header(record, "ce_type")).isEqualTo(PARCELS.eventType());
        assertThat(Instant.parse(header(record, "ce_time"))).isEqualTo(EVENT_TIME);
        // Only binding.record(e) sets the timestamp; a plain record gets the producer's.
        assertThat(record.timestamp()).isGreaterThanOrEqualTo(before);
    }

    @Test
    void aCloudEventsSdkConsumerReadsOurRecordAsACloudEvent() {
        ParcelDelivered event = new ParcelDelivered("parcel-ce", EVENT_TIME, "Fay \u00e9", 7);
        Map<TopicPartition, Long> from = endOffsets(PARCELS.topic());
        send(PARCELS.keySerde().serializer(), PARCELS.valueSerde().serializer(), List.of(PARCELS.record(event)));

        ConsumerRecord<byte[], byte[]> raw = read(
                        PARCELS.topic(), from, 1, new ByteArrayDeserializer(), new ByteArrayDeserializer())
                .get(0);
        try (CloudEventDeserializer cloudEvents = new CloudEventDeserializer()) {
            CloudEvent cloudEvent = read(PARCELS.topic(), from, 1, new ByteArrayDeserializer(), cloudEvents)
                    .get(0)
                    .value();

            assertThat(cloudEvent.getSpecVersion()).isEqualTo(SpecVersion.V1);
            assertThat(cloudEvent.getId()).isEqualTo(header(raw, "ce_id"));
            assertThat(cloudEvent.getType()).isEqualTo(PARCELS.eventType());
            assertThat(cloudEvent.getSource()).isEqualTo(URI.create("/topics/broker.parcels"));
            assertThat(cloudEvent.getTime().toInstant()).isEqualTo(EVENT_TIME);
            assertThat(cloudEvent.getDataContentType()).isEqualTo("application/json");
            assertThat(cloudEvent.getData()).isNotNull();
            assertThat(cloudEvent.getData().toBytes())
                    .isEqualTo(raw.value())
                    .isEqualTo(PARCELS.valueSerde().serializer().serialize(PARCELS.topic(), event));
        }
    }

    // ---- producing and consuming -------------------------------------------------------------------------------

    /** Produces {@code binding.record(e)} for each event and reads them back with the binding's serdes. */
    private static <K, E> List<ConsumerRecord<K, E>> roundTrip(TopicBinding<K, E> binding, List<E> events) {
        Map<TopicPartition, Long> from = endOffsets(binding.topic());
        List<ProducerRecord<K, E>> records = new ArrayList<>();
        for (E event : events) {
            records.add(binding.record(event));
        }
        send(binding.keySerde().serializer(), binding.valueSerde().serializer(), records);
        return read(
                binding.topic(),
                from,
                events.size(),
                binding.keySerde().deserializer(),
                binding.valueSerde().deserializer());
    }

    private static <K, V> void send(Serializer<K> keys, Serializer<V> values, List<ProducerRecord<K, V>> records) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION,
                1);
        try (KafkaProducer<K, V> producer = new KafkaProducer<>(config, keys, values)) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (ProducerRecord<K, V> record : records) {
                sent.add(producer.send(record));
            }
            for (Future<RecordMetadata> f : sent) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot produce", e);
        }
    }

    /** Reads exactly {@code count} records from the given offsets, failing at the deadline. */
    private static <K, V> List<ConsumerRecord<K, V>> read(
            String topic, Map<TopicPartition, Long> from, int count, Deserializer<K> keys, Deserializer<V> values) {
        List<ConsumerRecord<K, V>> records = new ArrayList<>();
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(consumerConfig(), keys, values)) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            while (records.size() < count && System.nanoTime() < deadline) {
                consumer.poll(POLL).forEach(records::add);
            }
        }
        if (records.size() != count) {
            fail("expected " + count + " records on " + topic + ", read " + records.size());
        }
        return records;
    }

    private static Map<TopicPartition, Long> endOffsets(String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(consumerConfig(), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            return consumer.endOffsets(partitions);
        }
    }

    private static long retentionMs(String topic) throws InterruptedException, ExecutionException {
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            return Long.parseLong(admin.describeConfigs(List.of(resource))
                    .all()
                    .get()
                    .get(resource)
                    .get("retention.ms")
                    .value());
        }
    }

    private static Map<String, Object> consumerConfig() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false);
    }

    /** The one header of that key, as UTF-8. */
    private static String header(ConsumerRecord<?, ?> record, String key) {
        List<Header> found = new ArrayList<>();
        record.headers().headers(key).forEach(found::add);
        assertThat(found).as("headers '%s'", key).hasSize(1);
        return new String(found.get(0).value(), StandardCharsets.UTF_8);
    }

    private static List<String> headerKeys(ConsumerRecord<?, ?> record) {
        List<String> keys = new ArrayList<>();
        record.headers().forEach(h -> keys.add(h.key()));
        return keys;
    }
}
