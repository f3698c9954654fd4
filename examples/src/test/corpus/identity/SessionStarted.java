package com.acme.identity;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** snake_case on the event and on its nested record; a Duration and an Optional. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Event(topic = "identity.session-started.v1")
public record SessionStarted(
        @Key String sessionId,
        UUID userId,
        DeviceInfo device,
        Optional<String> deviceId,
        Instant startedAt,
        Duration timeToLive) {}
