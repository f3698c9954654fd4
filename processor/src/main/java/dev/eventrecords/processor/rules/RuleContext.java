package dev.eventrecords.processor.rules;

import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;

/** What a rule may consult besides the event: the compiler's utilities and the processor options ({@code -A}). */
public record RuleContext(ProcessingEnvironment env, Map<String, String> options) {

    public RuleContext {
        options = Map.copyOf(options);
    }

    /** The value of a processor option, trimmed; empty when the option is absent or blank. */
    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }
}
