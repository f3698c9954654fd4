package dev.eventrecords.benchmarks;

import dev.eventrecords.embedded.EmbeddedKafka;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * The benchmark's broker: the examples' {@link EmbeddedKafka}, a real single-node KRaft broker in the benchmark's JVM,
 * with what the publisher benchmark asks of it on top: a topic whose old segments are deleted as the benchmark writes,
 * and how many records a topic has received.
 *
 * <p>For one thread, the benchmark's; clients may use the broker from any.
 */
final class EmbeddedBroker implements AutoCloseable {

    /** Old segments are deleted as the benchmark writes, so a long run does not fill the disk. */
    private static final Map<String, String> BOUNDED_TOPIC = Map.of(
            "segment.bytes", String.valueOf(64 << 20),
            "retention.bytes", String.valueOf(256 << 20));

    private final EmbeddedKafka kafka;

    private EmbeddedBroker(EmbeddedKafka kafka) {
        this.kafka = kafka;
    }

    /**
     * Formats a fresh log directory and starts a broker on free local ports.
     *
     * @return the running broker
     */
    static EmbeddedBroker start() {
        // Kafka's own defaults for flushing (the page cache's), and retention checked often enough to bound the disk.
        return new EmbeddedBroker(EmbeddedKafka.start(Map.of(
                "log.flush.interval.messages",
                String.valueOf(Long.MAX_VALUE),
                "log.retention.check.interval.ms",
                "5000")));
    }

    /**
     * The address clients connect to.
     *
     * @return {@code localhost:<port>}
     */
    String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /**
     * Creates a topic of one partition whose old segments are deleted past 256 MiB.
     *
     * @param topic the topic's name
     */
    void createTopic(String topic) {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1).configs(BOUNDED_TOPIC)))
                    .all()
                    .get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("cannot create topic '" + topic + "'", e);
        }
    }

    /**
     * How many records partition 0 of a topic has received: its log end offset, which deleted segments do not lower.
     *
     * @param topic the topic's name
     * @return the log end offset
     */
    long endOffset(String topic) {
        TopicPartition partition = new TopicPartition(topic, 0);
        try (Admin admin = admin()) {
            return admin.listOffsets(Map.of(partition, OffsetSpec.latest()))
                    .partitionResult(partition)
                    .get()
                    .offset();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("cannot read the end offset of '" + topic + "'", e);
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
    }

    @Override
    public void close() {
        kafka.close();
    }
}
