package com.acme.platform;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;
import java.util.UUID;

/** A record implementing the DomainEvent marker interface. */
@Event(topic = "platform.service-deployed.v1")
public record ServiceDeployed(
        UUID eventId, @EventTime Instant occurredOn, @Key String service, String version, String deployedBy)
        implements DomainEvent {}
