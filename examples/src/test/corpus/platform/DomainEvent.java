package com.acme.platform;

import java.time.Instant;
import java.util.UUID;

/** The marker interface of DDD code: every event has an id and a time. */
public interface DomainEvent {
    UUID eventId();

    Instant occurredOn();
}
