package dev.eventrecords.examples.family;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventrecords.examples.kafka.EmbeddedKafka;
import dev.eventrecords.kafka.EventTopics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
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
