package com.acme.orders;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;
import java.util.UUID;

/** A UUID key and an enum whose constants are renamed with @JsonProperty. */
@Event(topic = "orders.order-confirmed.v1")
public record OrderConfirmed(@Key UUID orderId, OrderStatus status, String confirmedBy, @EventTime Instant confirmedAt) {}
