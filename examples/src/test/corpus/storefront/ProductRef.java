package com.acme.storefront;

/** A product reference. */
public record ProductRef(String sku, String name) {}
