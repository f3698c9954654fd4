package dev.eventrecords.examples.jackson;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.Optional;

/**
 * {@code include = PROPERTY} with {@code visible = true} (the id handed on to records that have no such component),
 * and {@code @JsonInclude} on polymorphic components.
 */
@Event(topic = "jackson.refunds")
public record RefundIssued(
        @Key String refund,

        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonAlias("cause")
        Reason reason,

        @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<Reason> secondary,
        @JsonProperty("by") String agent) {

    @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "code", visible = true)
    public sealed interface Reason {

        record Damaged(String part, Optional<String> photo) implements Reason {}

        record Late(int days) implements Reason {}

        enum Other implements Reason {
            CHANGED_MIND,
            DUPLICATE
        }
    }
}
