package com.acme.parcels;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;

@Event
public record ParcelRegistered(@Key String parcelId, @EventTime Instant registeredAt, int weightGrams)
        implements ParcelEvent {}
