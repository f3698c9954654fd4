package com.acme.venue;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.Optional;

@Event(topic = "venue.seats", partitions = 12, replicationFactor = 3, cleanupPolicy = "compact")
public record SeatBooked(@Key Seat seat, String holder, Optional<String> note) {

    public record Seat(String hall, int row, int number) {}
}
