package dev.eventrecords.examples.fitness;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * How a membership was paid: a closed set of variants, written as Jackson 3 writes them, with the type id first:
 * {@code {"method":"card","last_four_digits":"4242","network":"VISA"}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "method")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Payment.Card.class, name = "card"),
    @JsonSubTypes.Type(value = Payment.Cash.class, name = "cash"),
    @JsonSubTypes.Type(value = Payment.BankTransfer.class, name = "bank_transfer")
})
public sealed interface Payment {

    /** Paid by card; only the last four digits are kept. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Card(String lastFourDigits, String network) implements Payment {}

    /** Paid in cash at the front desk. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Cash(String receivedBy) implements Payment {}

    /** Paid by bank transfer. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record BankTransfer(String iban, String reference) implements Payment {}
}
