package dev.eventrecords.examples.spring;

import dev.eventrecords.kafka.EventPublisher;
import dev.eventrecords.spring.EventRecords;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;

/**
 * Publishes the shop's events: through the {@link EventPublisher} the starter provides, and, as code that already
 * uses it would, through Spring's {@link KafkaTemplate}. Either way each event goes to its topic with its key and its
 * CloudEvents headers.
 */
@Service
public class ShopService {

    private final EventPublisher events;
    private final KafkaTemplate<Object, Object> template;

    ShopService(EventPublisher events, KafkaTemplate<Object, Object> template) {
        this.events = events;
        this.template = template;
    }

    /**
     * Registers a customer.
     *
     * @param email the customer's address
     * @return the event, once the broker has it
     */
    public CustomerRegistered register(String email) {
        CustomerRegistered registered = new CustomerRegistered(UUID.randomUUID(), email, Instant.now());
        events.publish(registered).join();
        return registered;
    }

    /**
     * Places an order.
     *
     * @param orderId the order's id
     * @param customerId who ordered
     * @param skus what
     * @param total for how much
     * @return the event, once the broker has it
     */
    public OrderPlaced place(String orderId, String customerId, List<String> skus, BigDecimal total) {
        OrderPlaced placed = new OrderPlaced(orderId, customerId, skus, total, Instant.now());
        events.publish(placed).join();
        return placed;
    }

    /**
     * Records a payment, through the template, with the whole record the event's binding gives.
     *
     * @param orderId the order paid
     * @param amount how much
     * @return completes once the broker has it
     */
    public CompletableFuture<?> pay(String orderId, BigDecimal amount) {
        return template.send(EventRecords.record(new OrderPaid(orderId, amount, Instant.now())));
    }

    /**
     * Records a shipment, through the template's plainest call: the starter's serializers write the event and its
     * headers, and its interceptor fills in the key.
     *
     * @param orderId the order shipped
     * @param carrier who carries it
     * @return completes once the broker has it
     */
    public CompletableFuture<?> ship(String orderId, String carrier) {
        return template.send("shop.orders", new OrderShipped(orderId, carrier, Instant.now()));
    }
}
