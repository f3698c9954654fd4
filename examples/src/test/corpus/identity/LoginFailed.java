package com.acme.identity;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.Instant;

/** snake_case spelled out with @JsonProperty on each component. */
@Event(topic = "identity.login-failed.v1")
public record LoginFailed(
        @Key @JsonProperty("user_id") String userId,
        @JsonProperty("ip_address") String ipAddress,
        @JsonProperty("failure_reason") FailureReason reason,
        @JsonProperty("attempt_count") int attemptCount,
        @JsonProperty("attempted_at") Instant attemptedAt) {}
