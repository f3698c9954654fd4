package dev.eventrecords.processor.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which consumers the {@code eventrecords:compatibility} rule protects ({@code -Aeventrecords.compatibility}), as
 * schema registries name the modes.
 */
public enum Compatibility {
    /** Consumers built now read the events the baseline's producers wrote. */
    BACKWARD,
    /** Consumers built on the baseline read the events written now. */
    FORWARD,
    /** Both: the default. */
    FULL,
    /** No check. */
    NONE;

    /** Whether a change that breaks consumers built now (reading older events) is an error. */
    public boolean checksBackward() {
        return this == BACKWARD || this == FULL;
    }

    /** Whether a change that breaks consumers built on the baseline (reading newer events) is an error. */
    public boolean checksForward() {
        return this == FORWARD || this == FULL;
    }

    /** The mode an option value names, in any case. */
    public static Optional<Compatibility> parse(String value) {
        return Arrays.stream(values())
                .filter(c -> c.name().equals(value.trim().toUpperCase(Locale.ROOT)))
                .findFirst();
    }
}
