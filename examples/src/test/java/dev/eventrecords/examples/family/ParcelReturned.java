package dev.eventrecords.examples.family;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;
import java.util.List;

/** A member with a logical type name, whose constructor refuses a return without reasons (a missing list too). */
@Event(type = "parcels.ParcelReturned")
public record ParcelReturned(
        @Key String parcelId, @EventTime Instant at, int sequence, List<String> reasons) implements ParcelEvent {
    public ParcelReturned {
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("reasons is empty: a parcel is returned for a reason");
        }
        reasons = List.copyOf(reasons);
    }
}
