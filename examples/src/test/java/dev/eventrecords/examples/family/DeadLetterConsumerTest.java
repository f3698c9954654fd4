package dev.eventrecords.examples.family;

import static dev.eventrecords.examples.family.Clients.header;
import static dev.eventrecords.examples.family.Clients.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventrecords.embedded.EmbeddedKafka;
import dev.eventrecords.kafka.DeadLetterConsumer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
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
 * Poison pills on a family topic, written by a raw producer between good records: the {@link DeadLetterConsumer} moves
 * each, bytes and headers unchanged, to {@code <topic>.dlt} with headers saying where it came from and why, and goes
 * on reading.
 */
class DeadLetterConsumerTest {

    private static final Instant AT = Instant.parse("2024-05-01T10:15:30.123Z");
    private static final long PILL_TIME = Instant.parse("2024-05-02T08:00:00Z").toEpochMilli();
    private static final ParcelEventTopic PARCELS = new ParcelEventTopic();
    private static final String DLT = "family.parcels.dlt";

    private static EmbeddedKafka broker;
    private static Clients clients;

    @BeforeAll
    static void startBrokerAndCreateTopics() {
        broker = EmbeddedKafka.start();
        clients = new Clients(broker.bootstrapServers());
        clients.createTopics(PARCELS.newTopic(), new NewTopic(DLT, 1, (short) 1));
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void aPoisonPillLandsInTheDeadLetterTopicAndTheConsumerGoesOn() {
        String key = "parcel-pill";
        ParcelMoved before = new ParcelMoved(key, AT, 0, "Leeds");
        ParcelMoved after = new ParcelMoved(key, AT.plusSeconds(1), 2, "York");
        byte[] pill = utf8("{not json at all");
        Map<TopicPartition, Long> from = clients.endOffsets(PARCELS.topic());
        Map<TopicPartition, Long> dltFrom = clients.endOffsets(DLT);

        List<RecordMetadata> sent = clients.sendRaw(List.of(
                raw(PARCELS.record(before)),
                new ProducerRecord<>(PARCELS.topic(), null, PILL_TIME, utf8(key), pill, pillHeaders()),
                raw(PARCELS.record(after))));
        List<ConsumerRecord<String, ParcelEvent>> read = new ArrayList<>();
        long deadLettered = consumeWithDeadLetters(from, 2, 1, read);

        assertThat(read).extracting(ConsumerRecord::value).containsExactly(before, after);
        assertThat(deadLettered).isEqualTo(1);
        ConsumerRecord<byte[], byte[]> dead =
                Clients.read(clients.rawConsumer(), dltFrom, 1).get(0);
        assertThat(dead.key()).isEqualTo(utf8(key));
        assertThat(dead.value()).isEqualTo(pill);
        assertThat(dead.timestamp()).isEqualTo(PILL_TIME);
        RecordMetadata pillMetadata = sent.get(1);
        assertThat(header(dead, "dlt.original.topic")).isEqualTo("family.parcels");
        assertThat(header(dead, "dlt.original.partition")).isEqualTo(Integer.toString(pillMetadata.partition()));
        assertThat(header(dead, "dlt.original.offset")).isEqualTo(Long.toString(pillMetadata.offset()));
        assertThat(header(dead, "dlt.original.timestamp")).isEqualTo(Long.toString(PILL_TIME));
        assertThat(header(dead, "dlt.error.origin")).isEqualTo("VALUE");
        assertThat(header(dead, "dlt.error"))
                .contains("topic 'family.parcels'")
                .contains("header ce_type 'dev.eventrecords.examples.family.ParcelMoved'");
    }

    @Test
    void theDeadLetterRecordKeepsTheOriginalHeadersInOrder() {
        Map<TopicPartition, Long> from = clients.endOffsets(PARCELS.topic());
        Map<TopicPartition, Long> dltFrom = clients.endOffsets(DLT);

        clients.sendRaw(List.of(new ProducerRecord<>(
                PARCELS.topic(), null, PILL_TIME, utf8("parcel-headers"), utf8("[]"), pillHeaders())));
        consumeWithDeadLetters(from, 0, 1, new ArrayList<>());

        ConsumerRecord<byte[], byte[]> dead =
                Clients.read(clients.rawConsumer(), dltFrom, 1).get(0);
        List<String> keys = new ArrayList<>();
        dead.headers().forEach(h -> keys.add(h.key()));
        assertThat(keys)
                .containsExactly(
                        "ce_type",
                        "trace-id",
                        "trace-id",
                        "dlt.original.topic",
                        "dlt.original.partition",
                        "dlt.original.offset",
                        "dlt.original.timestamp",
                        "dlt.error.origin",
                        "dlt.error");
        List<byte[]> traces = new ArrayList<>();
        dead.headers().headers("trace-id").forEach(h -> traces.add(h.value()));
        assertThat(traces).containsExactly(new byte[] {0, (byte) 0xff, 7}, utf8("second"));
    }

    @Test
    void aFamilyMemberUnknownToThisConsumerIsSkippedAndCountedNotDeadLettered() {
        String key = "parcel-newer";
        ParcelMoved after = new ParcelMoved(key, AT.plusSeconds(1), 3, "Hull");
        Map<TopicPartition, Long> from = clients.endOffsets(PARCELS.topic());
        Map<TopicPartition, Long> dltFrom = clients.endOffsets(DLT);
        RecordHeaders newer = new RecordHeaders();
        newer.add("ce_type", utf8("dev.eventrecords.examples.family.ParcelLost"));

        clients.sendRaw(List.of(
                new ProducerRecord<>(PARCELS.topic(), null, utf8(key), utf8("{\"parcelId\":\"parcel-newer\"}"), newer),
                raw(PARCELS.record(after))));
        List<ConsumerRecord<String, ParcelEvent>> read = new ArrayList<>();
        try (KafkaConsumer<String, ParcelEvent> consumer = PARCELS.consumer(clients.properties());
                KafkaProducer<byte[], byte[]> deadLetters = clients.rawProducer()) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            DeadLetterConsumer<String, ParcelEvent> safe = new DeadLetterConsumer<>(consumer, deadLetters);
            long deadline = System.nanoTime() + Clients.DEADLINE.toNanos();
            while (read.isEmpty() && System.nanoTime() < deadline) {
                safe.poll(Clients.POLL).forEach(read::add);
            }

            assertThat(read).extracting(ConsumerRecord::value).containsExactly(after);
            assertThat(safe.skippedForeign()).isEqualTo(1);
            assertThat(safe.deadLettered()).isZero();
        }
        assertThat(clients.endOffsets(DLT)).isEqualTo(dltFrom);
    }

    @Test
    void aNullPayloadIsATombstoneNotAPoisonPill() {
        Map<TopicPartition, Long> from = clients.endOffsets(PARCELS.topic());

        clients.sendRaw(List.of(new ProducerRecord<>(PARCELS.topic(), utf8("parcel-gone"), null)));
        List<ConsumerRecord<String, ParcelEvent>> read = new ArrayList<>();
        long deadLettered = consumeWithDeadLetters(from, 1, 0, read);

        assertThat(deadLettered).isZero();
        assertThat(read).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("parcel-gone");
            assertThat(r.value()).isNull();
        });
    }

    @Test
    void aPoisonPillThatCannotBeDeadLetteredStopsTheConsumerOnIt() {
        Map<TopicPartition, Long> from = clients.endOffsets(PARCELS.topic());
        List<RecordMetadata> sent = clients.sendRaw(
                List.of(new ProducerRecord<>(PARCELS.topic(), null, utf8("parcel-stuck"), utf8("{"), pillHeaders())));
        TopicPartition partition =
                new TopicPartition(PARCELS.topic(), sent.get(0).partition());
        Properties quick = new Properties();
        quick.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        quick.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "500");

        try (KafkaConsumer<String, ParcelEvent> consumer = PARCELS.consumer(clients.properties());
                KafkaProducer<byte[], byte[]> nowhere =
                        new KafkaProducer<>(quick, new ByteArraySerializer(), new ByteArraySerializer())) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            DeadLetterConsumer<String, ParcelEvent> safe =
                    new DeadLetterConsumer<>(consumer, nowhere, topic -> "family.missing-dlt");

            assertThatThrownBy(() -> {
                        long deadline = System.nanoTime() + Clients.DEADLINE.toNanos();
                        while (System.nanoTime() < deadline) {
                            safe.poll(Clients.POLL);
                        }
                    })
                    .isInstanceOf(KafkaException.class)
                    .hasMessageContaining("cannot dead-letter " + partition + "@"
                            + sent.get(0).offset())
                    .hasMessageContaining("'family.missing-dlt'");
            assertThat(consumer.position(partition)).isEqualTo(sent.get(0).offset());
            assertThat(safe.deadLettered()).isZero();
        }
    }

    // ---- producing and consuming -------------------------------------------------------------------------------

    /** Headers a poison pill carries: a type it lies about, and two headers of one key, one not UTF-8. */
    private static RecordHeaders pillHeaders() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_type", utf8("dev.eventrecords.examples.family.ParcelMoved"));
        headers.add("trace-id", new byte[] {0, (byte) 0xff, 7});
        headers.add("trace-id", utf8("second"));
        return headers;
    }

    /** A family record as raw bytes, with its headers and timestamp. */
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

    /**
     * Reads from the offsets with a dead-lettering consumer until it has {@code records} good records and has moved
     * {@code pills} poison pills, or the deadline has passed.
     *
     * @return how many poison pills it moved
     */
    private static long consumeWithDeadLetters(
            Map<TopicPartition, Long> from, int records, int pills, List<ConsumerRecord<String, ParcelEvent>> read) {
        try (KafkaConsumer<String, ParcelEvent> consumer = PARCELS.consumer(clients.properties());
                KafkaProducer<byte[], byte[]> deadLetters = clients.rawProducer()) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            DeadLetterConsumer<String, ParcelEvent> safe = new DeadLetterConsumer<>(consumer, deadLetters);
            long deadline = System.nanoTime() + Clients.DEADLINE.toNanos();
            while ((read.size() < records || safe.deadLettered() < pills) && System.nanoTime() < deadline) {
                safe.poll(Clients.POLL).forEach(read::add);
            }
            return safe.deadLettered();
        }
    }
}
