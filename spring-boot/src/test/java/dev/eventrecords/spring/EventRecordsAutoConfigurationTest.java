package dev.eventrecords.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventrecords.EventCatalog;
import dev.eventrecords.kafka.CloudEventHeaders;
import dev.eventrecords.kafka.EventPublisher;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.util.backoff.BackOffExecution;

/** The auto-configuration's beans and conditions, on Spring Boot's own Kafka auto-configuration, without a broker. */
class EventRecordsAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class, EventRecordsAutoConfiguration.class))
            .withPropertyValues(
                    "spring.kafka.bootstrap-servers=localhost:9",
                    "spring.kafka.client-id=shop",
                    "spring.kafka.admin.auto-create=false");

    @Test
    void declaresEveryTopicOfTheCatalogueAndItsDeadLetterTopicWithTheirSpecs() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(KafkaAdmin.NewTopics.class);
            Map<String, NewTopic> topics = topics(EventRecordsAutoConfiguration.newTopics(true));
            assertThat(topics).containsOnlyKeys("test.parcels", "test.parcels.dlt", "test.stock", "test.stock.dlt");

            NewTopic parcels = topics.get("test.parcels");
            assertThat(parcels.numPartitions()).isEqualTo(2);
            assertThat(parcels.configs()).containsExactlyEntriesOf(Map.of("retention.ms", "86400000"));

            NewTopic parcelLetters = topics.get("test.parcels.dlt");
            assertThat(parcelLetters.numPartitions()).isEqualTo(2);
            assertThat(parcelLetters.configs())
                    .containsOnly(
                            Map.entry("retention.ms", "86400000"),
                            Map.entry("cleanup.policy", "delete"),
                            Map.entry("max.message.bytes", Long.toString(1_048_588 + 64 * 1024)));

            assertThat(topics.get("test.stock").configs())
                    .containsExactlyEntriesOf(Map.of("cleanup.policy", "compact"));
            assertThat(topics.get("test.stock").numPartitions()).isEqualTo(-1);
            // A dead letter without its value must not be a tombstone: its topic deletes, and keeps no compaction.
            assertThat(topics.get("test.stock.dlt").configs()).containsEntry("cleanup.policy", "delete");
        });
    }

    @Test
    void declaresNoTopicWhenTopicCreationIsOff() {
        runner.withPropertyValues("eventrecords.topics.create=false")
                .run(context -> assertThat(context).doesNotHaveBean(KafkaAdmin.NewTopics.class));
    }

    @Test
    void leavesTheDeadLetterTopicsOutWhenAsked() {
        assertThat(topics(EventRecordsAutoConfiguration.newTopics(false)))
                .containsOnlyKeys("test.parcels", "test.stock");
    }

    @Test
    void theConsumerFactoryReadsACatalogueTopicByCeTypeAndOtherTopicsWithTheConfiguredDeserializer() {
        runner.run(context -> {
            DefaultKafkaConsumerFactory<?, ?> factory = context.getBean(DefaultKafkaConsumerFactory.class);
            Deserializer<?> values = factory.getValueDeserializer();
            values.configure(factory.getConfigurationProperties(), false);

            ParcelDelivered delivered = new ParcelDelivered("p-1", Instant.parse("2026-01-02T03:04:05Z"));
            ProducerRecord<?, ParcelEvent> record =
                    EventCatalog.bindingFor(ParcelEvent.class).orElseThrow().record(delivered);
            byte[] bytes = serialized(record);
            assertThat(values.deserialize("test.parcels", record.headers(), bytes))
                    .isEqualTo(delivered);

            RecordHeaders plain = new RecordHeaders();
            assertThat(values.deserialize("audit.log", plain, "hello".getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo("hello");

            Deserializer<?> keys = factory.getKeyDeserializer();
            keys.configure(factory.getConfigurationProperties(), true);
            UUID sku = UUID.randomUUID();
            @SuppressWarnings("unchecked")
            Serializer<UUID> skus = (Serializer<UUID>) EventCatalog.bindingFor(StockCounted.class)
                    .orElseThrow()
                    .keySerde()
                    .serializer();
            byte[] keyBytes = skus.serialize("test.stock", sku);
            assertThat(keys.deserialize("test.stock", new RecordHeaders(), keyBytes))
                    .isEqualTo(sku);
        });
    }

    @Test
    void aRecordThatCannotBeReadReachesTheErrorHandlerWithItsBytes() {
        runner.run(context -> {
            DefaultKafkaConsumerFactory<?, ?> factory = context.getBean(DefaultKafkaConsumerFactory.class);
            Deserializer<?> values = factory.getValueDeserializer();
            values.configure(factory.getConfigurationProperties(), false);
            RecordHeaders headers = new RecordHeaders();
            headers.add(
                    CloudEventHeaders.TYPE, ParcelSent.class.getCanonicalName().getBytes(StandardCharsets.UTF_8));
            byte[] pill = "{\"parcelId\":".getBytes(StandardCharsets.UTF_8);

            assertThat(values.deserialize("test.parcels", headers, pill)).isNull();
            assertThat(headers.lastHeader(SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER))
                    .isNotNull();
        });
    }

    @Test
    void theTemplateWritesEventsWithTheirHeadersAndTheInterceptorGivesThemTheirKey() {
        runner.withPropertyValues(
                        "spring.kafka.producer.properties.interceptor.classes=" + AuditInterceptor.class.getName())
                .run(context -> {
                    DefaultKafkaProducerFactory<?, ?> factory = context.getBean(DefaultKafkaProducerFactory.class);
                    assertThat(factory.getConfigurationProperties().get(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG))
                            .isEqualTo(AuditInterceptor.class.getName() + "," + EventKeyInterceptor.class.getName());
                    @SuppressWarnings("unchecked")
                    Serializer<Object> values = (Serializer<Object>) factory.getValueSerializer();
                    values.configure(factory.getConfigurationProperties(), false);

                    ParcelSent sent = new ParcelSent("p-2", "Ada");
                    RecordHeaders headers = new RecordHeaders();
                    byte[] bytes = values.serialize("test.parcels", headers, sent);
                    assertThat(new String(bytes, StandardCharsets.UTF_8))
                            .isEqualTo("{\"parcelId\":\"p-2\",\"to\":\"Ada\"}");
                    assertThat(new String(
                                    headers.lastHeader(CloudEventHeaders.TYPE).value(), StandardCharsets.UTF_8))
                            .isEqualTo(ParcelSent.class.getCanonicalName());
                    assertThat(values.serialize("audit.log", new RecordHeaders(), "plain"))
                            .isEqualTo("plain".getBytes(StandardCharsets.UTF_8));

                    ProducerRecord<Object, Object> keyed =
                            new EventKeyInterceptor().onSend(new ProducerRecord<>("test.parcels", sent));
                    assertThat(keyed.key()).isEqualTo("p-2");
                    ProducerRecord<Object, Object> other = new ProducerRecord<>("audit.log", "plain");
                    assertThat(new EventKeyInterceptor().onSend(other)).isSameAs(other);
                });
    }

    @Test
    void eventRecordsGivesTheRecordOfTheEventsBinding() {
        UUID sku = UUID.randomUUID();
        ProducerRecord<Object, Object> record = EventRecords.record(new StockCounted(sku, 3));
        assertThat(record.topic()).isEqualTo("test.stock");
        assertThat(record.key()).isEqualTo(sku);
        assertThat(record.headers().lastHeader(CloudEventHeaders.ID)).isNotNull();
    }

    @Test
    void thePublisherTakesTheProducerFactorysConfigurationWithoutTheTemplatesInterceptorOrSerializers() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(EventPublisher.class);
            DefaultKafkaProducerFactory<?, ?> factory = context.getBean(DefaultKafkaProducerFactory.class);
            Map<String, Object> config =
                    EventRecordsAutoConfiguration.publisherConfig(factory.getConfigurationProperties());
            assertThat(config)
                    .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, List.of("localhost:9"))
                    .containsEntry(ProducerConfig.CLIENT_ID_CONFIG, "shop")
                    .doesNotContainKeys(
                            ProducerConfig.INTERCEPTOR_CLASSES_CONFIG,
                            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        });
    }

    @Test
    void listenersGetTheDeadLetterErrorHandlerUnlessTheApplicationHasItsOwn() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(DefaultErrorHandler.class);
            assertThat(context).hasSingleBean(EventDeadLetterRecoverer.class);
        });
        runner.withBean(CommonErrorHandler.class, () -> new DefaultErrorHandler())
                .run(context -> {
                    assertThat(context).hasSingleBean(CommonErrorHandler.class);
                    assertThat(context).doesNotHaveBean(EventDeadLetterRecoverer.class);
                });
        runner.withPropertyValues("eventrecords.dead-letter.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(CommonErrorHandler.class));
    }

    @Test
    void theFactoriesKeepTheirOwnSerdesWhenTheStarterIsToldToLeaveThem() {
        runner.withPropertyValues("eventrecords.consumer.events=false", "eventrecords.producer.events=false")
                .run(context -> {
                    assertThat(context.getBean(DefaultKafkaConsumerFactory.class)
                                    .getValueDeserializer())
                            .isNull();
                    assertThat(context.getBean(DefaultKafkaProducerFactory.class)
                                    .getValueSerializer())
                            .isNull();
                });
    }

    @Test
    void retriesWaitAsTheEventConsumerDoes() {
        EventRecordsProperties.Retry retry = new EventRecordsProperties.Retry();
        retry.setAttempts(4);
        retry.setBackoff(Duration.ofMillis(100));
        retry.setMaxBackoff(Duration.ofMillis(300));
        BackOffExecution waits = EventRecordsAutoConfiguration.backOff(retry).start();
        assertThat(List.of(waits.nextBackOff(), waits.nextBackOff(), waits.nextBackOff(), waits.nextBackOff()))
                .containsExactly(100L, 200L, 300L, BackOffExecution.STOP);

        retry.setAttempts(1);
        assertThat(EventRecordsAutoConfiguration.backOff(retry).start().nextBackOff())
                .isEqualTo(BackOffExecution.STOP);
    }

    private static Map<String, NewTopic> topics(List<NewTopic> declared) {
        return declared.stream().collect(Collectors.toMap(NewTopic::name, t -> t));
    }

    @SuppressWarnings("unchecked")
    private static <E> byte[] serialized(ProducerRecord<?, E> record) {
        Serializer<E> serializer = (Serializer<E>) EventCatalog.bindingFor(ParcelEvent.class)
                .orElseThrow()
                .valueSerde()
                .serializer();
        return serializer.serialize(record.topic(), record.headers(), record.value());
    }
}
