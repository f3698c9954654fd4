package com.acme.payments;

/** Cash at the till. */
public record Cash(String tillId) implements PaymentMethod {}
