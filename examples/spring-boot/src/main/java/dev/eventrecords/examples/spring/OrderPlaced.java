package dev.eventrecords.examples.spring;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A customer placed an order. */
@Event
public record OrderPlaced(
        @Key String orderId,
        String customerId,
        List<String> skus,
        BigDecimal total,
        @EventTime Instant placedAt) implements OrderEvent {

    /** Copies the list, so the event cannot change after it was created. */
    public OrderPlaced {
        skus = List.copyOf(skus);
    }
}
