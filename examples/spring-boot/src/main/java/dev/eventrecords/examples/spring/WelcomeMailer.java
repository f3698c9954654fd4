package dev.eventrecords.examples.spring;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

/**
 * Welcomes each new customer. A customer whose address the mail server refuses makes the listener throw: the record
 * is delivered again (eventrecords.retry.*), then dead-lettered to {@code shop.customers.dlt}.
 */
@Component
public class WelcomeMailer {

    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final List<String> attempts = new CopyOnWriteArrayList<>();

    /**
     * Sends the welcome mail.
     *
     * @param registered the new customer
     * @param key the record's key, the customer id
     */
    @KafkaListener(id = "welcome-mailer", topics = "shop.customers")
    void on(CustomerRegistered registered, @Header(KafkaHeaders.RECEIVED_KEY) UUID key) {
        attempts.add(registered.email());
        if (registered.email().endsWith("@bounce.example")) {
            throw new IllegalStateException("the mail server refused '" + registered.email() + "'");
        }
        if (!key.equals(registered.customerId())) {
            throw new IllegalStateException("record key " + key + " is not the customer id " + registered.customerId());
        }
        sent.add(registered.email());
    }

    /**
     * The addresses welcomed so far.
     *
     * @return a snapshot
     */
    public List<String> sent() {
        return List.copyOf(sent);
    }

    /**
     * Every delivery so far, failed ones included, by address.
     *
     * @return a snapshot
     */
    public List<String> attempts() {
        return List.copyOf(attempts);
    }
}
