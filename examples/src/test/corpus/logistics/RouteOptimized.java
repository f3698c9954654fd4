package com.acme.logistics;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

/** Stops with time windows: LocalTime and Duration values. */
@Event(topic = "logistics.route-optimized.v1")
public record RouteOptimized(@Key String routeId, List<Stop> stops, Duration totalDuration, double totalKm) {
    public RouteOptimized {
        stops = List.copyOf(stops);
    }

    public record Stop(int sequence, GeoPoint point, TimeWindow window) {}

    public record TimeWindow(LocalTime from, LocalTime to) {}
}
