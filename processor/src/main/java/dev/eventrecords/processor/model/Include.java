package dev.eventrecords.processor.model;

import java.util.Optional;
import java.util.Set;

/**
 * Which values of a component Jackson 3 leaves out of the JSON, from {@code @JsonInclude} on the component, else on its
 * record: {@code ALWAYS} (also for {@code USE_DEFAULTS} with nothing to inherit), {@code NON_NULL}, {@code NON_ABSENT}
 * (also an empty {@code Optional}, {@code OptionalInt}, {@code OptionalLong}, {@code OptionalDouble}) and
 * {@code NON_EMPTY} (also an empty {@code String}, {@code List}, {@code Set} or {@code Map}, and the nil {@code UUID},
 * which Jackson 3's serializer calls empty; an {@code Optional} of an empty value, a zero, a record or an enum is
 * written).
 */
public enum Include {
    ALWAYS,
    NON_NULL,
    NON_ABSENT,
    NON_EMPTY;

    /**
     * The value types whose emptiness for {@code NON_EMPTY} is known: only an empty {@code String}, the nil
     * {@code UUID}, and an absent {@code OptionalInt}, {@code OptionalLong} or {@code OptionalDouble} are empty; the
     * others never are, as Jackson 3's
     * serializers for them say. A type outside this set (a value type added later, {@code Bytes}, which Jackson has no
     * default form for) is refused with {@code NON_EMPTY}.
     */
    private static final Set<String> KNOWN = Set.of(
            "BOOLEAN",
            "BYTE",
            "SHORT",
            "INTEGER",
            "LONG",
            "FLOAT",
            "DOUBLE",
            "CHARACTER",
            "STRING",
            "UUID",
            "BIG_DECIMAL",
            "BIG_INTEGER",
            "INSTANT",
            "LOCAL_DATE",
            "LOCAL_DATE_TIME",
            "LOCAL_TIME",
            "OFFSET_DATE_TIME",
            "ZONED_DATE_TIME",
            "DURATION",
            "PERIOD",
            "YEAR",
            "YEAR_MONTH",
            "OPTIONAL_INT",
            "OPTIONAL_LONG",
            "OPTIONAL_DOUBLE");

    /** The inclusion of {@code JsonInclude.Include} constant {@code name}; empty for one not honoured. */
    public static Optional<Include> of(String name) {
        return switch (name) {
            case "ALWAYS" -> Optional.of(ALWAYS);
            case "NON_NULL" -> Optional.of(NON_NULL);
            case "NON_ABSENT" -> Optional.of(NON_ABSENT);
            case "NON_EMPTY" -> Optional.of(NON_EMPTY);
            default -> Optional.empty();
        };
    }

    /** Whether this serde knows which values of the shape this inclusion leaves out. */
    public boolean knows(Shape shape) {
        return this != NON_EMPTY || !(shape instanceof Shape.Scalar s) || KNOWN.contains(s.codec());
    }
}
