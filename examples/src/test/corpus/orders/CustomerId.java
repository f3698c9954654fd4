package com.acme.orders;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A customer reference from the CRM, such as {@code C-000123}. */
public record CustomerId(@JsonValue String value) {
    @JsonCreator
    public CustomerId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("customer id must not be blank");
        }
    }
}
