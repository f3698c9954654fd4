package dev.eventrecords.examples.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.eventrecords.embedded.EmbeddedKafka;
import dev.eventrecords.examples.fitness.Payment;
import dev.eventrecords.examples.fitness.PaymentReceived;
import dev.eventrecords.examples.fitness.PaymentReceivedTopic;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The example's polymorphic, snake_case event through a real KRaft broker: each variant of {@code Payment} is sent
 * with the generated binding and read back equal, its value is the JSON Jackson 3 writes (type id first), and a
 * value with an unknown type id is refused naming the property and the id.
 */
class PaymentsOnABrokerTest {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final Instant RECEIVED = Instant.parse("2024-05-01T10:15:30Z");
    private static final PaymentReceivedTopic PAYMENTS = new PaymentReceivedTopic();

    private static EmbeddedKafka broker;

    @BeforeAll
    static void startBroker() throws InterruptedException, ExecutionException {
        broker = EmbeddedKafka.start();
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(List.of(PAYMENTS.newTopic(2, (short) 1))).all().get();
        }
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void everyVariantTravelsThroughTheBrokerAndReadsBackEqual() throws InterruptedException, ExecutionException {
        List<PaymentReceived> sent = List.of(
                new PaymentReceived("m-1", RECEIVED, new BigDecimal("19.90"), new Payment.Card("4242", "VISA")),
                new PaymentReceived("m-2", RECEIVED, new BigDecimal("5"), new Payment.Cash("Zo\u00eb")),
                new PaymentReceived(
                        "m-3",
                        RECEIVED,
                        new BigDecimal("120.00"),
                        new Payment.BankTransfer("NL91ABNA0417164300", "Q2")),
                new PaymentReceived("m-4", RECEIVED, BigDecimal.ONE, null));

        try (KafkaProducer<String, PaymentReceived> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                PAYMENTS.keySerde().serializer(),
                PAYMENTS.valueSerde().serializer())) {
            for (PaymentReceived event : sent) {
                producer.send(PAYMENTS.record(event)).get();
            }
        }
        List<ConsumerRecord<String, PaymentReceived>> read =
                read(PAYMENTS.keySerde().deserializer(), PAYMENTS.valueSerde().deserializer(), sent.size());
        List<ConsumerRecord<byte[], byte[]>> raw =
                read(new ByteArrayDeserializer(), new ByteArrayDeserializer(), sent.size());

        assertThat(read).extracting(ConsumerRecord::value).containsExactlyInAnyOrderElementsOf(sent);
        assertThat(read).allSatisfy(r -> assertThat(r.key()).isEqualTo(r.value().membershipId()));
        JsonMapper jackson = JsonMapper.builder().build();
        List<String> values = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> r : raw) {
            String json = new String(r.value(), StandardCharsets.UTF_8);
            values.add(json);
            PaymentReceived theirs = jackson.readValue(r.value(), PaymentReceived.class);
            assertThat(jackson.writeValueAsString(theirs)).isEqualTo(json);
        }
        assertThat(values)
                .contains(
                        "{\"membership_id\":\"m-1\",\"received_at\":\"2024-05-01T10:15:30Z\",\"amount\":19.90,"
                                + "\"payment\":{\"method\":\"card\",\"last_four_digits\":\"4242\",\"network\":\"VISA\"}}",
                        "{\"membership_id\":\"m-3\",\"received_at\":\"2024-05-01T10:15:30Z\",\"amount\":120.00,"
                                + "\"payment\":{\"method\":\"bank_transfer\",\"iban\":\"NL91ABNA0417164300\","
                                + "\"reference\":\"Q2\"}}");
    }

    @Test
    void anUnknownTypeIdIsRefusedNamingThePropertyAndTheId() {
        byte[] json = ("{\"membership_id\":\"m-9\",\"payment\":{\"received_by\":\"Ann\",\"method\":\"cheque\"}}")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PAYMENTS.valueSerde().deserializer().deserialize(PAYMENTS.topic(), json))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("payment")
                .hasMessageContaining("unknown type id 'cheque' of 'Payment'; the known ids are 'bank_transfer',"
                        + " 'card', 'cash'");
    }

    @Test
    void aMissingTypeIdIsRefusedNamingTheProperty() {
        byte[] json =
                "{\"membership_id\":\"m-9\",\"payment\":{\"received_by\":\"Ann\"}}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PAYMENTS.valueSerde().deserializer().deserialize(PAYMENTS.topic(), json))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("payment")
                .hasMessageContaining("missing type id property 'method' of 'Payment'");
    }

    @Test
    void theTypeIdIsReadWhereverItIs() {
        byte[] json = ("{\"payment\":{\"received_by\":\"Ann\",\"method\":\"cash\"},\"membership_id\":\"m-9\"}")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(PAYMENTS.valueSerde().deserializer().deserialize(PAYMENTS.topic(), json))
                .isEqualTo(new PaymentReceived("m-9", null, null, new Payment.Cash("Ann")));
    }

    private static <K, V> List<ConsumerRecord<K, V>> read(Deserializer<K> keys, Deserializer<V> values, int count) {
        List<ConsumerRecord<K, V>> records = new ArrayList<>();
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false);
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(config, keys, values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(PAYMENTS.topic()).stream()
                    .map(p -> new TopicPartition(PAYMENTS.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            while (records.size() < count && System.nanoTime() < deadline) {
                consumer.poll(POLL).forEach(records::add);
            }
        }
        if (records.size() != count) {
            fail("expected " + count + " records on " + PAYMENTS.topic() + ", read " + records.size());
        }
        return records;
    }
}
