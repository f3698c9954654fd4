package com.acme.logistics;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;

/** Nested records four and more deep: Shipment > Parcel > Item > Weight, Route > Location > PostalAddress > Country. */
@Event(topic = "logistics.shipment-dispatched.v1")
public record ShipmentDispatched(@Key String shipmentId, Shipment shipment, @EventTime Instant dispatchedAt) {}
