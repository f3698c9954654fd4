package com.acme.platform;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.Instant;

/** An untyped payload: Object. */
@Event(topic = "platform.audit-entry-recorded.v1")
public record AuditEntryRecorded(@Key String actor, String action, Object payload, Instant at) {}
