package dev.eventrecords.examples.avro;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;
import java.util.Objects;

/** A tank was filled. */
@Event
public record TankFilled(@Key String tankId, @EventTime Instant at, int litres) implements TankEvent {
    public TankFilled {
        Objects.requireNonNull(tankId, "tankId");
        Objects.requireNonNull(at, "at");
    }
}
