package com.acme.inventory;

import com.fasterxml.jackson.annotation.JsonValue;

/** A SKU code, used as a map key. */
public record SkuCode(@JsonValue String value) {
    @Override
    public String toString() {
        return value;
    }
}
