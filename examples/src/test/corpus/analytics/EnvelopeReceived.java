package com.acme.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.net.URI;

/** Property names from other ecosystems: @type, $schema, x-request-id, and a Japanese name. */
@Event(topic = "analytics.envelope-received.v1")
public record EnvelopeReceived(
        @Key @JsonProperty("x-request-id") String requestId,
        @JsonProperty("@type") String type,
        @JsonProperty("$schema") URI schema,
        @JsonProperty("名前") String name,
        @JsonProperty("émis_à") String issuedAt) {}
