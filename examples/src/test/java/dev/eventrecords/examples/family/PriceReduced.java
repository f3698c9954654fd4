package dev.eventrecords.examples.family;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.math.BigDecimal;

/** Its topic is created beforehand with another cleanup policy than the spec says. */
@Event(topic = "family.prices", partitions = 1, cleanupPolicy = "compact")
public record PriceReduced(@Key String sku, BigDecimal price) {}
