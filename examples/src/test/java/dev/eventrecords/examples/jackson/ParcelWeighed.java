package dev.eventrecords.examples.jackson;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.Optional;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Names translated by {@code PropertyNamingStrategies.KebabCaseStrategy}. */
@Event(topic = "jackson.parcelweighed")
@JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
public record ParcelWeighed(
        @Key String orderID,
        String URLValue,
        String a1b,
        String a1B2,
        String _under,
        @JsonAlias("weight") long grossWeightKg,
        @JsonProperty("kept") String keptAsWritten,
        @JsonIgnore String internalRef,
        Optional<String> userId,

        @JsonProperty(access = JsonProperty.Access.READ_ONLY)
        String shelfLabel) {}
