package dev.eventrecords.kafka.avro;

import java.util.List;

/**
 * A registry's verdict on whether a schema may be registered under a subject, by the subject's compatibility level.
 *
 * @param compatible whether it may
 * @param messages why not, as the registry says it (Confluent's {@code messages}, Apicurio's {@code reason}); empty
 *     when compatible
 */
public record CompatibilityCheck(boolean compatible, List<String> messages) {

    public CompatibilityCheck {
        messages = List.copyOf(messages);
    }
}
