package com.acme.orders;

/** One line of an order. */
public record OrderLine(ProductId productId, String productName, int quantity, Money unitPrice) {
    public OrderLine {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
    }
}
