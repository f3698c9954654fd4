package com.acme.orders;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.LocalDate;
import java.util.Optional;

/** A LocalDate and an Optional signature. */
@Event(topic = "orders.order-delivered.v1")
public record OrderDelivered(@Key String orderId, LocalDate deliveredOn, Optional<String> signedBy, boolean leftAtDoor) {}
