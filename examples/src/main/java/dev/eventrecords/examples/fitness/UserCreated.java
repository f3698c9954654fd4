package dev.eventrecords.examples.fitness;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;

/** A user signed up. Its topic defaults to the name in kebab-case: {@code user-created}. */
@Event
public record UserCreated(
        @Key String userId,
        String email,
        String displayName,
        @EventTime Instant createdAt) {}
