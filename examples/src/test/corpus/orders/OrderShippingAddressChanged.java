package com.acme.orders;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.Instant;

/** Two nested addresses: the old and the new. */
@Event(topic = "orders.order-shipping-address-changed.v1")
public record OrderShippingAddressChanged(
        @Key String orderId, Address previousAddress, Address newAddress, Instant changedAt) {}
