package dev.eventrecords.examples.fitness;

import dev.eventrecords.EventCatalog;
import dev.eventrecords.TopicBinding;
import dev.eventrecords.examples.kafka.EmbeddedKafka;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.header.Header;

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
            System.out.println("  " + b.eventType() + " -> " + b.topic());
        }
        createTopics(bootstrap, bindings);

        String run = UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String device = "tracker-" + run;
        String user = "user-" + run;
        List<Object> events = List.of(
                new UserCreated(user, "ada@example.com", "Ada", now),
                new UserAddressChanged(user, new Address("1 Lovelace Way", "N1 9GU", "London", "GB"), now),
                new DeviceConnected(device, user, now, "4.2.1"),
                new HeartRateRecorded(device, now.plusSeconds(1), 72),
                new HeartRateRecorded(device, now.plusSeconds(2), 75),
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

        int sent = 0;
        for (Object event : events) {
            send(bootstrap, event);
            sent++;
        }
        System.out.println("Produced " + sent + " events; consuming them back:");

        int received = 0;
        Set<String> topics = new TreeSet<>();
        for (TopicBinding<?, ?> binding : bindings) {
            if (topics.add(binding.topic())) {
                long expected = events.stream()
                        .filter(e -> binding.eventClass().isInstance(e))
                        .count();
                received += consume(bootstrap, binding, run, expected);
            }
        }
        if (received != sent) {
            throw new IllegalStateException("produced " + sent + " events but consumed " + received);
        }
        System.out.println("All " + received + " events made the round trip.");
    }

    private static void createTopics(String bootstrap, List<TopicBinding<?, ?>> bindings)
            throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            Set<String> seen = new TreeSet<>(existing);
            for (TopicBinding<?, ?> binding : bindings) {
                if (seen.add(binding.topic())) {
                    missing.add(binding.newTopic(3, (short) 1));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
                System.out.println(
                        "Created topics " + missing.stream().map(NewTopic::name).collect(Collectors.joining(", ")));
            }
        }
    }

    @SuppressWarnings("unchecked") // the catalogue's binding for event.getClass() carries that class's events
    private static <K, E> void send(String bootstrap, Object event) throws Exception {
        TopicBinding<K, E> binding = (TopicBinding<K, E>) EventCatalog.bindingFor(event.getClass())
                .orElseThrow(() -> new IllegalStateException("no binding for " + event.getClass()));
        try (KafkaProducer<K, E> producer = new KafkaProducer<>(
                producerProperties(bootstrap),
                binding.keySerde().serializer(),
                binding.valueSerde().serializer())) {
            producer.send(binding.record((E) event)).get();
        }
    }

    private static <K, E> int consume(String bootstrap, TopicBinding<K, E> binding, String run, long expected) {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrap);
        props.put("group.id", "fitness-example-" + run + "-" + binding.topic());
        props.put("auto.offset.reset", "earliest");
        int count = 0;
        try (KafkaConsumer<K, E> consumer = new KafkaConsumer<>(
                props, binding.keySerde().deserializer(), binding.valueSerde().deserializer())) {
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
                record.key(),
                Instant.ofEpochMilli(record.timestamp()),
                record.value(),
                headers);
    }

    private static Properties producerProperties(String bootstrap) {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrap);
        props.put("acks", "all");
        props.put("enable.idempotence", "true");
        return props;
    }
}
