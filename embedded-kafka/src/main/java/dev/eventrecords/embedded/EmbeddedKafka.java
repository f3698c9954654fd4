package dev.eventrecords.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka broker (KRaft: broker and controller in one), started in this JVM from Kafka's own
 * artifacts: no Docker, no ZooKeeper. Its logs live in a temporary directory deleted on {@link #close()}; it can be
 * {@linkplain #restart() restarted} on them, as a broker is after a crash or an upgrade.
 *
 * <p>{@link #restart()} and {@link #close()} are for one thread, the test's; clients may use the broker from any.
 */
public final class EmbeddedKafka implements AutoCloseable {

    /** How long {@link #restart()} waits for the broker to lead every partition again. */
    private static final Duration READY = Duration.ofSeconds(60);

    private final Path dir;
    private final Properties props;
    private final String bootstrapServers;
    private volatile KafkaRaftServer server;

    private EmbeddedKafka(Path dir, Properties props, KafkaRaftServer server, String bootstrapServers) {
        this.dir = dir;
        this.props = props;
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Formats a fresh log directory and starts a broker on free local ports.
     *
     * @return the running broker
     */
    public static EmbeddedKafka start() {
        return start(Map.of());
    }

    /**
     * Formats a fresh log directory and starts a broker on free local ports, with some broker settings of the
     * caller's (a test that needs consumer groups to settle faster, say); they also hold after {@link #restart()}.
     *
     * @param overrides broker settings that replace or add to the defaults; listeners and log directories excepted
     * @return the running broker
     */
    public static EmbeddedKafka start(Map<String, String> overrides) {
        try {
            Path dir = Files.createTempDirectory("eventrecords-kafka-");
            int[] ports = freePorts();
            int brokerPort = ports[0];
            int controllerPort = ports[1];
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
            props.put("log.flush.interval.messages", "1000000");
            props.putAll(overrides);

            Path config = dir.resolve("server.properties");
            try (Writer out = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
                props.store(out, "eventrecords embedded broker");
            }
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
            int formatted = StorageTool.execute(
                    new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()}, quiet);
            if (formatted != 0) {
                throw new IllegalStateException("kafka-storage format failed with exit code " + formatted);
            }
            return new EmbeddedKafka(dir, props, started(props), "localhost:" + brokerPort);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded Kafka broker", e);
        }
    }

    /**
     * The address clients connect to.
     *
     * @return {@code localhost:<port>}
     */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /**
     * Stops the broker (a controlled shutdown) and starts it again on the same log directory and the same ports, so
     * that clients reconnect to it and find every record it had acknowledged; returns once it answers for the
     * cluster and leads every partition of every topic again.
     *
     * @throws IllegalStateException when the broker is not ready again within a minute
     */
    public void restart() {
        server.shutdown();
        server.awaitShutdown();
        server = started(props);
        awaitReady();
    }

    private static KafkaRaftServer started(Properties props) {
        KafkaRaftServer started = new KafkaRaftServer(KafkaConfig.fromProps(props), Time.SYSTEM);
        started.startup();
        return started;
    }

    /** Waits until the broker is in the cluster and every partition it knows has a leader. */
    private void awaitReady() {
        long deadline = System.nanoTime() + READY.toNanos();
        Exception last = null;
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000"))) {
            while (System.nanoTime() < deadline) {
                try {
                    if (allLed(admin)) {
                        return;
                    }
                } catch (ExecutionException e) {
                    last = e;
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the restarted broker", e);
        }
        throw new IllegalStateException(
                "the restarted broker at " + bootstrapServers + " is not ready after " + READY.toSeconds() + " s",
                last);
    }

    private static boolean allLed(Admin admin) throws ExecutionException, InterruptedException {
        if (admin.describeCluster().nodes().get().isEmpty()) {
            return false;
        }
        Set<String> topics = admin.listTopics(new ListTopicsOptions().listInternal(true))
                .names()
                .get();
        return admin.describeTopics(topics).allTopicNames().get().values().stream()
                .flatMap(topic -> topic.partitions().stream())
                .allMatch(partition ->
                        partition.leader() != null && !partition.leader().isEmpty());
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

    /** Two free local ports, distinct: both sockets are held open while the second is drawn. */
    private static int[] freePorts() throws IOException {
        try (ServerSocket first = new ServerSocket(0);
                ServerSocket second = new ServerSocket(0)) {
            first.setReuseAddress(true);
            second.setReuseAddress(true);
            return new int[] {first.getLocalPort(), second.getLocalPort()};
        }
    }
}
