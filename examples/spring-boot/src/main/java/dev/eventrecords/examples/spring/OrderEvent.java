package dev.eventrecords.examples.spring;

import dev.eventrecords.EventFamily;

/**
 * Everything that happens to an order, on one topic keyed by order id, so that an order's events are read in the
 * order they happened. A listener that takes {@code OrderEvent} receives every member.
 */
@EventFamily(topic = "shop.orders", partitions = 3, retention = "P7D")
public sealed interface OrderEvent permits OrderPlaced, OrderPaid, OrderShipped {

    /**
     * The order this event is about.
     *
     * @return the order id
     */
    String orderId();
}
