package dev.eventrecords.processor.avro;

import dev.eventrecords.processor.rules.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * The Avro schema of one event, or why it has none.
 *
 * @param fullName the full name of the event's record: its namespace and name, as a registry's record name strategy
 *     uses it
 * @param text the schema document, when the event has one: exactly when {@code problems} is empty
 * @param form the event's Avro form, part by part, from which the document and the codec are made; present with
 *     {@code text}
 * @param problems one {@code eventrecords:unsupported-type} error per part of the event that Avro cannot carry, on the
 *     component at fault, with the choice to make
 */
public record AvroSchema(
        String fullName, Optional<String> text, Optional<AvroValue.RecordType> form, List<Diagnostic> problems) {

    public AvroSchema {
        problems = List.copyOf(problems);
        if (text.isPresent() != problems.isEmpty() || form.isPresent() != text.isPresent()) {
            throw new IllegalArgumentException("a schema has a text exactly when it has no problems");
        }
    }
}
