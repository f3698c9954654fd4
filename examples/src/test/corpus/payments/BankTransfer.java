package com.acme.payments;

import java.util.Optional;

/** A SEPA transfer. */
public record BankTransfer(String iban, Optional<String> bic, String reference) implements PaymentMethod {}
