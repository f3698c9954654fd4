package com.acme.orders;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.Instant;
import java.util.Optional;

/** A plain enum and an Optional comment. */
@Event(topic = "orders.order-cancelled.v1")
public record OrderCancelled(
        @Key String orderId, CancellationReason reason, Optional<String> comment, Instant cancelledAt) {}
