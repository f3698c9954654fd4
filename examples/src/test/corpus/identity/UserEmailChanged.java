package com.acme.identity;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.UUID;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** snake_case names of a plain event. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Event(topic = "identity.user-email-changed.v1")
public record UserEmailChanged(@Key UUID userId, String oldEmail, String newEmail, boolean verified) {}
