package dev.eventrecords.examples.jackson;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Polymorphic components in a wrapper object, also as map values and optional list elements. */
@Event(topic = "jackson.alerts")
public record AlertRouted(
        @Key String alert,
        @JsonProperty("to") @JsonAlias("target") Channel channel,
        Optional<Channel> fallback,
        Map<String, Channel> escalation,
        List<Optional<Channel>> tries,
        @JsonIgnore String secret) {

    public AlertRouted {
        escalation = escalation == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(escalation));
        tries = tries == null ? null : List.copyOf(tries);
    }
}
