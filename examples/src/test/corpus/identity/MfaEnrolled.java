package com.acme.identity;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Renamed enum constants and a list, in kebab-case. */
@JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
@Event(topic = "identity.mfa-enrolled.v1")
public record MfaEnrolled(@Key UUID userId, MfaMethod method, List<String> backupCodeHashes) {
    public MfaEnrolled {
        backupCodeHashes = List.copyOf(backupCodeHashes);
    }
}
