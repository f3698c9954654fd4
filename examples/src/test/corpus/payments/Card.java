package com.acme.payments;

import java.time.YearMonth;

/** A card payment; only the last four digits are kept. */
public record Card(String brand, String last4, YearMonth expiry, boolean threeDSecure) implements PaymentMethod {}
