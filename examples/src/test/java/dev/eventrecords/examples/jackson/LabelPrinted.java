package dev.eventrecords.examples.jackson;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.Instant;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Snake case names, an explicit order by JSON and by component name, an index, and read-only components that Jackson 3
 * moves to the end (renamed explicitly or by the strategy) in alphabetical order.
 */
@Event(topic = "jackson.labels")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"carrier_code", "nothing", "URLValue", "zed_note", "Kept"})
public record LabelPrinted(
        @Key String orderID,
        String URLValue,
        String a1b,
        @JsonProperty("Kept") String keptName,
        @JsonAlias({"oldCarrier", "carrier"}) String carrierCode,

        @JsonProperty(access = JsonProperty.Access.READ_ONLY)
        String zedNote,

        @JsonProperty(value = "aa_total", access = JsonProperty.Access.READ_ONLY)
        String total,

        @JsonProperty(access = JsonProperty.Access.READ_ONLY)
        String x,

        @JsonProperty(index = 0) int priority,
        @JsonProperty(index = 3) boolean fragile,
        @JsonIgnore String internalRef,
        Instant printedAt) {}
