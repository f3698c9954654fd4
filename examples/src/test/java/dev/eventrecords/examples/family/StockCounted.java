package dev.eventrecords.examples.family;

import dev.eventrecords.Event;
import dev.eventrecords.Key;

/** Its topic is created beforehand as the spec says, with the policies in another order. */
@Event(topic = "family.stock", partitions = 2, cleanupPolicy = "compact,delete")
public record StockCounted(@Key String sku, long count) {}
