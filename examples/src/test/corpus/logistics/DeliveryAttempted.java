package com.acme.logistics;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.OffsetDateTime;
import java.util.Optional;

/** An enum nested in the event, an attempt counter, an Optional note. */
@Event(topic = "logistics.delivery-attempted.v1")
public record DeliveryAttempted(
        @Key String parcelId, int attempt, Outcome outcome, Optional<String> driverNote, OffsetDateTime attemptedAt) {
    public enum Outcome {
        DELIVERED,
        NOBODY_HOME,
        REFUSED,
        ADDRESS_NOT_FOUND
    }
}
