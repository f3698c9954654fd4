package dev.eventrecords.examples.fitness;

import dev.eventrecords.EventCatalog;
import dev.eventrecords.TopicBinding;
import dev.eventrecords.embedded.EmbeddedKafka;
import dev.eventrecords.embedded.EmbeddedRegistry;
import dev.eventrecords.kafka.DeadLetterConsumer;
import dev.eventrecords.kafka.EventConsumer;
import dev.eventrecords.kafka.EventMetadata;
import dev.eventrecords.kafka.EventPublisher;
import dev.eventrecords.kafka.EventTopics;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The fitness tracker, end to end: starts a Kafka broker (unless {@code KAFKA_BOOTSTRAP_SERVERS} points at one) and a
 * schema registry (unless {@code SCHEMA_REGISTRY_URL} points at one, for the Avro topic {@code fitness.sleep}), creates
 * the topics of every event in the {@link EventCatalog}, publishes events of every type through one
 * {@link EventPublisher}, consumes every topic back with one {@link EventConsumer} (the poison pill goes to the
 * dead-letter topic) and prints each event.
 */
public final class FitnessTrackerApp {

    private FitnessTrackerApp() {}

    public static void main(String[] args) throws Exception {
        String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        EmbeddedKafka broker = null;
        EmbeddedRegistry embeddedRegistry = null;
        String bootstrap;
        if (external != null && !external.isBlank()) {
            bootstrap = external;
            System.out.println("Using the Kafka broker at " + bootstrap);
        } else {
            System.out.println("Starting an embedded single-node Kafka broker (KRaft)...");
            broker = EmbeddedKafka.start();
            bootstrap = broker.bootstrapServers();
            System.out.println("Broker ready at " + bootstrap);
        }
        try {
            String registry = System.getenv("SCHEMA_REGISTRY_URL");
            if (registry != null && !registry.isBlank()) {
                System.out.println("Using the schema registry at " + registry);
            } else {
                System.out.println("Starting an embedded schema registry (Apicurio " + EmbeddedRegistry.VERSION
                        + ") for the Avro events...");
                embeddedRegistry = EmbeddedRegistry.start();
                registry = embeddedRegistry.url();
                System.out.println("Schema registry ready at " + registry);
            }
            run(bootstrap, registry);
        } finally {
            if (embeddedRegistry != null) {
                embeddedRegistry.close();
            }
            if (broker != null) {
                broker.close();
            }
        }
        System.out.println("Done.");
    }

    static void run(String bootstrap, String registry) throws Exception {
        List<TopicBinding<?, ?>> bindings = EventCatalog.bindings();
        System.out.println("Event catalogue: " + bindings.size() + " bindings");
        for (TopicBinding<?, ?> b : bindings) {
            System.out.println(
                    "  " + b.eventType() + " -> " + b.topic() + " " + b.spec().configs());
        }
        String deadLetters = DeviceEventTopic.TOPIC + DeadLetterConsumer.SUFFIX;
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            EventTopics.Report report = EventTopics.ensureAll(admin);
            System.out.println("Topics created: " + report.created() + ", verified: " + report.verified());
            report.mismatches().forEach(m -> System.out.println("  MISMATCH " + m));
        }

        String run = UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String device = "tracker-" + run;
        String user = "user-" + run;

        // A device's events share one topic and one key, so they are read in the order they happened.
        List<DeviceEvent> deviceEvents = List.of(
                new DeviceConnected(device, user, now, "4.2.1"),
                new HeartRateRecorded(device, now.plusSeconds(1), 72),
                new HeartRateRecorded(device, now.plusSeconds(2), 75),
                new DeviceDisconnected(device, now.plusSeconds(3), "battery low"));
        List<Object> otherEvents = List.of(
                new UserCreated(user, "ada@example.com", "Ada", now),
                new UserAddressChanged(user, new Address("1 Lovelace Way", "N1 9GU", "London", "GB"), now),
                new WorkoutCompleted(
                        UUID.randomUUID(),
                        user,
                        WorkoutType.RUN,
                        OffsetDateTime.ofInstant(now, ZoneOffset.ofHours(1)),
                        Duration.ofMinutes(31).plusSeconds(12),
                        List.of(
                                new Lap(
                                        1,
                                        new BigDecimal("5.00"),
                                        Duration.ofMinutes(15).plusSeconds(40)),
                                new Lap(
                                        2,
                                        new BigDecimal("5.00"),
                                        Duration.ofMinutes(15).plusSeconds(32))),
                        Optional.of("Easy run, negative split")),
                // in Avro, through the schema registry: the publisher and the consumer are given its URL
                new SleepRecorded(user, now.plusSeconds(4), 452, 98, Optional.of("woke once")));

        // One publisher for every event of the catalogue: each goes to its topic with its key, headers and time.
        try (EventPublisher publisher =
                EventPublisher.create(Map.of("bootstrap.servers", bootstrap, "schema.registry.url", registry))) {
            for (DeviceEvent event : deviceEvents) {
                publisher.publish(event).get();
            }
            for (Object event : otherEvents) {
                publisher.publish(event).get();
            }
        }
        // A poison pill: bytes that claim to be a DeviceConnected but are not JSON, written by a raw producer.
        byte[] poison = "{not json at all".getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<byte[], byte[]> raw = rawProducer(bootstrap)) {
            ProducerRecord<byte[], byte[]> pill =
                    new ProducerRecord<>(DeviceEventTopic.TOPIC, device.getBytes(StandardCharsets.UTF_8), poison);
            pill.headers().add("ce_type", DeviceConnectedSerde.EVENT_TYPE.getBytes(StandardCharsets.UTF_8));
            raw.send(pill).get();
        }
        int sent = deviceEvents.size() + otherEvents.size();
        System.out.println("Produced " + sent + " events and one poison pill; consuming them back:");

        // One consumer for every topic: a handler per event type or family, poison pills to '<topic>.dlt'.
        List<Object> received = new CopyOnWriteArrayList<>();
        CountDownLatch all = new CountDownLatch(sent);
        Map<String, Object> config = Map.of(
                "bootstrap.servers",
                bootstrap,
                "group.id",
                "fitness-example-" + run,
                "auto.offset.reset",
                "earliest",
                "schema.registry.url",
                registry);
        EventConsumer consumer = EventConsumer.builder(config)
                .on(DeviceEvent.class, (event, meta) -> handle(event, meta, run, received, all))
                .on(UserCreated.class, (event, meta) -> handle(event, meta, run, received, all))
                .on(UserAddressChanged.class, (event, meta) -> handle(event, meta, run, received, all))
                .on(WorkoutCompleted.class, (event, meta) -> handle(event, meta, run, received, all))
                .on(SleepRecorded.class, (event, meta) -> handle(event, meta, run, received, all))
                .build();
        Thread loop = new Thread(consumer::run, "fitness-consumer");
        loop.start();
        try {
            if (!all.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("produced " + sent + " events but consumed " + received.size());
            }
            long deadline = System.currentTimeMillis() + 30_000;
            while (consumer.metrics().total().deadLettered() == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
        } finally {
            consumer.close();
            loop.join(30_000);
        }
        if (!received.containsAll(deviceEvents) || !received.containsAll(otherEvents)) {
            throw new IllegalStateException("consumed " + received + " for " + deviceEvents + " and " + otherEvents);
        }
        System.out.println("All " + received.size() + " events made the round trip; consumer metrics: "
                + consumer.metrics().total());
        showDeadLetters(bootstrap, deadLetters, device, poison);
    }

    /** Prints an event of this run and counts it; events of earlier runs on a shared broker are passed over. */
    private static void handle(
            Object event, EventMetadata meta, String run, List<Object> received, CountDownLatch all) {
        if (!String.valueOf(meta.key()).contains(run) && !event.toString().contains(run)) {
            return;
        }
        print(meta.topic(), meta.partition(), meta.offset(), meta.key(), meta.timestamp(), event, meta.headers());
        received.add(event);
        all.countDown();
    }

    private static void showDeadLetters(String bootstrap, String topic, String device, byte[] poison) {
        Properties props = consumerProperties(bootstrap, "fitness-dlt-" + device);
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(java.time.Duration.ofMillis(500))) {
                    if (record.key() != null && new String(record.key(), StandardCharsets.UTF_8).equals(device)) {
                        System.out.println("Dead-letter topic holds the poison pill, bytes unchanged: "
                                + java.util.Arrays.equals(record.value(), poison));
                        print(record);
                        return;
                    }
                }
            }
        }
        throw new IllegalStateException("the poison pill did not reach " + topic);
    }

    private static void print(ConsumerRecord<?, ?> record) {
        print(
                record.topic(),
                record.partition(),
                record.offset(),
                text(record.key()),
                record.timestamp(),
                text(record.value()),
                record.headers());
    }

    private static void print(
            String topic, int partition, long offset, Object key, long timestamp, Object value, Headers headers) {
        StringBuilder text = new StringBuilder();
        for (Header h : headers) {
            text.append("\n      ").append(h.key()).append('=').append(new String(h.value(), StandardCharsets.UTF_8));
        }
        System.out.printf(
                "  %s partition=%d offset=%d key=%s timestamp=%s%n    value=%s%n    headers:%s%n",
                topic, partition, offset, key, Instant.ofEpochMilli(timestamp), value, text);
    }

    private static Object text(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value;
    }

    private static Properties properties(String bootstrap) {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrap);
        return props;
    }

    private static Properties consumerProperties(String bootstrap, String group) {
        Properties props = properties(bootstrap);
        props.put("group.id", group);
        props.put("auto.offset.reset", "earliest");
        return props;
    }

    private static KafkaProducer<byte[], byte[]> rawProducer(String bootstrap) {
        return new KafkaProducer<>(properties(bootstrap), new ByteArraySerializer(), new ByteArraySerializer());
    }
}
