package dev.eventrecords.examples.family;

import dev.eventrecords.Event;
import dev.eventrecords.Key;

/** Its topic is created beforehand with fewer partitions than the spec says. */
@Event(topic = "family.shelves", partitions = 3, cleanupPolicy = "delete")
public record ShelfFilled(@Key String shelfId, int items) {}
