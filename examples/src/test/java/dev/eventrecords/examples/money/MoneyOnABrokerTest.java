package dev.eventrecords.examples.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventrecords.embedded.EmbeddedKafka;
import dev.eventrecords.examples.money.InvoicePaid.Adjustment;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
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
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Joda-Money's {@code Money}, carried by the user codec {@link MoneyCodec}, through a real KRaft broker: the generated
 * serde calls the codec wherever the type appears, and reads back an equal event.
 */
class MoneyOnABrokerTest {

    private static final InvoicePaidTopic INVOICES = new InvoicePaidTopic();
    private static final Instant PAID_AT = Instant.parse("2026-12-02T10:15:30.120Z");

    private static EmbeddedKafka broker;

    @BeforeAll
    static void startBroker() throws InterruptedException, ExecutionException {
        broker = EmbeddedKafka.start();
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(List.of(INVOICES.newTopic(1, (short) 1))).all().get();
        }
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void anEventWithMoneyEverywhereComesBackEqualFromTheBroker() throws InterruptedException, ExecutionException {
        InvoicePaid paid = invoice("inv-1");
        InvoicePaid withoutTip = new InvoicePaid(
                "inv-2", Money.ofMajor(CurrencyUnit.JPY, 1200), List.of(), Optional.empty(), Map.of(), null, PAID_AT);

        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        try (KafkaProducer<String, InvoicePaid> producer = INVOICES.producer(producerProps)) {
            producer.send(INVOICES.record(paid)).get();
            producer.send(INVOICES.record(withoutTip)).get();
        }

        List<ConsumerRecord<String, InvoicePaid>> read = readAll(2);
        assertThat(read).extracting(ConsumerRecord::key).containsExactly("inv-1", "inv-2");
        assertThat(read).extracting(ConsumerRecord::value).containsExactly(paid, withoutTip);
    }

    @Test
    void theCodecWritesEachMoneyWhereItStands() {
        byte[] bytes = INVOICES.valueSerde().serializer().serialize(INVOICES.topic(), invoice("inv-3"));

        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("{\"invoiceId\":\"inv-3\",\"total\":{\"amount\":42.50,\"currency\":\"EUR\"},"
                        + "\"lines\":[{\"amount\":40.00,\"currency\":\"EUR\"},{\"amount\":2.50,\"currency\":\"EUR\"}],"
                        + "\"tip\":{\"amount\":1.00,\"currency\":\"EUR\"},"
                        + "\"taxByRate\":{\"19%\":{\"amount\":6.79,\"currency\":\"EUR\"}},"
                        + "\"adjustment\":{\"reason\":\"voucher\",\"amount\":{\"amount\":-5.00,\"currency\":\"EUR\"}},"
                        + "\"paidAt\":\"2026-12-02T10:15:30.120Z\"}");
    }

    @Test
    void whatTheCodecRefusesIsASerializationExceptionNamingTheField() {
        byte[] bytes = ("{\"invoiceId\":\"inv-4\",\"total\":{\"amount\":\"many\",\"currency\":\"EUR\"},"
                        + "\"paidAt\":\"2026-12-02T10:15:30.120Z\"}")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> INVOICES.valueSerde().deserializer().deserialize(INVOICES.topic(), bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("field 'total'")
                .hasMessageContaining("a money value needs a numeric 'amount' and a text 'currency'");
    }

    @Test
    void aMissingMoneyIsNullAndMissingCollectionsAreEmpty() {
        byte[] bytes = "{\"invoiceId\":\"inv-5\"}".getBytes(StandardCharsets.UTF_8);

        InvoicePaid read = INVOICES.valueSerde().deserializer().deserialize(INVOICES.topic(), bytes);

        assertThat(read).isEqualTo(new InvoicePaid("inv-5", null, List.of(), Optional.empty(), Map.of(), null, null));
    }

    private static InvoicePaid invoice(String id) {
        return new InvoicePaid(
                id,
                Money.parse("EUR 42.50"),
                List.of(Money.parse("EUR 40"), Money.parse("EUR 2.50")),
                Optional.of(Money.parse("EUR 1")),
                Map.of("19%", Money.parse("EUR 6.79")),
                new Adjustment("voucher", Money.parse("EUR -5")),
                PAID_AT);
    }

    private static List<ConsumerRecord<String, InvoicePaid>> readAll(int count) {
        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, "money-" + System.nanoTime());
        List<ConsumerRecord<String, InvoicePaid>> read = new ArrayList<>();
        try (KafkaConsumer<String, InvoicePaid> consumer = INVOICES.consumer(consumerProps)) {
            TopicPartition partition = new TopicPartition(INVOICES.topic(), 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (read.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(100)).forEach(read::add);
            }
        }
        return read;
    }
}
