package dev.eventrecords.examples.spring;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;
import java.util.UUID;

/** A customer signed up. Keyed by customer id, a UUID. */
@Event(topic = "shop.customers", partitions = 2, retention = "P30D")
public record CustomerRegistered(
        @Key UUID customerId, String email, @EventTime Instant registeredAt) {}
