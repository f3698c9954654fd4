package com.acme.logistics;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.OffsetDateTime;

/** A location with an Optional nested address; an OffsetDateTime event time. */
@Event(topic = "logistics.parcel-scanned.v1")
public record ParcelScanned(@Key String parcelId, Location location, String scannerId, @EventTime OffsetDateTime scannedAt) {}
