package dev.eventrecords.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka broker (KRaft: broker and controller in one) started in the benchmark's JVM from Kafka's
 * own artifacts, as the examples' {@code EmbeddedKafka} starts one: format a fresh log directory with
 * {@code StorageTool}, then run a {@code KafkaRaftServer} on free local ports. Its logs live in a temporary directory
 * deleted on {@link #close()}.
 *
 * <p>For one thread, the benchmark's; clients may use the broker from any.
 */
final class EmbeddedBroker implements AutoCloseable {

    /** Old segments are deleted as the benchmark writes, so a long run does not fill the disk. */
    private static final Map<String, String> BOUNDED_TOPIC = Map.of(
            "segment.bytes", String.valueOf(64 << 20),
            "retention.bytes", String.valueOf(256 << 20));

    private final Path dir;
    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private EmbeddedBroker(Path dir, KafkaRaftServer server, String bootstrapServers) {
        this.dir = dir;
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Formats a fresh log directory and starts a broker on free local ports.
     *
     * @return the running broker
     */
    static EmbeddedBroker start() {
        try {
            Path dir = Files.createTempDirectory("eventrecords-bench-kafka-");
            int brokerPort = freePort();
            int controllerPort = freePort();
            Properties props = new Properties();
            props.put("process.roles", "broker,controller");
            props.put("node.id", "1");
            props.put("controller.quorum.voters", "1@localhost:" + controllerPort);
            props.put("listeners", "PLAINTEXT://localhost:" + brokerPort + ",CONTROLLER://localhost:" + controllerPort);
            props.put("advertised.listeners", "PLAINTEXT://localhost:" + brokerPort);
            props.put("controller.listener.names", "CONTROLLER");
            props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
            props.put("inter.broker.listener.name", "PLAINTEXT");
            props.put("log.dirs", dir.resolve("logs").toString());
            props.put("num.partitions", "1");
            props.put("offsets.topic.replication.factor", "1");
            props.put("offsets.topic.num.partitions", "1");
            props.put("transaction.state.log.replication.factor", "1");
            props.put("transaction.state.log.min.isr", "1");
            props.put("share.coordinator.state.topic.replication.factor", "1");
            props.put("share.coordinator.state.topic.min.isr", "1");
            props.put("group.initial.rebalance.delay.ms", "0");
            props.put("auto.create.topics.enable", "false");
            props.put("log.retention.check.interval.ms", "5000");

            Path config = dir.resolve("server.properties");
            try (Writer out = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
                props.store(out, "eventrecords benchmark broker");
            }
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
            int formatted = StorageTool.execute(
                    new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()}, quiet);
            if (formatted != 0) {
                throw new IllegalStateException("kafka-storage format failed with exit code " + formatted);
            }
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props), Time.SYSTEM);
            server.startup();
            return new EmbeddedBroker(dir, server, "localhost:" + brokerPort);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded Kafka broker", e);
        }
    }

    /**
     * The address clients connect to.
     *
     * @return {@code localhost:<port>}
     */
    String bootstrapServers() {
        return bootstrapServers;
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
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary directory is harmless.
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
