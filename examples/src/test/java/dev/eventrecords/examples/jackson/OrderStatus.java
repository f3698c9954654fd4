package dev.eventrecords.examples.jackson;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Constants with {@code @JsonProperty} texts, one empty, one beside a {@code toString()} that it wins over, and
 * constants without: by their {@code toString()}, their name unless overridden.
 */
public enum OrderStatus {
    @JsonProperty("new")
    NEW,
    @JsonProperty("paid")
    PAID {
        @Override
        public String toString() {
            return "PAID!";
        }
    },
    @JsonProperty("")
    VOID,
    SHIPPED,
    CANCELLED {
        @Override
        public String toString() {
            return "cancelled";
        }
    }
}
