package com.acme.payments;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;

/** The plain case: a nested amount and a time. */
@Event(topic = "payments.payment-captured.v1")
public record PaymentCaptured(@Key String paymentId, Amount captured, @EventTime Instant capturedAt) {}
