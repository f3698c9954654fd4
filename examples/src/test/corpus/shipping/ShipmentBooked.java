package com.acme.shipping;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;
import java.time.LocalDate;

/** A member of an event family sharing the aggregate's topic. */
@Event(topic = "shipping.shipments")
public record ShipmentBooked(
        @Key String shipmentId, Party shipper, Party consignee, LocalDate pickupDate, @EventTime Instant bookedAt)
        implements ShipmentEvent {}
