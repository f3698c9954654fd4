package dev.eventrecords.processor.rules;

import dev.eventrecords.processor.contracts.JsonSchemas;
import dev.eventrecords.processor.contracts.JsonText;
import dev.eventrecords.processor.contracts.SchemaCompatibility;
import dev.eventrecords.processor.contracts.SchemaCompatibility.KeyKind;
import dev.eventrecords.processor.contracts.SchemaCompatibility.Refusal;
import dev.eventrecords.processor.model.ComponentModel;
import dev.eventrecords.processor.model.EventModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;

/**
 * Compares an event's schema, computed from its record now, with the schema of the same event type in the baseline
 * directory ({@code -Aeventrecords.baseline}), and reports every change that breaks the consumers the
 * {@code eventrecords.compatibility} mode protects: {@code BACKWARD}, consumers built now reading the events written
 * before; {@code FORWARD}, consumers built on the baseline reading the events written now. What breaks is what the
 * generated readers refuse ({@link SchemaCompatibility}); a key whose serializer changes breaks both, and moves every
 * key to another partition. An event without a baseline file is new, and passes.
 *
 * <p>The baseline is a directory of the user's, read with {@code java.nio}; javac's Filer cannot name a file outside
 * its locations as an originating element, so an incremental build does not know that a change to it should
 * recompile the events: a clean build, as a release makes, always reads it.
 */
public final class CompatibilityRule implements Rule {

    private ProcessingEnvironment env;
    private JsonSchemas schemas;

    @Override
    public List<Diagnostic> check(EventModel event, RuleContext context) {
        ProcessorOptions options = context.options();
        Compatibility mode = options.compatibility();
        if (options.baseline().isEmpty() || mode == Compatibility.NONE) {
            return List.of();
        }
        Path file = options.baseline().get().resolve(event.type() + ".json");
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        Optional<Map<String, Object>> baseline = read(file);
        if (baseline.isEmpty()) {
            return List.of(Diagnostic.error(
                    RuleId.COMPATIBILITY,
                    event.element(),
                    "event '" + event.simpleName() + "' has the baseline file '" + file + "', which is not a JSON"
                            + " schema: " + problem(file) + "; restore the file from the last release, or refresh"
                            + " the baseline by copying that release's 'META-INF/eventrecords/schemas'"));
        }
        Map<String, Object> current = schemas(context.env()).schema(event);
        Map<Element, List<String>> clauses = new LinkedHashMap<>();
        if (mode.checksBackward()) {
            for (Refusal r : SchemaCompatibility.refusals(current, baseline.get())) {
                clauses.computeIfAbsent(place(event, current, r), e -> new ArrayList<>())
                        .add(clause(r, true));
            }
        }
        if (mode.checksForward()) {
            for (Refusal r : SchemaCompatibility.refusals(baseline.get(), current)) {
                clauses.computeIfAbsent(place(event, current, r), e -> new ArrayList<>())
                        .add(clause(r, false));
            }
        }
        keyChange(event, current, baseline.get())
                .ifPresent(k -> clauses.computeIfAbsent(k.position(), e -> new ArrayList<>())
                        .add(keyClause(k, current, baseline.get())));
        List<Diagnostic> found = new ArrayList<>();
        clauses.forEach((element, texts) -> found.add(Diagnostic.error(
                RuleId.COMPATIBILITY,
                element,
                "event '" + event.simpleName() + "' changed incompatibly since the baseline '" + file + "': "
                        + String.join("; ", texts)
                        + ". Make the change compatible, publish it as a new event type (a new record), or give the"
                        + " changed event a new '@Event(type)' so that consumers tell the two apart;"
                        + " '@SuppressWarnings(\"" + RuleId.COMPATIBILITY.id() + "\")' accepts a deliberate break")));
        return found;
    }

    private JsonSchemas schemas(ProcessingEnvironment environment) {
        if (schemas == null || env != environment) {
            env = environment;
            schemas = new JsonSchemas(environment);
        }
        return schemas;
    }

    /** The component at the root of the path, or the record when the component is gone. */
    private static Element place(EventModel event, Map<String, Object> current, Refusal r) {
        return component(event, current, r.path().get(0))
                .map(ComponentModel::position)
                .orElse(event.element());
    }

    /** The component written as the property: by name, else by its place among the schema's properties. */
    private static Optional<ComponentModel> component(EventModel event, Map<String, Object> current, String property) {
        for (ComponentModel c : event.components()) {
            if (c.name().equals(property)) {
                return Optional.of(c);
            }
        }
        List<String> names =
                new ArrayList<>(SchemaCompatibility.properties(current).keySet());
        int index = names.indexOf(property);
        return index >= 0 && names.size() == event.components().size()
                ? Optional.of(event.components().get(index))
                : Optional.empty();
    }

    /** What changed, which consumers break, and why. */
    private static String clause(Refusal r, boolean backward) {
        String at = "'" + path(r.path()) + "'";
        String was = backward ? r.writer() : r.reader();
        String now = backward ? r.reader() : r.writer();
        String consumers = backward
                ? "consumers built now (BACKWARD) refuse the events written before"
                : "consumers built on the baseline (FORWARD) refuse the events written now";
        return switch (r.reason()) {
            case REQUIRED_ABSENT ->
                backward
                        ? at + " was added and its constructor refuses null, so " + consumers
                                + ", which lack it (make it"
                                + " an 'Optional', or let the constructor accept its absence)"
                        : at + " was removed, and the baseline's constructor refused null for it, so " + consumers
                                + ", which lack it (keep it in the record)";
            case NULL_REFUSED ->
                at + " was '" + was + "' and is '" + now + "', so " + consumers + " when they carry"
                        + " null there, which " + (backward ? "the reader built now" : "the baseline's reader")
                        + " refuses";
            case TYPE ->
                at + " was '" + was + "' and is '" + now + "', so " + consumers + ", which carry "
                        + r.detail() + " where the reader expects '"
                        + r.reader() + "'";
            case ENUM_CONSTANTS ->
                at + " was '" + was + "' and is '" + now + "', so " + consumers
                        + " when they carry " + r.detail() + ", which "
                        + (backward ? "the enum no longer declares" : "the baseline's enum does not declare");
        };
    }

    private static String path(List<String> path) {
        StringBuilder text = new StringBuilder();
        for (String name : path) {
            if (name.equals("[]") || name.equals("{}") || text.length() == 0) {
                text.append(name);
            } else {
                text.append('.').append(name);
            }
        }
        return text.toString();
    }

    private record KeyChange(ComponentModel key, String property, Element position) {}

    /** The key, when its serializer writes other bytes than the baseline's key of the same property did. */
    private static Optional<KeyChange> keyChange(
            EventModel event, Map<String, Object> current, Map<String, Object> baseline) {
        if (event.key().isEmpty()) {
            return Optional.empty();
        }
        ComponentModel key = event.key().get();
        int index = event.components().indexOf(key);
        List<String> names =
                new ArrayList<>(SchemaCompatibility.properties(current).keySet());
        String property = names.contains(key.name()) || index >= names.size() ? key.name() : names.get(index);
        if (!SchemaCompatibility.properties(baseline).containsKey(property)) {
            return Optional.empty();
        }
        KeyKind was = SchemaCompatibility.keyKind(baseline, property);
        KeyKind now = SchemaCompatibility.keyKind(current, property);
        return was == now ? Optional.empty() : Optional.of(new KeyChange(key, property, key.position()));
    }

    private static String keyClause(KeyChange k, Map<String, Object> current, Map<String, Object> baseline) {
        return "the key '" + k.property() + "' was '"
                + SchemaCompatibility.describe(
                        SchemaCompatibility.properties(baseline).get(k.property()))
                + "' and is '"
                + SchemaCompatibility.describe(
                        SchemaCompatibility.properties(current).get(k.property()))
                + "', which Kafka's key serializers write as other bytes, so consumers built now (BACKWARD) refuse"
                + " the keys written before and consumers built on the baseline (FORWARD) the keys written now, and"
                + " the same key lands on another partition, which breaks the order of its events";
    }

    /** The baseline's schema, or empty when the file is not a JSON object. */
    @SuppressWarnings("unchecked")
    private static Optional<Map<String, Object>> read(Path file) {
        try {
            Object tree = JsonText.parse(Files.readString(file, StandardCharsets.UTF_8));
            return tree instanceof Map<?, ?> schema && schema.get("properties") instanceof Map<?, ?>
                    ? Optional.of((Map<String, Object>) schema)
                    : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Why the file is not a schema, without repeating its content. */
    private static String problem(Path file) {
        try {
            Object tree = JsonText.parse(Files.readString(file, StandardCharsets.UTF_8));
            return tree instanceof Map<?, ?> ? "it has no 'properties'" : "it is not a JSON object";
        } catch (IOException e) {
            return "it cannot be read (" + e.getClass().getSimpleName() + ")";
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            int content = message.indexOf(" in ");
            return "it does not parse (" + (content < 0 ? message : message.substring(0, content)) + ")";
        }
    }
}
