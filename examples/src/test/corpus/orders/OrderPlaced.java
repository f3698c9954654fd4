package com.acme.orders;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;
import java.util.List;

/** The DDD classic: ID wrappers with @JsonValue, a money record, a list of lines, a nested address. */
@Event(topic = "orders.order-placed.v1")
public record OrderPlaced(
        @Key OrderId orderId,
        CustomerId customerId,
        List<OrderLine> lines,
        Money total,
        Address shippingAddress,
        @EventTime Instant placedAt) {

    public OrderPlaced {
        lines = List.copyOf(lines);
    }
}
