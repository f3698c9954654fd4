package com.acme.inventory;

/** Kinds of stock movement. */
public enum MovementType {
    RECEIPT,
    PICK,
    TRANSFER,
    WRITE_OFF
}
