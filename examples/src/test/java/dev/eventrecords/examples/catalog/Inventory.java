package dev.eventrecords.examples.catalog;

import dev.eventrecords.Event;
import dev.eventrecords.Key;

/** Holds a nested event, whose generated classes are named {@code Inventory_StockCounted...}. */
public final class Inventory {

    private Inventory() {}

    /** A nested event with the default topic and type. */
    @Event
    public record StockCounted(@Key String sku, int quantity) {}
}
