package com.acme.shipping;

import dev.eventrecords.EventFamily;

/** One topic per aggregate, keyed by shipment, so that a shipment's events keep their order. */
@EventFamily(topic = "shipping.shipments")
public sealed interface ShipmentEvent permits ShipmentBooked, ShipmentPickedUp, ShipmentDelayed, ShipmentDelivered {
    String shipmentId();
}
