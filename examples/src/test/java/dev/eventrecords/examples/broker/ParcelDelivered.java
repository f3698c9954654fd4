package dev.eventrecords.examples.broker;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;

/** Keyed by a {@code String}, timed by an {@code Instant}. */
@Event(topic = "broker.parcels")
public record ParcelDelivered(
        @Key String parcelId, @EventTime Instant deliveredAt, String signedBy, int sequence) {}
