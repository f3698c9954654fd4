package dev.eventrecords.spring;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;

@Event
public record ParcelDelivered(
        @Key String parcelId, @EventTime Instant deliveredAt) implements ParcelEvent {}
