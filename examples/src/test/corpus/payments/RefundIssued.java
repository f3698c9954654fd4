package com.acme.payments;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.Optional;

/** A key wrapped with an accessor @JsonValue and a @JsonCreator factory, and an Optional polymorphic value. */
@Event(topic = "payments.refund-issued.v1")
public record RefundIssued(@Key PaymentId paymentId, Amount amount, Optional<PaymentMethod> refundedTo) {}
