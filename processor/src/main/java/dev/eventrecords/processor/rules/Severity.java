package dev.eventrecords.processor.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.tools.Diagnostic.Kind;

/** How a configurable rule reports: {@code error}, {@code warn} or {@code off}. */
public enum Severity {
    ERROR(Kind.ERROR),
    WARN(Kind.WARNING),
    OFF(Kind.OTHER);

    private final Kind kind;

    Severity(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses an option value; empty when the value is not one of {@link #validValues()}. */
    public static Optional<Severity> parse(String value) {
        return Arrays.stream(values())
                .filter(s -> s.optionValue().equalsIgnoreCase(value.trim()))
                .findFirst();
    }

    /** {@code 'error', 'warn', 'off'}, for messages. */
    public static String validValues() {
        return Arrays.stream(values()).map(s -> "'" + s.optionValue() + "'").collect(Collectors.joining(", "));
    }
}
