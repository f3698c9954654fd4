package com.acme.orders;

/** A product reference; without @JsonValue, so Jackson writes it as {"value": ...}. */
public record ProductId(String value) {}
