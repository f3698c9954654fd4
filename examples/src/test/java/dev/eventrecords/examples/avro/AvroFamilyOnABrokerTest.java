package dev.eventrecords.examples.avro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventrecords.EventCatalog;
import dev.eventrecords.embedded.EmbeddedKafka;
import dev.eventrecords.embedded.EmbeddedRegistry;
import dev.eventrecords.kafka.CloudEventHeaders;
import dev.eventrecords.kafka.DeadLetterConsumer;
import dev.eventrecords.kafka.EventConsumer;
import dev.eventrecords.kafka.EventPublisher;
import dev.eventrecords.kafka.avro.SchemaRegistryClient;
import dev.eventrecords.kafka.avro.SchemaRegistryConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An Avro event family through a real broker and a real Apicurio Registry: one publisher and one consumer carry its
 * members as they carry JSON ones, each member's schema is registered under its topic and record, and a poison pill
 * (bytes not in the registry's framing) goes to the dead-letter topic, unchanged, with the reason, while the events
 * after it are handled.
 */
class AvroFamilyOnABrokerTest {

    private static final String TOPIC = "avro.tanks";
    private static final Instant AT = Instant.parse("2026-12-04T10:00:00.000000001Z");

    private static EmbeddedKafka broker;
    private static EmbeddedRegistry registry;

    @BeforeAll
    static void start() throws Exception {
        registry = EmbeddedRegistry.shared();
        broker = EmbeddedKafka.start();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.createTopics(List.of(
                            EventCatalog.bindingFor(TankFilled.class)
                                    .orElseThrow()
                                    .newTopic(),
                            new NewTopic(TOPIC + DeadLetterConsumer.SUFFIX, 1, (short) 1)))
                    .all()
                    .get();
        }
    }

    @AfterAll
    static void stop() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void membersTravelAsJsonOnesDoAndAPoisonPillIsDeadLettered() throws Exception {
        String tank = "tank-" + UUID.randomUUID();
        TankFilled filled = new TankFilled(tank, AT, 500);
        TankDrained drained = new TankDrained(tank, AT.plusSeconds(60), Optional.of("cleaning"));
        TankFilled again = new TankFilled(tank, AT.plusSeconds(120), 450);
        Map<String, Object> clients = Map.of(
                "bootstrap.servers",
                broker.bootstrapServers(),
                "schema.registry.url",
                registry.url(),
                "group.id",
                "tanks-" + tank,
                "auto.offset.reset",
                "earliest");
        List<TankEvent> seen = new CopyOnWriteArrayList<>();
        EventConsumer consumer = EventConsumer.builder(clients)
                .backoff(Duration.ofMillis(20))
                .on(TankEvent.class, (event, meta) -> {
                    if (event.toString().contains(tank)) {
                        seen.add(event);
                    }
                })
                .build();
        Thread loop = new Thread(consumer::run, "tanks");
        loop.start();
        byte[] pill = "not Avro at all".getBytes(StandardCharsets.UTF_8);
        try (EventPublisher publisher = EventPublisher.create(
                        Map.of("bootstrap.servers", broker.bootstrapServers(), "schema.registry.url", registry.url()));
                KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(
                        Map.of("bootstrap.servers", broker.bootstrapServers()),
                        new ByteArraySerializer(),
                        new ByteArraySerializer())) {
            publisher.publish(filled).get();
            publisher.publish(drained).get();
            ProducerRecord<byte[], byte[]> record =
                    new ProducerRecord<>(TOPIC, tank.getBytes(StandardCharsets.UTF_8), pill);
            record.headers().add(CloudEventHeaders.TYPE, TankFilledSerde.EVENT_TYPE.getBytes(StandardCharsets.UTF_8));
            raw.send(record).get();
            publisher.publish(again).get();

            long deadline = System.currentTimeMillis() + 30_000;
            while (seen.size() < 3 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            consumer.close();
            loop.join(30_000);
        }

        assertThat(seen).containsExactly(filled, drained, again);
        ConsumerRecord<byte[], byte[]> letter = deadLetter(tank);
        assertThat(letter.value()).isEqualTo(pill);
        assertThat(header(letter, "dlt.error"))
                .contains("cannot deserialize")
                .contains("not the magic byte 0 of a schema registry's wire format");
        SchemaRegistryClient client =
                new SchemaRegistryClient(SchemaRegistryConfig.of(Map.of(SchemaRegistryConfig.URL, registry.url())));
        assertThat(client.versions(TOPIC + "-" + TankFilledSerde.EVENT_TYPE)).isNotEmpty();
        assertThat(client.versions(TOPIC + "-" + TankDrainedSerde.EVENT_TYPE)).isNotEmpty();
    }

    private static ConsumerRecord<byte[], byte[]> deadLetter(String key) {
        Properties props = new Properties();
        props.put("bootstrap.servers", broker.bootstrapServers());
        props.put("group.id", "tanks-dlt-" + key);
        props.put("auto.offset.reset", "earliest");
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(TOPIC + DeadLetterConsumer.SUFFIX));
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.key() != null && new String(record.key(), StandardCharsets.UTF_8).equals(key)) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no dead letter of key " + key);
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
