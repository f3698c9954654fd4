package dev.eventrecords.examples.jackson;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.eventrecords.Event;
import dev.eventrecords.Key;

/** {@code @JsonIgnoreProperties}: names written but not read ({@code allowGetters}). */
@Event(topic = "jackson.accountclosed")
@JsonIgnoreProperties(
        value = {"pin", "legacyId"},
        allowGetters = true)
public record AccountClosed(
        @Key @JsonProperty("account_id") String accountId,
        String pin,
        @JsonAlias("holder") String owner,
        int legacyId,
        long balanceCents) {}
