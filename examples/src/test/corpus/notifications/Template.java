package com.acme.notifications;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** The type id is a property each variant already carries (EXISTING_PROPERTY). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "engine")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Template.Mustache.class, name = "mustache"),
    @JsonSubTypes.Type(value = Template.Liquid.class, name = "liquid")
})
public sealed interface Template {
    String engine();

    record Mustache(String engine, String body) implements Template {}

    record Liquid(String engine, String body, boolean strict) implements Template {}
}
