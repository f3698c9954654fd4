package com.acme.billing;

import org.joda.money.Money;

/** A line of an invoice, priced in Joda-Money. */
public record InvoiceLine(String description, int quantity, Money unitPrice, Money lineTotal) {}
