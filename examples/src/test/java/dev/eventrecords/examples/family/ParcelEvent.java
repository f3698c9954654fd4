package dev.eventrecords.examples.family;

import dev.eventrecords.EventFamily;

/** A parcel's life on one topic keyed by parcel, so that one parcel's events are read in the order they happened. */
@EventFamily(topic = "family.parcels", partitions = 4, retention = "P7D", cleanupPolicy = "delete")
public sealed interface ParcelEvent permits ParcelRegistered, ParcelMoved, ParcelReturned {

    /** The key of every member. */
    String parcelId();

    /** The position of the event in its parcel's history, to check the order. */
    int sequence();
}
