package com.acme.identity;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** snake_case for the Python consumers, through @JsonNaming(SnakeCaseStrategy); a Locale. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Event(topic = "identity.user-registered.v1")
public record UserRegistered(
        @Key UUID userId,
        String emailAddress,
        String displayName,
        Locale preferredLocale,
        boolean marketingOptIn,
        @EventTime Instant registeredAt) {}
