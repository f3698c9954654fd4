package dev.eventrecords.examples.family;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;

/** A member that repeats its family's topic. */
@Event(topic = "family.parcels")
public record ParcelMoved(@Key String parcelId, @EventTime Instant at, int sequence, String hub)
        implements ParcelEvent {}
