package com.acme.identity;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.Instant;
import java.util.UUID;

/** Old property names still read through @JsonAlias, and nulls left out with @JsonInclude(NON_NULL). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Event(topic = "identity.account-deactivated.v1")
public record AccountDeactivated(
        @Key @JsonAlias("uid") UUID userId,
        @JsonAlias({"why", "reason_text"}) String reason,
        String deactivatedBy,
        Instant deactivatedAt) {}
