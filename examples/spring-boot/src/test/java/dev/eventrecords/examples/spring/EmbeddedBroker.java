package dev.eventrecords.examples.spring;

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
import java.util.Properties;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A real single-node KRaft broker (broker and controller in one) for the application under test, started in this JVM
 * from Kafka's own artifacts, and the {@link KafkaConnectionDetails} that point Spring Boot's Kafka auto-configuration
 * at it, as a service connection would. The connection details depend on the broker bean, so the broker stops after
 * every client of the context has closed.
 */
@TestConfiguration(proxyBeanMethods = false)
class EmbeddedBroker {

    @Bean(destroyMethod = "close")
    Broker broker() {
        return Broker.start();
    }

    @Bean
    KafkaConnectionDetails kafkaConnectionDetails(Broker broker) {
        List<String> servers = List.of(broker.bootstrapServers());
        return () -> servers;
    }

    /** The running broker and its temporary log directory. */
    static final class Broker implements AutoCloseable {
        private final Path dir;
        private final KafkaRaftServer server;
        private final String bootstrapServers;

        private Broker(Path dir, KafkaRaftServer server, String bootstrapServers) {
            this.dir = dir;
            this.server = server;
            this.bootstrapServers = bootstrapServers;
        }

        static Broker start() {
            try {
                Path dir = Files.createTempDirectory("eventrecords-spring-kafka-");
                int port = freePort();
                int controllerPort = freePort();
                Properties props = new Properties();
                props.put("process.roles", "broker,controller");
                props.put("node.id", "1");
                props.put("controller.quorum.voters", "1@localhost:" + controllerPort);
                props.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
                props.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
                props.put("controller.listener.names", "CONTROLLER");
                props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
                props.put("inter.broker.listener.name", "PLAINTEXT");
                props.put("log.dirs", dir.resolve("logs").toString());
                props.put("offsets.topic.replication.factor", "1");
                props.put("offsets.topic.num.partitions", "1");
                props.put("transaction.state.log.replication.factor", "1");
                props.put("transaction.state.log.min.isr", "1");
                props.put("share.coordinator.state.topic.replication.factor", "1");
                props.put("share.coordinator.state.topic.min.isr", "1");
                props.put("group.initial.rebalance.delay.ms", "0");
                // Every topic the application uses must come from its NewTopic beans.
                props.put("auto.create.topics.enable", "false");
                Path config = dir.resolve("server.properties");
                try (Writer out = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
                    props.store(out, "eventrecords Spring Boot example broker");
                }
                PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
                int formatted = StorageTool.execute(
                        new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()}, quiet);
                if (formatted != 0) {
                    throw new IllegalStateException("kafka-storage format failed with exit code " + formatted);
                }
                KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props), Time.SYSTEM);
                server.startup();
                return new Broker(dir, server, "localhost:" + port);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded Kafka broker", e);
            }
        }

        String bootstrapServers() {
            return bootstrapServers;
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
}
