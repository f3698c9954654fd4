package dev.eventrecords.examples.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventrecords.EventCatalog;
import dev.eventrecords.TopicBinding;
import dev.eventrecords.embedded.EmbeddedKafka;
import dev.eventrecords.kafka.DeadLetterConsumer;
import dev.eventrecords.kafka.EventTopics;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

/**
 * {@link EventTopics#ensureAll} on a fresh broker creates the topic of every binding in the catalogue and its
 * dead-letter topic, and verifies them all when run again.
 */
class EnsureAllTest {

    @Test
    void createsEveryCatalogueTopicAndItsDeadLetterTopicThenVerifiesThem()
            throws InterruptedException, ExecutionException {
        Set<String> expected = new TreeSet<>();
        for (TopicBinding<?, ?> binding : EventCatalog.bindings()) {
            expected.add(binding.topic());
            expected.add(binding.topic() + DeadLetterConsumer.SUFFIX);
        }
        try (EmbeddedKafka broker = EmbeddedKafka.start();
                Admin admin =
                        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            EventTopics.Report first = EventTopics.ensureAll(admin);
            EventTopics.Report second = EventTopics.ensureAll(admin);

            assertThat(first.mismatches()).isEmpty();
            assertThat(new TreeSet<>(first.created())).isEqualTo(expected);
            assertThat(admin.listTopics().names().get()).containsAll(expected);
            assertThat(second.created()).isEmpty();
            assertThat(new TreeSet<>(second.verified())).isEqualTo(expected);
            assertThat(second.ok()).isTrue();
        }
    }
}
