package com.acme.scheduling;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** A map keyed by the JDK's DayOfWeek enum, of lists of time slots. */
@Event(topic = "scheduling.availability-published.v1")
public record AvailabilityPublished(@Key String practitionerId, Map<DayOfWeek, List<Slot>> slots) {
    public AvailabilityPublished {
        slots = Map.copyOf(slots);
    }

    public record Slot(LocalTime from, LocalTime to) {}
}
