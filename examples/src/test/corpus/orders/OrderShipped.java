package com.acme.orders;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Optional of a time, a list of strings. */
@Event(topic = "orders.order-shipped.v1")
public record OrderShipped(
        @Key String orderId,
        String carrier,
        String trackingNumber,
        Optional<Instant> estimatedDelivery,
        List<String> parcelIds,
        Instant shippedAt) {

    public OrderShipped {
        parcelIds = List.copyOf(parcelIds);
    }
}
