package com.acme.payments;

import java.math.BigDecimal;
import java.util.Currency;

/** An amount in minor-unit-agnostic decimal form. */
public record Amount(BigDecimal value, Currency currency) {}
