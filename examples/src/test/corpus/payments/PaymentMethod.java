package com.acme.payments;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** How a payment was made: a closed set of variants, told apart by a "type" property. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Card.class, name = "card"),
    @JsonSubTypes.Type(value = Cash.class, name = "cash"),
    @JsonSubTypes.Type(value = BankTransfer.class, name = "bank_transfer")
})
public sealed interface PaymentMethod permits Card, Cash, BankTransfer {}
