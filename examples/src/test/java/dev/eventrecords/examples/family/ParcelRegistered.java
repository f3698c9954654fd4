package dev.eventrecords.examples.family;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;

/** A member with the default type, its canonical name. */
@Event
public record ParcelRegistered(
        @Key String parcelId, @EventTime Instant at, int sequence, String sender) implements ParcelEvent {}
