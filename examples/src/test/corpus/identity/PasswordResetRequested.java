package com.acme.identity;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The reset token never leaves the service: @JsonIgnore with snake_case names. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Event(topic = "identity.password-reset-requested.v1")
public record PasswordResetRequested(@Key UUID userId, @JsonIgnore String resetToken, Instant expiresAt) {}
