package dev.eventrecords.examples.spring;

import dev.eventrecords.embedded.EmbeddedKafka;
import java.util.List;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A real single-node KRaft broker (broker and controller in one) for the application under test, started in this JVM
 * from Kafka's own artifacts ({@link EmbeddedKafka}, which creates no topic on its own: every topic the application
 * uses must come from its {@code NewTopic} beans), and the {@link KafkaConnectionDetails} that point Spring Boot's
 * Kafka auto-configuration at it, as a service connection would. The connection details depend on the broker bean, so
 * the broker stops after every client of the context has closed.
 */
@TestConfiguration(proxyBeanMethods = false)
class EmbeddedBroker {

    @Bean(destroyMethod = "close")
    EmbeddedKafka broker() {
        return EmbeddedKafka.start();
    }

    @Bean
    KafkaConnectionDetails kafkaConnectionDetails(EmbeddedKafka broker) {
        List<String> servers = List.of(broker.bootstrapServers());
        return () -> servers;
    }
}
