package dev.eventrecords.examples.family;

import dev.eventrecords.Event;
import dev.eventrecords.Key;

/** An event with a full topic spec of its own. */
@Event(topic = "family.audit", partitions = 2, retention = "PT12H", cleanupPolicy = "compact")
public record AuditLogged(@Key String entryId, String text) {}
