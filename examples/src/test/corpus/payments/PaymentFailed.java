package com.acme.payments;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.Instant;
import java.util.Optional;

/** An enum written through its @JsonValue code, and a raw gateway response kept off the wire with @JsonIgnore. */
@Event(topic = "payments.payment-failed.v1")
public record PaymentFailed(
        @Key String paymentId,
        FailureCode code,
        Optional<String> message,
        @JsonIgnore String rawGatewayResponse,
        Instant failedAt) {}
