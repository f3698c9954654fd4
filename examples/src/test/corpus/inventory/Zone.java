package com.acme.inventory;

/** Warehouse zones. */
public enum Zone {
    AMBIENT,
    CHILLED,
    FROZEN,
    HAZMAT
}
