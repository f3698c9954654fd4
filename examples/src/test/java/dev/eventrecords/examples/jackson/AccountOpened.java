package dev.eventrecords.examples.jackson;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.eventrecords.Event;
import dev.eventrecords.Key;

/** {@code @JsonIgnoreProperties}: names ignored both ways. */
@Event(topic = "jackson.accountopened")
@JsonIgnoreProperties(
        value = {"pin", "legacyId", "notAComponent"},
        ignoreUnknown = true)
public record AccountOpened(
        @Key @JsonProperty("account_id") String accountId,
        String pin,
        @JsonAlias("holder") String owner,
        int legacyId,
        long balanceCents) {}
