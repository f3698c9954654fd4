package dev.eventrecords.examples.fitness;

import dev.eventrecords.EventCatalog;
import dev.eventrecords.TopicBinding;
import dev.eventrecords.examples.kafka.EmbeddedKafka;
import dev.eventrecords.kafka.DeadLetterConsumer;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The fitness tracker, end to end: starts a Kafka broker (unless {@code KAFKA_BOOTSTRAP_SERVERS} points at one),
 * creates the topics of every event in the {@link EventCatalog}, produces events of every type with the generated
 * bindings, consumes them back with the generated serdes and prints each record.
 */
public final class FitnessTrackerApp {

    private FitnessTrackerApp() {}

    public static void main(String[] args) throws Exception {
        String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        EmbeddedKafka broker = null;
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
            run(bootstrap);
        } finally {
            if (broker != null) {
                broker.close();
            }
        }
        System.out.println("Done.");
    }

    static void run(String bootstrap) throws Exception {
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
                        Optional.of("Easy run, negative split")));

        DeviceEventTopic devices = new DeviceEventTopic();
        try (KafkaProducer<String, DeviceEvent> producer = devices.producer(properties(bootstrap))) {
            for (DeviceEvent event : deviceEvents) {
                producer.send(devices.record(event)).get();
            }
        }
        for (Object event : otherEvents) {
            send(bootstrap, event);
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

        int received = consumeDevices(bootstrap, devices, run, deviceEvents.size());
        Set<String> done = new TreeSet<>(Set.of(DeviceEventTopic.TOPIC));
        for (TopicBinding<?, ?> binding : bindings) {
            if (done.add(binding.topic())) {
                long expected = otherEvents.stream()
                        .filter(e -> binding.eventClass().isInstance(e))
                        .count();
                received += consume(bootstrap, binding, run, expected);
            }
        }
        if (received != sent) {
            throw new IllegalStateException("produced " + sent + " events but consumed " + received);
        }
        System.out.println("All " + received + " events made the round trip.");
        showDeadLetters(bootstrap, deadLetters, device, poison);
    }

    private static int consumeDevices(String bootstrap, DeviceEventTopic devices, String run, int expected) {
        Properties props = consumerProperties(bootstrap, "fitness-devices-" + run);
        int count = 0;
        try (KafkaConsumer<String, DeviceEvent> consumer = devices.consumer(props);
                KafkaProducer<byte[], byte[]> dlt = rawProducer(bootstrap)) {
            consumer.subscribe(List.of(devices.topic()));
            DeadLetterConsumer<String, DeviceEvent> safe = new DeadLetterConsumer<>(consumer, dlt);
            long deadline = System.currentTimeMillis() + 30_000;
            while ((count < expected || safe.deadLettered() == 0) && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, DeviceEvent> record : safe.poll(java.time.Duration.ofMillis(500))) {
                    if (String.valueOf(record.key()).contains(run)) {
                        print(record);
                        count++;
                    }
                }
            }
            System.out.println("  (" + safe.deadLettered() + " poison pill moved to the dead-letter topic)");
        }
        return count;
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

    @SuppressWarnings("unchecked") // the catalogue's binding for event.getClass() carries that class's events
    private static <K, E> void send(String bootstrap, Object event) throws Exception {
        TopicBinding<K, E> binding = (TopicBinding<K, E>) EventCatalog.bindingFor(event.getClass())
                .orElseThrow(() -> new IllegalStateException("no binding for " + event.getClass()));
        try (KafkaProducer<K, E> producer = binding.producer(properties(bootstrap))) {
            producer.send(binding.record((E) event)).get();
        }
    }

    private static <K, E> int consume(String bootstrap, TopicBinding<K, E> binding, String run, long expected) {
        int count = 0;
        try (KafkaConsumer<K, E> consumer =
                binding.consumer(consumerProperties(bootstrap, "fitness-example-" + run + "-" + binding.topic()))) {
            consumer.subscribe(List.of(binding.topic()));
            long deadline = System.currentTimeMillis() + 30_000;
            while (count < expected && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<K, E> record : consumer.poll(java.time.Duration.ofMillis(500))) {
                    if (!String.valueOf(record.key()).contains(run)
                            && !record.value().toString().contains(run)) {
                        continue; // an earlier run's event on a shared broker
                    }
                    print(record);
                    count++;
                }
            }
        }
        return count;
    }

    private static void print(ConsumerRecord<?, ?> record) {
        StringBuilder headers = new StringBuilder();
        for (Header h : record.headers()) {
            headers.append("\n      ")
                    .append(h.key())
                    .append('=')
                    .append(new String(h.value(), StandardCharsets.UTF_8));
        }
        System.out.printf(
                "  %s partition=%d offset=%d key=%s timestamp=%s%n    value=%s%n    headers:%s%n",
                record.topic(),
                record.partition(),
                record.offset(),
                text(record.key()),
                Instant.ofEpochMilli(record.timestamp()),
                text(record.value()),
                headers);
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
