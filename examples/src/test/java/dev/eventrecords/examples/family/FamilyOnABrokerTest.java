package dev.eventrecords.examples.family;

import static dev.eventrecords.examples.family.Clients.header;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventrecords.embedded.EmbeddedKafka;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An event family through a real broker: every member on one topic, written and read by the family binding, in order
 * per key; the members' own bindings on the same topic; the binding's producer and its defaults. Each test reads only
 * what it produced, from the end offsets taken before it produced.
 */
class FamilyOnABrokerTest {

    private static final Instant AT = Instant.parse("2024-05-01T10:15:30.123Z");
    private static final ParcelEventTopic PARCELS = new ParcelEventTopic();

    private static EmbeddedKafka broker;
    private static Clients clients;

    @BeforeAll
    static void startBrokerAndCreateTopics() {
        broker = EmbeddedKafka.start();
        clients = new Clients(broker.bootstrapServers());
        clients.createTopics(
                PARCELS.newTopic(),
                new NewTopic("family.idempotent", 1, (short) 1),
                new NewTopic("family.plain", 1, (short) 1),
                new NewTopic("family.unsafe", 1, (short) 1));
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void everyMemberRoundTripsInOrderOnOnePartitionPerKey() {
        List<String> keys = List.of("parcel-a", "parcel-b", "parcel-c", "parcel-d", "parcel-e", "parcel-f");
        List<ParcelEvent> events = new ArrayList<>();
        for (int sequence = 0; sequence < 30; sequence++) {
            for (String key : keys) {
                events.add(member(key, sequence));
            }
        }

        List<ConsumerRecord<String, ParcelEvent>> records = roundTrip(events);

        Map<String, Set<Integer>> partitionsByKey = new HashMap<>();
        Map<String, List<ParcelEvent>> readByKey = new HashMap<>();
        for (ConsumerRecord<String, ParcelEvent> record : records) {
            partitionsByKey.computeIfAbsent(record.key(), k -> new HashSet<>()).add(record.partition());
            readByKey.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(record.value());
        }
        Map<String, List<ParcelEvent>> sentByKey =
                events.stream().collect(Collectors.groupingBy(ParcelEvent::parcelId));
        assertThat(readByKey).isEqualTo(sentByKey);
        assertThat(partitionsByKey)
                .containsOnlyKeys(keys)
                .allSatisfy((key, partitions) -> assertThat(partitions).hasSize(1));
        assertThat(partitionsByKey.values().stream().flatMap(Set::stream).distinct())
                .as("the keys spread over several partitions")
                .hasSizeGreaterThan(1);
        assertThat(records.stream()
                        .map(r -> r.value().getClass().getSimpleName())
                        .distinct())
                .containsExactlyInAnyOrder("ParcelRegistered", "ParcelMoved", "ParcelReturned");
    }

    @Test
    void recordSetsEachMembersCeTypeKeyAndCeTimeAndLeavesTheTimestampToTheProducer() {
        ParcelRegistered registered = new ParcelRegistered("parcel-r", AT, 0, "Ann");
        ParcelMoved moved = new ParcelMoved("parcel-r", AT.plusSeconds(60), 1, "Leeds");
        ParcelReturned returned = new ParcelReturned("parcel-r", AT.plusSeconds(120), 2, List.of("refused"));

        long before = System.currentTimeMillis();
        List<ConsumerRecord<String, ParcelEvent>> records = roundTrip(List.of(registered, moved, returned));
        long after = System.currentTimeMillis();

        assertThat(records)
                .extracting(r -> header(r, "ce_type"))
                .containsExactly(
                        "dev.eventrecords.examples.family.ParcelRegistered",
                        "dev.eventrecords.examples.family.ParcelMoved",
                        "parcels.ParcelReturned");
        assertThat(records).extracting(ConsumerRecord::key).containsOnly("parcel-r");
        assertThat(records).extracting(ConsumerRecord::timestampType).containsOnly(TimestampType.CREATE_TIME);
        assertThat(records)
                .extracting(ConsumerRecord::timestamp)
                .allSatisfy(t -> assertThat(t).isBetween(before, after));
        assertThat(records)
                .extracting(r -> Instant.parse(header(r, "ce_time")))
                .containsExactly(AT, AT.plusSeconds(60), AT.plusSeconds(120));
        assertThat(records).extracting(r -> header(r, "ce_source")).containsOnly("/topics/family.parcels");
        assertThat(records).extracting(ConsumerRecord::value).containsExactly(registered, moved, returned);
    }

    @Test
    void theFamilyBindingNamesTheFamilyAndItsTopic() {
        assertThat(PARCELS.topic()).isEqualTo("family.parcels");
        assertThat(PARCELS.eventType()).isEqualTo(ParcelEvent.class.getCanonicalName());
        assertThat(PARCELS.eventClass()).isEqualTo(ParcelEvent.class);
        assertThat(PARCELS.keyExtractor().key(new ParcelMoved("parcel-k", AT, 0, "York")))
                .isEqualTo("parcel-k");
    }

    @Test
    void aMembersOwnBindingWritesWhatTheFamilyBindingReads() {
        ParcelMovedTopic moves = new ParcelMovedTopic();
        ParcelMoved moved = new ParcelMoved("parcel-own", AT, 0, "Hull");
        Map<TopicPartition, Long> from = clients.endOffsets(PARCELS.topic());

        send(moves.producer(clients.properties()), List.of(moves.record(moved)));
        ConsumerRecord<String, ParcelEvent> record =
                Clients.read(PARCELS.consumer(clients.properties()), from, 1).get(0);

        assertThat(moves.topic()).isEqualTo(PARCELS.topic());
        assertThat(record.value()).isEqualTo(moved);
        assertThat(header(record, "ce_type")).isEqualTo(moves.eventType());
    }

    @Test
    void aMembersOwnBindingReadsWhatTheFamilyBindingWrote() {
        ParcelReturnedTopic returns = new ParcelReturnedTopic();
        ParcelReturned returned = new ParcelReturned("parcel-own-read", AT, 0, List.of("damaged", "late"));
        Map<TopicPartition, Long> from = clients.endOffsets(returns.topic());

        send(PARCELS.producer(clients.properties()), List.of(PARCELS.record(returned)));
        ConsumerRecord<String, ParcelReturned> record =
                Clients.read(returns.consumer(clients.properties()), from, 1).get(0);

        assertThat(returns.eventType()).isEqualTo("parcels.ParcelReturned");
        assertThat(record.value()).isEqualTo(returned);
    }

    @Test
    void theBindingsProducerIsIdempotentByDefault() throws InterruptedException, ExecutionException {
        try (KafkaProducer<String, ParcelEvent> producer = PARCELS.producer(clients.properties())) {
            producer.send(new ProducerRecord<>("family.idempotent", "parcel-i", member("parcel-i", 0)))
                    .get();
        }

        // Kafka accepts enable.idempotence=true only together with acks=all.
        assertThat(producersOf(new TopicPartition("family.idempotent", 0)))
                .singleElement()
                .satisfies(state -> assertThat(state.producerId()).isNotNegative());
    }

    @Test
    void theUsersPropertiesOverrideTheProducerDefaults() throws InterruptedException, ExecutionException {
        var properties = clients.properties();
        properties.put(ProducerConfig.ACKS_CONFIG, "0");
        RecordMetadata sent;

        try (KafkaProducer<String, ParcelEvent> producer = PARCELS.producer(properties)) {
            sent = producer.send(new ProducerRecord<>("family.plain", "parcel-p", member("parcel-p", 0)))
                    .get();
        }

        assertThat(sent.hasOffset())
                .as("acks=0: the broker does not answer with an offset")
                .isFalse();
        assertThat(producersOf(new TopicPartition("family.plain", 0)))
                .as("without acks=all the producer is not idempotent")
                .isEmpty();
    }

    @Test
    void theUserCanTurnIdempotenceOffAndKeepAcksAll() throws InterruptedException, ExecutionException {
        var properties = clients.properties();
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "false");
        RecordMetadata sent;

        try (KafkaProducer<String, ParcelEvent> producer = PARCELS.producer(properties)) {
            sent = producer.send(new ProducerRecord<>("family.unsafe", "parcel-u", member("parcel-u", 0)))
                    .get();
        }

        assertThat(sent.hasOffset())
                .as("acks=all: the broker answers with the offset")
                .isTrue();
        assertThat(producersOf(new TopicPartition("family.unsafe", 0))).isEmpty();
    }

    // ---- producing and consuming -------------------------------------------------------------------------------

    private static ParcelEvent member(String key, int sequence) {
        Instant at = AT.plusSeconds(sequence);
        return switch (sequence % 3) {
            case 0 -> new ParcelRegistered(key, at, sequence, "sender-" + sequence);
            case 1 -> new ParcelMoved(key, at, sequence, "hub-" + sequence);
            default -> new ParcelReturned(key, at, sequence, List.of("reason-" + sequence));
        };
    }

    /** Produces {@code PARCELS.record(e)} with the binding's producer, reads them back with its consumer. */
    private static List<ConsumerRecord<String, ParcelEvent>> roundTrip(List<ParcelEvent> events) {
        Map<TopicPartition, Long> from = clients.endOffsets(PARCELS.topic());
        send(
                PARCELS.producer(clients.properties()),
                events.stream().map(PARCELS::record).toList());
        return Clients.read(PARCELS.consumer(clients.properties()), from, events.size());
    }

    private static <K, V> void send(KafkaProducer<K, V> producer, List<ProducerRecord<K, V>> records) {
        try (producer) {
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

    private static List<ProducerState> producersOf(TopicPartition partition)
            throws InterruptedException, ExecutionException {
        try (Admin admin = clients.admin()) {
            return admin.describeProducers(List.of(partition))
                    .partitionResult(partition)
                    .get()
                    .activeProducers();
        }
    }
}
