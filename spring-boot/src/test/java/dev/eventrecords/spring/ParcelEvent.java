package dev.eventrecords.spring;

import dev.eventrecords.EventFamily;

@EventFamily(topic = "test.parcels", partitions = 2, retention = "P1D")
public sealed interface ParcelEvent permits ParcelSent, ParcelDelivered {}
