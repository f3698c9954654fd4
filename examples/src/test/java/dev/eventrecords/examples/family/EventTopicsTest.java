package dev.eventrecords.examples.family;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventrecords.embedded.EmbeddedKafka;
import dev.eventrecords.kafka.EventTopics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link EventTopics#ensure} against a real broker: it creates missing topics as their spec says, verifies existing
 * ones, and reports an existing topic whose partition count or cleanup policy differs without changing it. Each test
 * uses topics of its own.
 */
class EventTopicsTest {

    private static EmbeddedKafka broker;
    private static Clients clients;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafka.start();
        clients = new Clients(broker.bootstrapServers());
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void createsAMissingTopicWithThePartitionsRetentionAndCleanupPolicyOfItsSpec()
            throws InterruptedException, ExecutionException {
        try (Admin admin = clients.admin()) {
            EventTopics.Report report = EventTopics.ensure(admin, List.of(new AuditLoggedTopic()));

            assertThat(report.created()).containsExactly("family.audit");
            assertThat(report.verified()).isEmpty();
            assertThat(report.ok()).isTrue();
            assertThat(partitions(admin, "family.audit")).isEqualTo(2);
            Config config = config(admin, "family.audit");
            assertThat(config.get("retention.ms").value()).isEqualTo(Long.toString(12L * 60 * 60 * 1000));
            assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
        }
    }

    @Test
    void createsAFamilysTopicOnceForTheFamilyAndItsMembers() throws InterruptedException, ExecutionException {
        try (Admin admin = clients.admin()) {
            EventTopics.Report report = EventTopics.ensure(
                    admin,
                    List.of(
                            new ParcelEventTopic(),
                            new ParcelRegisteredTopic(),
                            new ParcelMovedTopic(),
                            new ParcelReturnedTopic()));

            assertThat(report.created()).containsExactly("family.parcels");
            assertThat(report.mismatches()).isEmpty();
            assertThat(partitions(admin, "family.parcels")).isEqualTo(4);
            Config config = config(admin, "family.parcels");
            assertThat(config.get("retention.ms").value()).isEqualTo(Long.toString(7L * 24 * 60 * 60 * 1000));
            assertThat(config.get("cleanup.policy").value()).isEqualTo("delete");
        }
    }

    @Test
    void reportsAnExistingTopicWithOtherPartitionsAndLeavesItUnchanged()
            throws InterruptedException, ExecutionException {
        clients.createTopics(new NewTopic("family.shelves", 1, (short) 1));

        try (Admin admin = clients.admin()) {
            EventTopics.Report report = EventTopics.ensure(admin, List.of(new ShelfFilledTopic()));

            assertThat(report.created()).isEmpty();
            assertThat(report.verified()).isEmpty();
            assertThat(report.ok()).isFalse();
            assertThat(report.mismatches())
                    .containsExactly("topic 'family.shelves' exists but differs from its spec: it has 1 partitions,"
                            + " the spec says 3; it was left unchanged");
            assertThat(partitions(admin, "family.shelves")).isEqualTo(1);
        }
    }

    @Test
    void reportsAnExistingTopicWithAnotherCleanupPolicyAndLeavesItUnchanged()
            throws InterruptedException, ExecutionException {
        clients.createTopics(new NewTopic("family.prices", 1, (short) 1).configs(Map.of("cleanup.policy", "delete")));

        try (Admin admin = clients.admin()) {
            EventTopics.Report report = EventTopics.ensure(admin, List.of(new PriceReducedTopic()));

            assertThat(report.created()).isEmpty();
            assertThat(report.verified()).isEmpty();
            assertThat(report.mismatches())
                    .containsExactly("topic 'family.prices' exists but differs from its spec: its cleanup.policy is"
                            + " 'delete', the spec says 'compact'; it was left unchanged");
            assertThat(config(admin, "family.prices").get("cleanup.policy").value())
                    .isEqualTo("delete");
        }
    }

    @Test
    void verifiesAnExistingTopicThatMatchesItsSpec() {
        clients.createTopics(
                new NewTopic("family.stock", 2, (short) 1).configs(Map.of("cleanup.policy", "delete,compact")));

        try (Admin admin = clients.admin()) {
            EventTopics.Report report = EventTopics.ensure(admin, List.of(new StockCountedTopic()));

            assertThat(report.created()).isEmpty();
            assertThat(report.verified()).containsExactly("family.stock");
            assertThat(report.ok()).isTrue();
        }
    }

    @Test
    void verifiesWhatItCreatedWhenRunAgain() {
        try (Admin admin = clients.admin()) {
            EventTopics.Report first = EventTopics.ensure(admin, List.of(new LabelPrintedTopic()));
            EventTopics.Report second = EventTopics.ensure(admin, List.of(new LabelPrintedTopic()));

            assertThat(first.created()).containsExactly("family.labels");
            assertThat(second.created()).isEmpty();
            assertThat(second.verified()).containsExactly("family.labels");
            assertThat(second.ok()).isTrue();
        }
    }

    @Test
    void aTopicWhoseBindingsDisagreeIsReportedAndNotCreated() throws InterruptedException, ExecutionException {
        try (Admin admin = clients.admin()) {
            EventTopics.Report report = EventTopics.ensureWithDeadLetters(
                    admin,
                    List.of(
                            SpecBinding.of("family.disputed", 2, -1, "P1D", "delete"),
                            SpecBinding.of("family.disputed", 3, -1, "P1D", "delete"),
                            SpecBinding.of("family.undisputed", 1, -1, "", "")));

            assertThat(report.created()).containsExactly("family.undisputed", "family.undisputed.dlt");
            assertThat(report.ok()).isFalse();
            assertThat(report.mismatches())
                    .singleElement()
                    .asString()
                    .startsWith("topic 'family.disputed': bindings disagree on its spec: ")
                    .contains("partitions=2", "partitions=3")
                    .endsWith("; it was neither created nor verified");
            assertThat(admin.listTopics().names().get()).doesNotContain("family.disputed", "family.disputed.dlt");
        }
    }

    @Test
    void reportsAnExistingTopicWithAnotherRetentionAndLeavesItUnchanged()
            throws InterruptedException, ExecutionException {
        clients.createTopics(new NewTopic("family.kept", 1, (short) 1).configs(Map.of("retention.ms", "86400000")));

        try (Admin admin = clients.admin()) {
            EventTopics.Report report =
                    EventTopics.ensure(admin, List.of(SpecBinding.of("family.kept", 1, -1, "P7D", "")));

            assertThat(report.verified()).isEmpty();
            assertThat(report.mismatches())
                    .containsExactly("topic 'family.kept' exists but differs from its spec: its retention.ms is"
                            + " 86400000, the spec says 604800000 (PT168H); it was left unchanged");
            assertThat(config(admin, "family.kept").get("retention.ms").value()).isEqualTo("86400000");
        }
    }

    @Test
    void reportsAnExistingTopicWithAnotherReplicationFactor() {
        clients.createTopics(new NewTopic("family.replicated", 1, (short) 1));

        try (Admin admin = clients.admin()) {
            EventTopics.Report report =
                    EventTopics.ensure(admin, List.of(SpecBinding.of("family.replicated", 1, 3, "", "")));

            assertThat(report.verified()).isEmpty();
            assertThat(report.mismatches())
                    .containsExactly("topic 'family.replicated' exists but differs from its spec: its replication"
                            + " factor is 1, the spec says 3; it was left unchanged");
        }
    }

    @Test
    void concurrentCreatorsOfTheSameTopicsAllSucceedAndEachTopicIsCreatedOnce() throws Exception {
        List<SpecBinding> bindings = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            bindings.add(SpecBinding.of("family.raced-" + i, 2, 1, "P2D", "delete"));
        }
        int creators = 4;
        ExecutorService pool = Executors.newFixedThreadPool(creators);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<EventTopics.Report>> reports = new ArrayList<>();
            for (int c = 0; c < creators; c++) {
                reports.add(pool.submit(() -> {
                    try (Admin admin = clients.admin()) {
                        start.await();
                        return EventTopics.ensureWithDeadLetters(admin, bindings);
                    }
                }));
            }
            start.countDown();
            List<String> created = new ArrayList<>();
            List<String> verified = new ArrayList<>();
            for (Future<EventTopics.Report> f : reports) {
                EventTopics.Report report = f.get(2, TimeUnit.MINUTES);
                assertThat(report.mismatches()).isEmpty();
                created.addAll(report.created());
                verified.addAll(report.verified());
            }
            List<String> topics = new ArrayList<>();
            for (SpecBinding b : bindings) {
                topics.add(b.topic());
                topics.add(b.topic() + ".dlt");
            }
            assertThat(created).containsExactlyInAnyOrderElementsOf(topics);
            assertThat(verified).hasSize(topics.size() * (creators - 1));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void createsEachTopicsDeadLetterTopicWithRoomForTheDeadLetterHeaders()
            throws InterruptedException, ExecutionException {
        try (Admin admin = clients.admin()) {
            EventTopics.Report report = EventTopics.ensureWithDeadLetters(
                    admin, List.of(SpecBinding.of("family.lettered", 3, 1, "P3D", "delete")));

            assertThat(report.created()).containsExactly("family.lettered", "family.lettered.dlt");
            assertThat(report.ok()).isTrue();
            assertThat(partitions(admin, "family.lettered.dlt")).isEqualTo(3);
            Config topic = config(admin, "family.lettered");
            Config dlt = config(admin, "family.lettered.dlt");
            assertThat(dlt.get("cleanup.policy").value()).isEqualTo("delete");
            assertThat(dlt.get("retention.ms").value()).isEqualTo(Long.toString(3L * 24 * 60 * 60 * 1000));
            assertThat(Long.parseLong(dlt.get("max.message.bytes").value()))
                    .isEqualTo(
                            Long.parseLong(topic.get("max.message.bytes").value()) + EventTopics.DEAD_LETTER_HEADROOM);
        }
    }

    @Test
    void theDeadLetterTopicOfACompactedTopicDeletesSoThatAReducedDeadLetterIsNoTombstone()
            throws InterruptedException, ExecutionException {
        clients.createTopics(
                new NewTopic("family.compacted", 1, (short) 1).configs(Map.of("cleanup.policy", "compact")));

        try (Admin admin = clients.admin()) {
            EventTopics.Report report = EventTopics.ensureWithDeadLetters(
                    admin, List.of(SpecBinding.of("family.compacted", 1, -1, "", "compact")));

            assertThat(report.created()).containsExactly("family.compacted.dlt");
            assertThat(report.verified()).containsExactly("family.compacted");
            assertThat(config(admin, "family.compacted.dlt")
                            .get("cleanup.policy")
                            .value())
                    .isEqualTo("delete");
        }
    }

    @Test
    void reportsAnExistingDeadLetterTopicThatCompacts() {
        clients.createTopics(
                new NewTopic("family.noted", 1, (short) 1),
                new NewTopic("family.noted.dlt", 1, (short) 1).configs(Map.of("cleanup.policy", "compact")));

        try (Admin admin = clients.admin()) {
            EventTopics.Report report =
                    EventTopics.ensureWithDeadLetters(admin, List.of(SpecBinding.of("family.noted", 1, -1, "", "")));

            assertThat(report.created()).isEmpty();
            assertThat(report.verified()).containsExactly("family.noted");
            assertThat(report.mismatches())
                    .singleElement()
                    .asString()
                    .startsWith("topic 'family.noted.dlt' exists but differs from its spec: its cleanup.policy is"
                            + " 'compact', the spec says 'delete'; its max.message.bytes is ");
        }
    }

    /**
     * The topic's partition count. Right after a creation the broker's metadata may not list the topic yet
     * ({@code UnknownTopicOrPartitionException}); that is retried for up to ten seconds.
     */
    private static int partitions(Admin admin, String topic) throws InterruptedException, ExecutionException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                return admin.describeTopics(List.of(topic))
                        .allTopicNames()
                        .get()
                        .get(topic)
                        .partitions()
                        .size();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException)
                        || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    private static Config config(Admin admin, String topic) throws InterruptedException, ExecutionException {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get().get(resource);
    }
}
