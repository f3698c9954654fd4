package dev.eventrecords.examples.avro;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A tank was drained, perhaps for a reason. */
@Event
public record TankDrained(@Key String tankId, @EventTime Instant at, Optional<String> reason) implements TankEvent {
    public TankDrained {
        Objects.requireNonNull(tankId, "tankId");
        Objects.requireNonNull(at, "at");
    }
}
