package dev.eventrecords.spring;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.UUID;

@Event(topic = "test.stock", cleanupPolicy = "compact")
public record StockCounted(@Key UUID sku, int count) {}
