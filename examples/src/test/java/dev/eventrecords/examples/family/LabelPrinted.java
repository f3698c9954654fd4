package dev.eventrecords.examples.family;

import dev.eventrecords.Event;
import dev.eventrecords.Key;

/** Its topic is created by the first ensure and verified by the second. */
@Event(topic = "family.labels", partitions = 2, retention = "P1D", cleanupPolicy = "delete")
public record LabelPrinted(@Key String labelId, String printer) {}
