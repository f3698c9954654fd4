package dev.eventrecords.examples.fitness;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;

/** A user moved: the event names the attribute and the effect, not just "UserUpdated". */
@Event(topic = "fitness.users", type = "fitness.UserAddressChanged")
public record UserAddressChanged(
        @Key String userId, Address newAddress, @EventTime Instant changedAt) {}
