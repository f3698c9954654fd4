package dev.eventrecords.spring;

import dev.eventrecords.Event;
import dev.eventrecords.Key;

@Event
public record ParcelSent(@Key String parcelId, String to) implements ParcelEvent {}
