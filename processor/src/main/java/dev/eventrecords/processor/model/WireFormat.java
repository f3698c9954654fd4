package dev.eventrecords.processor.model;

import java.util.Locale;
import java.util.Optional;

/**
 * How an event's value is written, as {@code dev.eventrecords.EventFormat} declares it ({@code @Event(format)},
 * {@code @EventFamily(format)}, the option {@code eventrecords.format}); named apart so the processor does not load
 * the runtime.
 */
public enum WireFormat {
    /** UTF-8 JSON, as Jackson writes it. */
    JSON,
    /** Avro through a schema registry. */
    AVRO;

    /** The format an annotation value or an option names: a constant's name, in any case. */
    public static Optional<WireFormat> parse(String text) {
        for (WireFormat format : values()) {
            if (format.name().equals(text.trim().toUpperCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The option value that names it. */
    public String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
