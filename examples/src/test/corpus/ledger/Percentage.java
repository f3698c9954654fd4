package com.acme.ledger;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;

/** A single-value class with a delegating @JsonCreator constructor, and no equals: as some code has it. */
public final class Percentage {
    @JsonValue
    private final BigDecimal value;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Percentage(BigDecimal value) {
        this.value = value;
    }

    public BigDecimal asFraction() {
        return value.movePointLeft(2);
    }
}
