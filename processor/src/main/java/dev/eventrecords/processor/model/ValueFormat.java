package dev.eventrecords.processor.model;

import java.util.Optional;

/**
 * The form a component's {@code @JsonFormat} gives its value (for a container, its elements'), as Jackson 3 applies
 * it; {@link #NONE} for a component without one, or with one that changes nothing.
 *
 * @param kind the form
 * @param pattern the {@code DateTimeFormatter} pattern, for {@link Kind#PATTERN}
 * @param locale the language of the pattern's texts when given ({@code fr}); the default locale otherwise, as Jackson's
 *     mapper takes it
 * @param timezone the time zone id given, as {@code java.util.TimeZone} knows it
 */
public record ValueFormat(Kind kind, String pattern, Optional<String> locale, Optional<String> timezone) {

    /** The value in its default form. */
    public static final ValueFormat NONE = new ValueFormat(Kind.NONE, "", Optional.empty(), Optional.empty());

    /** The forms Jackson 3 gives a value with {@code @JsonFormat}, as far as this serde carries them. */
    public enum Kind {
        /** The default form. */
        NONE,
        /** A {@code java.time} value as text in a pattern ({@code shape = STRING} or none, {@code pattern}). */
        PATTERN,
        /** The same, read strictly ({@code lenient = FALSE}): the pattern resolves strictly, a blank text is refused. */
        STRICT_PATTERN,
        /** A date-time or duration as decimal seconds ({@code shape = NUMBER} or {@code NUMBER_FLOAT}). */
        SECONDS,
        /** A date-time or duration as whole milliseconds ({@code shape = NUMBER_INT}). */
        MILLIS,
        /** A local date or time, a year-month, month-day or offset time as an array ({@code shape = NUMBER}, ...). */
        ARRAY,
        /** A {@code LocalDate} as its epoch day ({@code shape = NUMBER_INT}). */
        EPOCH_DAY,
        /** An enum by its index ({@code shape = NUMBER} or {@code NUMBER_INT}). */
        INDEX
    }

    /** Whether the value is written otherwise than in its default form. */
    public boolean applies() {
        return kind != Kind.NONE;
    }

    /** Whether the value is text in a pattern, whose formatter generated code builds once. */
    public boolean patterned() {
        return kind == Kind.PATTERN || kind == Kind.STRICT_PATTERN;
    }

    /** The JSON Schema (draft-07) fragment of a non-null value in this form. */
    public String schema() {
        return switch (kind) {
            case NONE -> throw new IllegalStateException("the default form has its value type's schema");
            case PATTERN, STRICT_PATTERN -> "{\"type\":\"string\"}";
            case SECONDS -> "{\"type\":\"number\"}";
            case MILLIS, EPOCH_DAY -> "{\"type\":\"integer\"}";
            case INDEX -> "{\"type\":\"integer\",\"minimum\":0}";
            case ARRAY -> "{\"type\":\"array\",\"items\":{\"type\":[\"integer\",\"string\"]}}";
        };
    }
}
