package com.acme.parcels;

import dev.eventrecords.EventFamily;

@EventFamily(topic = "parcels", partitions = 4, retention = "P7D", cleanupPolicy = "delete")
public sealed interface ParcelEvent permits ParcelRegistered, ParcelMoved {

    String parcelId();
}
