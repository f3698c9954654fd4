package com.acme.ledger;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** A single-value class: written as its text through @JsonValue, read through a @JsonCreator factory. */
public final class AccountNumber {
    private final String value;

    private AccountNumber(String value) {
        this.value = value;
    }

    @JsonCreator
    public static AccountNumber of(String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("empty account number");
        }
        return new AccountNumber(value);
    }

    @JsonValue
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccountNumber a && value.equals(a.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
