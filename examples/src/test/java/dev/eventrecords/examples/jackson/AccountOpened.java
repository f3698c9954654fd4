package dev.eventrecords.examples.jackson;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.eventrecords.Event;
import dev.eventrecords.Key;

/**
 * {@code @JsonIgnoreProperties}: names ignored both ways; and a derived getter marked {@code @JsonIgnore}, which
 * Jackson leaves out as the serde does.
 */
@Event(topic = "jackson.accountopened")
@JsonIgnoreProperties(
        value = {"pin", "legacyId", "notAComponent"},
        ignoreUnknown = true)
public record AccountOpened(
        @Key @JsonProperty("account_id") String accountId,
        String pin,
        @JsonAlias("holder") String owner,
        int legacyId,
        long balanceCents) {

    @JsonIgnore
    public boolean isOverdrawn() {
        return balanceCents < 0;
    }

    @JsonIgnore
    public String getDisplayName() {
        return owner + " (" + accountId + ")";
    }
}
