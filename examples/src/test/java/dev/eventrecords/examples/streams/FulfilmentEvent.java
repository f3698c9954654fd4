package dev.eventrecords.examples.streams;

import dev.eventrecords.EventFamily;

/** A family a topology writes into: its serde gives each record the headers of the member written. */
@EventFamily(topic = "streams.fulfilment")
public sealed interface FulfilmentEvent permits OrderPacked, OrderDispatched {

    /** The key of every member. */
    String orderId();
}
