package com.acme.payments;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** A payment's id, with the factory Jackson reads it through. */
public record PaymentId(UUID value) {
    @JsonCreator
    public static PaymentId of(UUID value) {
        return new PaymentId(value);
    }

    @JsonValue
    public UUID value() {
        return value;
    }
}
