package dev.eventrecords.examples.jackson;

import dev.eventrecords.Event;
import dev.eventrecords.Key;

/** A value class as the key: {@link PaymentCaptured.PaymentId}, written through its {@code @JsonValue}. */
@Event(topic = "jackson.paymentreversed")
public record PaymentReversed(@Key PaymentCaptured.PaymentId paymentId, PaymentCaptured.Money amount, String reason) {}
