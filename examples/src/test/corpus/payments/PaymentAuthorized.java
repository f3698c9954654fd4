package com.acme.payments;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;

/** A polymorphic payment method (a sealed interface with @JsonTypeInfo and @JsonSubTypes). */
@Event(topic = "payments.payment-authorized.v1")
public record PaymentAuthorized(
        @Key String paymentId, String orderId, PaymentMethod method, Amount amount, @EventTime Instant authorizedAt) {}
