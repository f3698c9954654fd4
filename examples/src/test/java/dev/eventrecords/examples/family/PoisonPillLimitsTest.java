package dev.eventrecords.examples.family;

import static dev.eventrecords.examples.family.Clients.header;
import static dev.eventrecords.examples.family.Clients.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventrecords.embedded.EmbeddedKafka;
import dev.eventrecords.kafka.DeadLetterConsumer;
import dev.eventrecords.kafka.DeadLetterConsumer.Unwritable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Poison pills that the first {@link DeadLetterConsumer} could not move aside, on a real broker (auto-creation off):
 * large pills whose error repeats their input, a pill larger than the dead-letter producer may send, and a missing
 * dead-letter topic. In each the record behind the pill is delivered, or the consumer stays on the pill.
 */
class PoisonPillLimitsTest {

    private static final Instant AT = Instant.parse("2024-05-01T10:15:30.123Z");
    private static final ParcelEventTopic PARCELS = new ParcelEventTopic();
    private static final String DLT = PARCELS.topic() + DeadLetterConsumer.SUFFIX;
    private static final int ONE_MB = 1024 * 1024;

    private static EmbeddedKafka broker;
    private static Clients clients;

    @BeforeAll
    static void startBrokerAndCreateTopics() {
        broker = EmbeddedKafka.start();
        clients = new Clients(broker.bootstrapServers());
        // One partition, so that the record behind a pill is read after it; records up to 4 MB, as a topic may allow.
        clients.createTopics(
                new NewTopic(PARCELS.topic(), 1, (short) 1)
                        .configs(Map.of("max.message.bytes", Integer.toString(4 * ONE_MB))),
                new NewTopic(DLT, 1, (short) 1));
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void aSevenHundredKilobytePillIsDeadLetteredWholeWithABoundedErrorAndTheRecordBehindItIsDelivered() {
        String key = "parcel-700k";
        byte[] pill = pillOf(key, 700_000);
        ParcelMoved after = new ParcelMoved(key, AT, 2, "York");
        Map<TopicPartition, Long> from = clients.endOffsets(PARCELS.topic());
        Map<TopicPartition, Long> dltFrom = clients.endOffsets(DLT);

        send(List.of(pillRecord(key, pill), raw(PARCELS.record(after))));
        List<ConsumerRecord<String, ParcelEvent>> read = new ArrayList<>();
        DeadLetterConsumer<String, ParcelEvent> safe = consume(from, deadLetterProducer(ONE_MB), t -> t + ".dlt", read);

        assertThat(read).extracting(ConsumerRecord::value).containsExactly(after);
        assertThat(safe.deadLettered()).isEqualTo(1);
        assertThat(safe.reduced()).isZero();
        ConsumerRecord<byte[], byte[]> dead =
                Clients.read(clients.rawConsumer(), dltFrom, 1).get(0);
        assertThat(dead.value()).isEqualTo(pill);
        String error = header(dead, "dlt.error");
        assertThat(error)
                .hasSizeLessThanOrEqualTo(1000 + 40)
                .contains("field 'at'")
                .contains("... (700000 characters)");
    }

    @Test
    void aPillLargerThanTheDeadLetterProducerMaySendGetsAReducedDeadLetterAndTheRecordBehindItIsDelivered()
            throws NoSuchAlgorithmException {
        String key = "parcel-1500k";
        byte[] pill = pillOf(key, 1_500_000);
        ParcelMoved after = new ParcelMoved(key, AT, 2, "Hull");
        Map<TopicPartition, Long> from = clients.endOffsets(PARCELS.topic());
        Map<TopicPartition, Long> dltFrom = clients.endOffsets(DLT);

        List<RecordMetadata> sent = send(List.of(pillRecord(key, pill), raw(PARCELS.record(after))));
        List<ConsumerRecord<String, ParcelEvent>> read = new ArrayList<>();
        DeadLetterConsumer<String, ParcelEvent> safe = consume(from, deadLetterProducer(ONE_MB), t -> t + ".dlt", read);

        assertThat(read).extracting(ConsumerRecord::value).containsExactly(after);
        assertThat(safe.deadLettered()).isEqualTo(1);
        assertThat(safe.reduced()).isEqualTo(1);
        ConsumerRecord<byte[], byte[]> dead =
                Clients.read(clients.rawConsumer(), dltFrom, 1).get(0);
        assertThat(dead.key()).isEqualTo(utf8(key));
        assertThat(dead.value()).isNull();
        assertThat(header(dead, "trace-id")).isEqualTo("pill-trace");
        assertThat(header(dead, "dlt.original.offset"))
                .isEqualTo(Long.toString(sent.get(0).offset()));
        assertThat(header(dead, "dlt.original.value.size")).isEqualTo(Integer.toString(pill.length));
        assertThat(header(dead, "dlt.original.value.sha256"))
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(pill)));
        assertThat(header(dead, "dlt.error")).contains("... (1500000 characters)");
    }

    @Test
    void withAMissingDeadLetterTopicFailKeepsThePositionAndNothingIsLostOnceTheTopicExists() {
        String key = "parcel-fail";
        String missing = "family.created-later.dlt";
        byte[] pill = utf8("{not json");
        ParcelMoved after = new ParcelMoved(key, AT, 2, "Leeds");
        Map<TopicPartition, Long> from = clients.endOffsets(PARCELS.topic());
        List<RecordMetadata> sent = send(List.of(pillRecord(key, pill), raw(PARCELS.record(after))));
        TopicPartition partition =
                new TopicPartition(PARCELS.topic(), sent.get(0).partition());
        List<ConsumerRecord<String, ParcelEvent>> read = new ArrayList<>();

        try (KafkaConsumer<String, ParcelEvent> consumer = PARCELS.consumer(clients.properties());
                KafkaProducer<byte[], byte[]> deadLetters = deadLetterProducer(ONE_MB)) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            DeadLetterConsumer<String, ParcelEvent> safe =
                    new DeadLetterConsumer<>(consumer, deadLetters, topic -> missing);

            assertThatThrownBy(() -> pollUntil(safe, read, 1))
                    .isInstanceOf(KafkaException.class)
                    .hasMessageContaining("cannot dead-letter " + partition + "@"
                            + sent.get(0).offset())
                    .hasMessageContaining("the consumer stays on it");
            assertThat(consumer.position(partition)).isEqualTo(sent.get(0).offset());
            assertThat(read).isEmpty();

            clients.createTopics(new NewTopic(missing, 1, (short) 1));
            pollUntil(safe, read, 1);

            assertThat(read).extracting(ConsumerRecord::value).containsExactly(after);
            assertThat(safe.deadLettered()).isEqualTo(1);
            assertThat(safe.skippedUnwritable()).isZero();
        }
        ConsumerRecord<byte[], byte[]> dead = Clients.read(
                        clients.rawConsumer(), Map.of(new TopicPartition(missing, 0), 0L), 1)
                .get(0);
        assertThat(dead.value()).isEqualTo(pill);
    }

    @Test
    void withAMissingDeadLetterTopicSkipCountsThePillAndMovesOn() {
        String key = "parcel-skip";
        ParcelMoved after = new ParcelMoved(key, AT, 2, "Derby");
        Map<TopicPartition, Long> from = clients.endOffsets(PARCELS.topic());
        send(List.of(pillRecord(key, utf8("{not json")), raw(PARCELS.record(after))));
        List<ConsumerRecord<String, ParcelEvent>> read = new ArrayList<>();

        try (KafkaConsumer<String, ParcelEvent> consumer = PARCELS.consumer(clients.properties());
                KafkaProducer<byte[], byte[]> deadLetters = deadLetterProducer(ONE_MB)) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            DeadLetterConsumer<String, ParcelEvent> safe = new DeadLetterConsumer<>(
                            consumer, deadLetters, topic -> "family.never-created.dlt")
                    .whenUnwritable(Unwritable.SKIP);
            pollUntil(safe, read, 1);

            assertThat(read).extracting(ConsumerRecord::value).containsExactly(after);
            assertThat(safe.skippedUnwritable()).isEqualTo(1);
            assertThat(safe.deadLettered()).isZero();
        }
    }

    @Test
    void aDeadLetterTopicMissingOnlyForAMomentGetsThePillWholeNeverAReducedCopy() {
        String key = "parcel-late-topic";
        String late = "family.appearing.dlt";
        byte[] pill = utf8("{\"parcelId\":\"" + key + "\",\"at\":\"yesterday\"}");
        ParcelMoved after = new ParcelMoved(key, AT, 2, "Bath");
        Map<TopicPartition, Long> from = clients.endOffsets(PARCELS.topic());
        send(List.of(pillRecord(key, pill), raw(PARCELS.record(after))));
        List<ConsumerRecord<String, ParcelEvent>> read = new ArrayList<>();

        // The topic appears (another process's EventTopics, a broker back from a restart) just after the first write
        // to it timed out waiting for its metadata: the pill fits it whole from then on.
        try (KafkaConsumer<String, ParcelEvent> consumer = PARCELS.consumer(clients.properties());
                KafkaProducer<byte[], byte[]> deadLetters = new TopicAfterFirstFailure(late)) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            DeadLetterConsumer<String, ParcelEvent> safe =
                    new DeadLetterConsumer<>(consumer, deadLetters, topic -> late);
            try {
                pollUntil(safe, read, 1);
            } catch (KafkaException stayedOnThePill) {
                pollUntil(safe, read, 1);
            }

            assertThat(read).extracting(ConsumerRecord::value).containsExactly(after);
            assertThat(safe.deadLettered()).isEqualTo(1);
            assertThat(safe.reduced()).isZero();
        }
        ConsumerRecord<byte[], byte[]> dead = Clients.read(
                        clients.rawConsumer(), Map.of(new TopicPartition(late, 0), 0L), 1)
                .get(0);
        assertThat(dead.value()).isEqualTo(pill);
    }

    /** A dead-letter producer (1 s for metadata) whose topic is created as soon as its first write fails. */
    private static final class TopicAfterFirstFailure extends KafkaProducer<byte[], byte[]> {
        private final String topic;
        private boolean created;

        TopicAfterFirstFailure(String topic) {
            super(deadLetterProperties(ONE_MB), new ByteArraySerializer(), new ByteArraySerializer());
            this.topic = topic;
        }

        @Override
        public Future<RecordMetadata> send(ProducerRecord<byte[], byte[]> record, Callback callback) {
            Future<RecordMetadata> sent = super.send(record, callback);
            if (!created) {
                try {
                    sent.get();
                } catch (ExecutionException | InterruptedException failed) {
                    created = true;
                    clients.createTopics(new NewTopic(topic, 1, (short) 1));
                }
            }
            return sent;
        }
    }

    // ---- producing and consuming -------------------------------------------------------------------------------

    /** A ParcelMoved payload whose {@code at} is {@code size} characters of garbage, so the error repeats it. */
    private static byte[] pillOf(String key, int size) {
        return utf8(
                "{\"parcelId\":\"" + key + "\",\"at\":\"" + "x".repeat(size) + "\",\"sequence\":1,\"hub\":\"Leeds\"}");
    }

    private static ProducerRecord<byte[], byte[]> pillRecord(String key, byte[] pill) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_type", utf8(ParcelMovedSerde.EVENT_TYPE));
        headers.add("trace-id", utf8("pill-trace"));
        return new ProducerRecord<>(PARCELS.topic(), null, utf8(key), pill, headers);
    }

    /** A family record as raw bytes, with its headers. */
    private static ProducerRecord<byte[], byte[]> raw(ProducerRecord<String, ParcelEvent> record) {
        RecordHeaders headers = new RecordHeaders();
        for (Header h : record.headers()) {
            headers.add(h);
        }
        return new ProducerRecord<>(
                record.topic(),
                null,
                record.timestamp(),
                PARCELS.keySerde().serializer().serialize(record.topic(), record.key()),
                PARCELS.valueSerde().serializer().serialize(record.topic(), headers, record.value()),
                headers);
    }

    /** Sends in order with a producer that may send records up to 4 MB, as the topic allows. */
    private static List<RecordMetadata> send(List<ProducerRecord<byte[], byte[]>> records) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        properties.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(4 * ONE_MB));
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer())) {
            List<RecordMetadata> sent = new ArrayList<>();
            for (ProducerRecord<byte[], byte[]> record : records) {
                sent.add(producer.send(record).get());
            }
            return sent;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("cannot produce", e);
        }
    }

    /** A dead-letter producer with Kafka's default {@code max.request.size} of 1 MB, and a short wait for metadata. */
    private static KafkaProducer<byte[], byte[]> deadLetterProducer(int maxRequestSize) {
        return new KafkaProducer<>(
                deadLetterProperties(maxRequestSize), new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static Properties deadLetterProperties(int maxRequestSize) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        properties.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(maxRequestSize));
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "1000");
        return properties;
    }

    private static DeadLetterConsumer<String, ParcelEvent> consume(
            Map<TopicPartition, Long> from,
            KafkaProducer<byte[], byte[]> deadLetters,
            Function<String, String> deadLetterTopic,
            List<ConsumerRecord<String, ParcelEvent>> read) {
        try (KafkaConsumer<String, ParcelEvent> consumer = PARCELS.consumer(clients.properties());
                deadLetters) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            DeadLetterConsumer<String, ParcelEvent> safe =
                    new DeadLetterConsumer<>(consumer, deadLetters, deadLetterTopic);
            pollUntil(safe, read, 1);
            return safe;
        }
    }

    private static void pollUntil(
            DeadLetterConsumer<String, ParcelEvent> safe, List<ConsumerRecord<String, ParcelEvent>> read, int count) {
        long deadline = System.nanoTime() + Clients.DEADLINE.toNanos();
        while (read.size() < count && System.nanoTime() < deadline) {
            safe.poll(Clients.POLL).forEach(read::add);
        }
    }
}
