package dev.eventrecords.examples.payload;

import dev.eventrecords.Event;
import dev.eventrecords.Key;

/** An event keyed by a record: its key serde is generated JSON. */
@Event(topic = "payload.parcels")
public record ParcelScanned(@Key ParcelId parcelId, String depot) {

    /** A parcel's identity: depot and number. */
    public record ParcelId(String depot, long number) {}
}
