package dev.eventrecords.examples.jackson;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.eventrecords.Event;
import dev.eventrecords.Key;

/** {@code @JsonIgnoreProperties}: names read but not written ({@code allowSetters}). */
@Event(topic = "jackson.accountfrozen")
@JsonIgnoreProperties(
        value = {"pin", "legacyId"},
        allowSetters = true)
public record AccountFrozen(
        @Key @JsonProperty("account_id") String accountId,
        String pin,
        @JsonAlias("holder") String owner,
        int legacyId,
        long balanceCents) {}
