package com.acme.notifications;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A nested sealed hierarchy: Content is Plain or Rich, and Rich is Html or Markdown; the id in "kind". */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Content.Plain.class, name = "plain"),
    @JsonSubTypes.Type(value = Content.Html.class, name = "html"),
    @JsonSubTypes.Type(value = Content.Markdown.class, name = "markdown")
})
public sealed interface Content {
    record Plain(String text) implements Content {}

    sealed interface Rich extends Content {}

    record Html(String html, String fallbackText) implements Rich {}

    record Markdown(String source) implements Rich {}
}
