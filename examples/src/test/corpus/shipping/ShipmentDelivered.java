package com.acme.shipping;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.OffsetDateTime;
import java.util.List;

/** A member with a list of signatures. */
@Event(topic = "shipping.shipments")
public record ShipmentDelivered(@Key String shipmentId, List<String> signatures, @EventTime OffsetDateTime deliveredAt)
        implements ShipmentEvent {
    public ShipmentDelivered {
        signatures = List.copyOf(signatures);
    }
}
