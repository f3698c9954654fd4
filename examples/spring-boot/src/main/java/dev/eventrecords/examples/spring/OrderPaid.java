package dev.eventrecords.examples.spring;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.math.BigDecimal;
import java.time.Instant;

/** The payment of an order went through. */
@Event
public record OrderPaid(
        @Key String orderId, BigDecimal amount, @EventTime Instant paidAt) implements OrderEvent {}
