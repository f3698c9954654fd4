package dev.eventrecords.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventrecords.embedded.EmbeddedKafka;
import dev.eventrecords.kafka.CloudEventHeaders;
import dev.eventrecords.kafka.DeadLetterHeaders;
import dev.eventrecords.spring.EventDeadLetterRecoverer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The shop on a real embedded KRaft broker ({@link EmbeddedBroker}): what it publishes reaches its typed listeners, what cannot be read
 * or handled ends in the dead-letter topics with the {@code dlt.*} headers, and the topics exist as the events say.
 */
@SpringBootTest(
        properties = {
            "eventrecords.retry.attempts=3",
            "eventrecords.retry.backoff=50ms",
            // Small enough that a dead letter of a 19,500-byte record, with its headers, is too large to be sent.
            "spring.kafka.producer.properties.max.request.size=20000",
            "logging.level.org.apache.kafka=WARN",
            "logging.level.kafka=WARN",
            "logging.level.state.change.logger=WARN",
            "logging.level.org.springframework.kafka=WARN"
        })
@Import(EmbeddedBroker.class)
class ShopApplicationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    ShopService shop;

    @Autowired
    OrderListeners orders;

    @Autowired
    WelcomeMailer mailer;

    @Autowired
    EventDeadLetterRecoverer deadLetters;

    @Autowired
    EmbeddedKafka broker;

    @Test
    void createsEveryTopicAndItsDeadLetterTopicWithTheirSpecs() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            Map<String, TopicDescription> topics = admin.describeTopics(
                            List.of("shop.orders", "shop.orders.dlt", "shop.customers", "shop.customers.dlt"))
                    .allTopicNames()
                    .get();
            assertThat(topics.get("shop.orders").partitions()).hasSize(3);
            assertThat(topics.get("shop.orders.dlt").partitions()).hasSize(3);
            assertThat(topics.get("shop.customers").partitions()).hasSize(2);
            assertThat(topics.get("shop.customers.dlt").partitions()).hasSize(2);

            Map<ConfigResource, Config> configs = admin.describeConfigs(
                            List.of(topic("shop.orders"), topic("shop.orders.dlt"), topic("shop.customers")))
                    .all()
                    .get();
            assertThat(configs.get(topic("shop.orders")).get("retention.ms").value())
                    .isEqualTo(Long.toString(Duration.ofDays(7).toMillis()));
            assertThat(configs.get(topic("shop.customers")).get("retention.ms").value())
                    .isEqualTo(Long.toString(Duration.ofDays(30).toMillis()));
            Config dlt = configs.get(topic("shop.orders.dlt"));
            assertThat(dlt.get("retention.ms").value())
                    .isEqualTo(Long.toString(Duration.ofDays(7).toMillis()));
            assertThat(dlt.get("cleanup.policy").value()).isEqualTo("delete");
            assertThat(Long.parseLong(dlt.get("max.message.bytes").value())).isEqualTo(1_048_588L + 64 * 1024);
        }
    }

    @Test
    void eventsPublishedThroughThePublisherAndTheTemplateReachTheTypedListeners() throws Exception {
        String orderId = "order-" + UUID.randomUUID();
        OrderPlaced placed = shop.place(orderId, "c-7", List.of("sku-1", "sku-2"), new BigDecimal("42.50"));
        shop.pay(orderId, new BigDecimal("42.50")).get();
        shop.ship(orderId, "parcel-co").get();

        awaitUntil(() -> ofOrder(orders.history(), orderId).size() == 3, "the order history reads the three events");
        List<OrderEvent> history = ofOrder(orders.history(), orderId);
        assertThat(history.get(0)).isEqualTo(placed);
        assertThat(history.get(1)).isInstanceOf(OrderPaid.class);
        assertThat(history.get(2))
                .isInstanceOfSatisfying(
                        OrderShipped.class, s -> assertThat(s.carrier()).isEqualTo("parcel-co"));

        awaitUntil(
                () -> orders.toShip().stream().anyMatch(p -> p.orderId().equals(orderId)),
                "the warehouse reads the payment");
        assertThat(orders.toShip().stream().filter(p -> p.orderId().equals(orderId)))
                .singleElement()
                .isEqualTo(history.get(1));
        awaitUntil(() -> deadLetters.skippedUnhandled() >= 2, "the warehouse skips the placement and the shipment");
    }

    @Test
    void everyWayOfPublishingWritesTheKeyAndTheCloudEventsHeaders() throws Exception {
        String orderId = "order-" + UUID.randomUUID();
        shop.place(orderId, "c-8", List.of("sku-3"), BigDecimal.ONE);
        shop.pay(orderId, BigDecimal.ONE).get();
        shop.ship(orderId, "parcel-co").get();

        List<ConsumerRecord<byte[], byte[]>> written = read("shop.orders", r -> orderId.equals(utf8(r.key())), 3);
        assertThat(written)
                .extracting(r -> header(r, CloudEventHeaders.TYPE))
                .containsExactly(
                        OrderPlaced.class.getCanonicalName(),
                        OrderPaid.class.getCanonicalName(),
                        OrderShipped.class.getCanonicalName());
        for (ConsumerRecord<byte[], byte[]> record : written) {
            assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/topics/shop.orders");
            assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
            assertThat(record.headers().headers(CloudEventHeaders.ID)).hasSize(1);
        }
        // One key, so one partition: the order's events keep their order.
        assertThat(written)
                .extracting(ConsumerRecord::partition)
                .containsOnly(written.get(0).partition());
    }

    @Test
    void aPoisonPillGoesToTheDeadLetterTopicUnchangedWithTheDltHeaders() throws Exception {
        byte[] pill = "{\"orderId\": \"o-pill\", \"total\": \"not a number".getBytes(StandardCharsets.UTF_8);
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>("shop.orders", utf8("o-pill"), pill);
        record.headers().add(CloudEventHeaders.TYPE, utf8(OrderPlaced.class.getCanonicalName()));
        RecordMetadata sent = sendRaw(record);

        // Both groups that read the topic meet the pill, and each dead-letters it.
        List<ConsumerRecord<byte[], byte[]>> letters = read("shop.orders.dlt", r -> isLetterOf(r, sent), 2);
        for (ConsumerRecord<byte[], byte[]> letter : letters) {
            assertThat(letter.value()).isEqualTo(pill);
            assertThat(letter.key()).isEqualTo(utf8("o-pill"));
            assertThat(header(letter, CloudEventHeaders.TYPE)).isEqualTo(OrderPlaced.class.getCanonicalName());
            assertThat(header(letter, DeadLetterHeaders.ORIGINAL_TOPIC)).isEqualTo("shop.orders");
            assertThat(header(letter, DeadLetterHeaders.ORIGINAL_PARTITION))
                    .isEqualTo(Integer.toString(sent.partition()));
            assertThat(header(letter, DeadLetterHeaders.ERROR_ORIGIN)).isEqualTo("VALUE");
            assertThat(header(letter, DeadLetterHeaders.ERROR))
                    .contains("cannot deserialize", "shop.orders", OrderPlaced.class.getCanonicalName());
            assertThat(letter.timestamp()).isEqualTo(sent.timestamp());
            assertThat(headerNames(letter))
                    .noneMatch(name -> name.startsWith("kafka_dlt") || name.startsWith("spring"));
        }
    }

    @Test
    void aKeyThatCannotBeReadGoesToTheDeadLetterTopicWithOriginKey() throws Exception {
        byte[] value = utf8("{\"customerId\":\"" + UUID.randomUUID() + "\",\"email\":\"k@shop.example\"}");
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>("shop.customers", utf8("not-a-uuid"), value);
        record.headers().add(CloudEventHeaders.TYPE, utf8(CustomerRegistered.class.getCanonicalName()));
        RecordMetadata sent = sendRaw(record);

        ConsumerRecord<byte[], byte[]> letter =
                read("shop.customers.dlt", r -> isLetterOf(r, sent), 1).get(0);
        assertThat(letter.key()).isEqualTo(utf8("not-a-uuid"));
        assertThat(letter.value()).isEqualTo(value);
        assertThat(header(letter, DeadLetterHeaders.ERROR_ORIGIN)).isEqualTo("KEY");
        assertThat(mailer.attempts()).doesNotContain("k@shop.example");
    }

    @Test
    void aDeadLetterOfAFailedListenerKeepsTheFieldsANewerProducerAdded() throws Exception {
        UUID customerId = UUID.randomUUID();
        byte[] value = utf8("{\"customerId\":\"" + customerId + "\",\"email\":\"newer@bounce.example\","
                + "\"registeredAt\":\"2026-12-01T10:00:00Z\",\"tier\":\"gold\"}");
        ProducerRecord<byte[], byte[]> record =
                new ProducerRecord<>("shop.customers", utf8(customerId.toString()), value);
        record.headers().add(CloudEventHeaders.TYPE, utf8(CustomerRegistered.class.getCanonicalName()));
        RecordMetadata sent = sendRaw(record);

        ConsumerRecord<byte[], byte[]> letter =
                read("shop.customers.dlt", r -> isLetterOf(r, sent), 1).get(0);
        assertThat(header(letter, DeadLetterHeaders.ERROR_ORIGIN)).isEqualTo("HANDLER");
        // The bytes it arrived with, not the event written again: "tier" is unknown to this build, and kept.
        assertThat(letter.value()).isEqualTo(value);
        assertThat(letter.key()).isEqualTo(utf8(customerId.toString()));
    }

    @Test
    void aTombstoneTheListenerDoesNotTakeIsSkippedNotDeadLettered() throws Exception {
        long before = deadLetters.skippedUnhandled();
        RecordMetadata sent = sendRaw(
                new ProducerRecord<>("shop.customers", utf8(UUID.randomUUID().toString()), null));

        awaitUntil(() -> deadLetters.skippedUnhandled() > before, "the mailer skips the tombstone");
        CustomerRegistered next = shop.register("after-tombstone@shop.example");
        awaitUntil(() -> mailer.sent().contains(next.email()), "the next customer is welcomed");
        assertThat(read("shop.customers.dlt", r -> isLetterOf(r, sent), 0)).isEmpty();
    }

    @Test
    void aDeadLetterTooLargeToBeWrittenIsWrittenWithoutItsValueWithItsSizeAndDigest() throws Exception {
        byte[] pill = new byte[19_500];
        java.util.Arrays.fill(pill, (byte) '[');
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>("shop.orders", utf8("o-large"), pill);
        record.headers().add(CloudEventHeaders.TYPE, utf8(OrderPaid.class.getCanonicalName()));
        RecordMetadata sent = sendRaw(record);

        List<ConsumerRecord<byte[], byte[]>> letters = read("shop.orders.dlt", r -> isLetterOf(r, sent), 2);
        for (ConsumerRecord<byte[], byte[]> letter : letters) {
            assertThat(letter.value()).isNull();
            assertThat(letter.key()).isEqualTo(utf8("o-large"));
            assertThat(header(letter, DeadLetterHeaders.ERROR_ORIGIN)).isEqualTo("VALUE");
            assertThat(header(letter, DeadLetterHeaders.ORIGINAL_VALUE_SIZE)).isEqualTo("19500");
            assertThat(header(letter, DeadLetterHeaders.ORIGINAL_VALUE_SHA256))
                    .isEqualTo(java.util.HexFormat.of()
                            .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                    .digest(pill)));
        }
        assertThat(deadLetters.reduced()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aListenerThatKeepsFailingIsRetriedThenItsRecordIsDeadLetteredAsItArrived() throws Exception {
        CustomerRegistered bounced = shop.register("nobody@bounce.example");
        shop.register("someone@shop.example");

        ConsumerRecord<byte[], byte[]> original = read(
                        "shop.customers", r -> header(r, CloudEventHeaders.TYPE) != null && isOf(r, bounced), 1)
                .get(0);
        ConsumerRecord<byte[], byte[]> letter = read(
                        "shop.customers.dlt",
                        r -> String.valueOf(original.offset()).equals(header(r, DeadLetterHeaders.ORIGINAL_OFFSET))
                                && String.valueOf(original.partition())
                                        .equals(header(r, DeadLetterHeaders.ORIGINAL_PARTITION)),
                        1)
                .get(0);
        // Dead-lettered after the third delivery (eventrecords.retry.attempts=3); the other customer is welcomed.
        assertThat(mailer.attempts().stream().filter("nobody@bounce.example"::equals))
                .hasSize(3);
        awaitUntil(() -> mailer.sent().contains("someone@shop.example"), "the listener goes on after the failure");
        assertThat(mailer.sent()).doesNotContain("nobody@bounce.example");
        assertThat(letter.key()).isEqualTo(original.key());
        assertThat(letter.value()).isEqualTo(original.value());
        assertThat(header(letter, CloudEventHeaders.ID)).isEqualTo(header(original, CloudEventHeaders.ID));
        assertThat(header(letter, DeadLetterHeaders.ORIGINAL_TOPIC)).isEqualTo("shop.customers");
        assertThat(header(letter, DeadLetterHeaders.ERROR_ORIGIN)).isEqualTo("HANDLER");
        assertThat(header(letter, DeadLetterHeaders.ERROR))
                .contains(
                        "welcome-mailer",
                        CustomerRegistered.class.getCanonicalName(),
                        "the mail server refused 'nobody@bounce.example'");
        assertThat(letter.timestamp()).isEqualTo(original.timestamp());
    }

    @Test
    void aMemberTypeUnknownToThisBuildIsSkippedNotDeadLettered() throws Exception {
        long before = deadLetters.skippedForeign();
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(
                "shop.orders", utf8("o-refund"), utf8("{\"orderId\":\"o-refund\",\"reason\":\"late\"}"));
        record.headers().add(CloudEventHeaders.TYPE, utf8("dev.eventrecords.examples.spring.OrderRefunded"));
        RecordMetadata sent = sendRaw(record);

        awaitUntil(() -> deadLetters.skippedForeign() >= before + 2, "both groups skip the unknown member");
        // A later event of the topic still arrives, and no dead letter names the skipped record.
        String orderId = "order-" + UUID.randomUUID();
        shop.place(orderId, "c-9", List.of("sku-4"), BigDecimal.TEN);
        awaitUntil(() -> ofOrder(orders.history(), orderId).size() == 1, "the next event is read");
        assertThat(read("shop.orders.dlt", r -> isLetterOf(r, sent), 0)).isEmpty();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static ConfigResource topic(String name) {
        return new ConfigResource(ConfigResource.Type.TOPIC, name);
    }

    private static List<OrderEvent> ofOrder(List<OrderEvent> events, String orderId) {
        return events.stream().filter(e -> e.orderId().equals(orderId)).toList();
    }

    private RecordMetadata sendRaw(ProducerRecord<byte[], byte[]> record) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", broker.bootstrapServers()),
                new ByteArraySerializer(),
                new ByteArraySerializer())) {
            return producer.send(record).get();
        }
    }

    /**
     * Reads a topic from its start until {@code count} records match (or, for 0, for a few seconds), and returns those
     * that match.
     */
    private List<ConsumerRecord<byte[], byte[]>> read(
            String topic, Predicate<ConsumerRecord<byte[], byte[]>> matching, int count) {
        List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of("bootstrap.servers", broker.bootstrapServers()),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + (count == 0 ? Duration.ofSeconds(3) : WAIT).toNanos();
            while (System.nanoTime() < deadline && (count == 0 || found.size() < count)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (matching.test(record)) {
                        found.add(record);
                    }
                }
            }
        }
        if (count > 0) {
            assertThat(found).as("records of '%s' found", topic).hasSize(count);
        }
        found.sort((a, b) -> Long.compare(a.offset(), b.offset()));
        return found;
    }

    private static boolean isLetterOf(ConsumerRecord<byte[], byte[]> letter, RecordMetadata sent) {
        return sent.topic().equals(header(letter, DeadLetterHeaders.ORIGINAL_TOPIC))
                && String.valueOf(sent.partition()).equals(header(letter, DeadLetterHeaders.ORIGINAL_PARTITION))
                && String.valueOf(sent.offset()).equals(header(letter, DeadLetterHeaders.ORIGINAL_OFFSET));
    }

    private static boolean isOf(ConsumerRecord<byte[], byte[]> record, CustomerRegistered event) {
        return utf8(record.value()).contains(event.customerId().toString());
    }

    private static Set<String> headerNames(ConsumerRecord<byte[], byte[]> record) {
        Set<String> names = new java.util.TreeSet<>();
        for (Header h : record.headers()) {
            names.add(h.key());
        }
        return names;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : utf8(h.value());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String utf8(byte[] b) {
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    private static void awaitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(50);
        }
    }
}
