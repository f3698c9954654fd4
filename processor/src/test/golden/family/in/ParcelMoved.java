package com.acme.parcels;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.List;

@Event
public record ParcelMoved(@Key String parcelId, String from, String to, List<String> scans) implements ParcelEvent {

    public ParcelMoved {
        scans = List.copyOf(scans);
    }
}
