package com.acme.orders;

/** Why an order was cancelled. */
public enum CancellationReason {
    CUSTOMER_REQUEST,
    PAYMENT_DECLINED,
    OUT_OF_STOCK,
    FRAUD_SUSPECTED
}
