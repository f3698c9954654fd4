package com.acme.shipping;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.Duration;
import java.util.Optional;

/** A member with a nested enum, a Duration and an Optional. */
@Event(topic = "shipping.shipments")
public record ShipmentDelayed(@Key String shipmentId, Cause cause, Duration expectedDelay, Optional<String> detail)
        implements ShipmentEvent {
    public enum Cause {
        WEATHER,
        CUSTOMS,
        CAPACITY,
        STRIKE
    }
}
