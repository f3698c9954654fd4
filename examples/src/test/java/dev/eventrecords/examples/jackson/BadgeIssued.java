package dev.eventrecords.examples.jackson;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.List;

/** Polymorphic components as arrays of their simple type name and value. */
@Event(topic = "jackson.badges")
public record BadgeIssued(
        @Key String member,
        @JsonAlias("award") Badge badge,
        List<Badge> history,
        @JsonProperty("by") String issuer) {

    public BadgeIssued {
        history = history == null ? null : List.copyOf(history);
    }
}
