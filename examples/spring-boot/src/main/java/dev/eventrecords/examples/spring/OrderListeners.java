package dev.eventrecords.examples.spring;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the order topic twice, in two groups: the order history takes the whole family, the warehouse only the
 * payments (the other members of the family pass it by, counted as skipped).
 */
@Component
public class OrderListeners {

    private final List<OrderEvent> history = new CopyOnWriteArrayList<>();
    private final List<OrderPaid> toShip = new CopyOnWriteArrayList<>();

    /**
     * Every event of every order, in the order of each order's events.
     *
     * @param event the event, of any member type
     */
    @KafkaListener(id = "order-history", topics = "shop.orders")
    void on(OrderEvent event) {
        history.add(event);
    }

    /**
     * The orders paid, for the warehouse to ship.
     *
     * @param paid the payment
     */
    @KafkaListener(id = "warehouse", topics = "shop.orders")
    void on(OrderPaid paid) {
        toShip.add(paid);
    }

    /**
     * What the order history has read so far.
     *
     * @return a snapshot
     */
    public List<OrderEvent> history() {
        return List.copyOf(history);
    }

    /**
     * What the warehouse has read so far.
     *
     * @return a snapshot
     */
    public List<OrderPaid> toShip() {
        return List.copyOf(toShip);
    }
}
