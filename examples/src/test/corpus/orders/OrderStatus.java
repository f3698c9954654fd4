package com.acme.orders;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The states of an order, with the lower-case names the storefront uses on the wire. */
public enum OrderStatus {
    @JsonProperty("pending")
    PENDING,
    @JsonProperty("confirmed")
    CONFIRMED,
    @JsonProperty("shipped")
    SHIPPED,
    @JsonProperty("delivered")
    DELIVERED,
    @JsonProperty("cancelled")
    CANCELLED
}
