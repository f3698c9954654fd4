package dev.eventrecords.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small shop on Spring Boot: {@link ShopService} publishes events, {@link OrderListeners} and
 * {@link WelcomeMailer} read them. No Kafka serializer, deserializer or error handler is configured anywhere: the
 * eventrecords starter wires the generated ones into Spring Boot's Kafka auto-configuration.
 */
@SpringBootApplication
public class ShopApplication {

    /**
     * Runs the shop against the broker of {@code spring.kafka.bootstrap-servers}.
     *
     * @param args Spring Boot's arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(ShopApplication.class, args);
    }
}
