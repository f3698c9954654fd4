package dev.eventrecords.examples.avro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventrecords.EventCatalog;
import dev.eventrecords.embedded.EmbeddedKafka;
import dev.eventrecords.embedded.EmbeddedRegistry;
import dev.eventrecords.examples.fitness.SleepRecorded;
import dev.eventrecords.examples.fitness.SleepRecordedSerde;
import dev.eventrecords.kafka.CloudEventHeaders;
import dev.eventrecords.kafka.EventPublisher;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An Avro event through a real broker and a real Apicurio Registry 2.6.13, against another registry-aware Avro serde:
 * Apicurio's own, in its Confluent mode ({@code apicurio.registry.as-confluent=true}, ids as the Confluent API gives
 * them). Apicurio's deserializer reads what our serializer wrote, and our deserializer reads what Apicurio's serializer
 * wrote under a newer version of the record's schema (a field added with a default, which we skip). Each test has a
 * topic of its own.
 */
class AvroThroughApicurioTest {

    private static EmbeddedKafka broker;
    private static EmbeddedRegistry registry;

    @BeforeAll
    static void start() {
        registry = EmbeddedRegistry.shared();
        broker = EmbeddedKafka.start();
    }

    @AfterAll
    static void stop() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void apicuriosDeserializerReadsWhatWePublished() throws Exception {
        String user = "user-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.createTopics(List.of(EventCatalog.bindingFor(SleepRecorded.class)
                            .orElseThrow()
                            .newTopic()))
                    .all()
                    .get();
        }
        SleepRecorded night = new SleepRecorded(
                user, Instant.parse("2026-12-04T06:30:00.123456789Z"), 452, 98, Optional.of("woke once"));
        try (EventPublisher publisher = EventPublisher.create(
                Map.of("bootstrap.servers", broker.bootstrapServers(), "schema.registry.url", registry.url()))) {
            publisher.publish(night).get();
        }

        ConsumerRecord<String, Object> record =
                first("fitness.sleep", user, apicurioDeserializer(), "apicurio-reads-ours");
        GenericRecord value = (GenericRecord) record.value();
        assertThat(value.getSchema().getFullName()).isEqualTo("dev.eventrecords.examples.fitness.SleepRecorded");
        assertThat(value.get("userId").toString()).isEqualTo(user);
        // timestamp-nanos: Avro's own reading of the nanoseconds since the epoch
        assertThat(value.get("wokeAt")).isEqualTo(1_796_365_800_123_456_789L);
        assertThat(value.get("minutesAsleep")).isEqualTo(452);
        assertThat(value.get("note").toString()).isEqualTo("woke once");
        assertThat(new String(
                        record.headers()
                                .lastHeader(CloudEventHeaders.CONTENT_TYPE)
                                .value(),
                        StandardCharsets.UTF_8))
                .isEqualTo("application/avro");
    }

    @Test
    void weReadWhatApicuriosSerializerWroteUnderANewerSchema() throws Exception {
        String topic = "avro-from-apicurio-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        // the next version of the event, as another team's producer has it: a field added with a default
        Schema newer = new Schema.Parser()
                .parse(SleepRecordedSerde.AVRO_SCHEMA.replace(
                        "\"fields\": [",
                        "\"fields\": [\n    {\"name\": \"device\", \"type\": \"string\", \"default\": \"unknown\"},"));
        GenericRecord value = new GenericData.Record(newer);
        value.put("device", "ring-7");
        value.put("userId", "user-apicurio");
        value.put("wokeAt", 1_796_365_800_000_000_001L);
        value.put("minutesAsleep", 400);
        value.put("minutesDeep", 77);
        value.put("note", null);
        Map<String, Object> config = apicurioConfig();
        config.put("bootstrap.servers", broker.bootstrapServers());
        config.put("apicurio.registry.auto-register", "true");
        AvroKafkaSerializer<Object> theirs = new AvroKafkaSerializer<>();
        // Kafka configures only the serializers it creates from class names
        theirs.configure(config, false);
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(config, new StringSerializer(), theirs)) {
            producer.send(new ProducerRecord<>(topic, "user-apicurio", value)).get();
        }

        SleepRecordedSerde.Deserializer ours = new SleepRecordedSerde.Deserializer();
        ours.configure(Map.of("schema.registry.url", registry.url()), false);
        ConsumerRecord<String, SleepRecorded> record = first(topic, "user-apicurio", ours, "ours-reads-apicurio");
        assertThat(record.value())
                .isEqualTo(new SleepRecorded(
                        "user-apicurio", Instant.parse("2026-12-04T06:30:00.000000001Z"), 400, 77, Optional.empty()));
    }

    private static Map<String, Object> apicurioConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put("apicurio.registry.url", registry.url().replace("/apis/ccompat/v7", "/apis/registry/v2"));
        config.put("apicurio.registry.as-confluent", "true");
        // the schema id in the value, as Confluent frames it, not in Apicurio's headers
        config.put("apicurio.registry.headers.enabled", "false");
        config.put("apicurio.registry.id-handler", "io.apicurio.registry.serde.Legacy4ByteIdHandler");
        // the ids of the Confluent-compatible API, which our client uses
        config.put("apicurio.registry.use-id", "contentId");
        return config;
    }

    private static Deserializer<Object> apicurioDeserializer() {
        AvroKafkaDeserializer<Object> deserializer = new AvroKafkaDeserializer<>();
        deserializer.configure(apicurioConfig(), false);
        return deserializer;
    }

    private static <V> ConsumerRecord<String, V> first(String topic, String key, Deserializer<V> values, String group) {
        Properties props = new Properties();
        props.put("bootstrap.servers", broker.bootstrapServers());
        props.put("group.id", group + "-" + UUID.randomUUID());
        props.put("auto.offset.reset", "earliest");
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(props, new StringDeserializer(), values)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 30_000;
            List<String> seen = new ArrayList<>();
            while (System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        return record;
                    }
                    seen.add(record.key());
                }
            }
            throw new AssertionError("no record of key " + key + " on " + topic + "; saw " + seen);
        }
    }
}
