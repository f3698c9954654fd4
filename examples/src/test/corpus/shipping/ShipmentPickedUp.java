package com.acme.shipping;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;

/** A member with a driver and a count. */
@Event(topic = "shipping.shipments")
public record ShipmentPickedUp(@Key String shipmentId, String driverId, int pieces, @EventTime Instant pickedUpAt)
        implements ShipmentEvent {}
