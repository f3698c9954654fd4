package dev.eventrecords.examples.jackson;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** {@code use = SIMPLE_NAME, include = WRAPPER_ARRAY}: {@code ["Gold",{"level":3}]}, {@code ["Bronze","PLAIN"]}. */
@JsonTypeInfo(
        use = JsonTypeInfo.Id.SIMPLE_NAME,
        include = JsonTypeInfo.As.WRAPPER_ARRAY,
        property = "badge",
        visible = true)
public sealed interface Badge {

    record Gold(int level) implements Badge {}

    record Silver() implements Badge {}

    enum Bronze implements Badge {
        PLAIN,
        SHINY
    }
}
