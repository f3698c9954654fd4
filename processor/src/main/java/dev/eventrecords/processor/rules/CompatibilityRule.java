package dev.eventrecords.processor.rules;

import dev.eventrecords.processor.avro.AvroCompatibility;
import dev.eventrecords.processor.avro.AvroSchema;
import dev.eventrecords.processor.contracts.JsonSchemas;
import dev.eventrecords.processor.contracts.JsonText;
import dev.eventrecords.processor.contracts.SchemaCompatibility;
import dev.eventrecords.processor.contracts.SchemaCompatibility.Reason;
import dev.eventrecords.processor.contracts.SchemaCompatibility.Refusal;
import dev.eventrecords.processor.model.ComponentModel;
import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.model.WireFormat;
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
        Path directory = options.baseline().get().normalize();
        List<Diagnostic> avro = event.format() == WireFormat.AVRO ? avro(event, context, directory, mode) : List.of();
        Path file = directory.resolve(event.type() + ".json").normalize();
        // A type is free text: one that climbs out of the directory has no baseline file.
        if (!file.startsWith(directory) || !Files.isRegularFile(file)) {
            return avro;
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
        Map<Element, List<Finding>> findings = new LinkedHashMap<>();
        if (mode.checksBackward()) {
            for (Refusal r : SchemaCompatibility.refusals(current, baseline.get())) {
                findings.computeIfAbsent(place(event, current, r), e -> new ArrayList<>())
                        .add(new Finding(r, true));
            }
        }
        if (mode.checksForward()) {
            for (Refusal r : SchemaCompatibility.refusals(baseline.get(), current)) {
                findings.computeIfAbsent(place(event, current, r), e -> new ArrayList<>())
                        .add(new Finding(r, false));
            }
        }
        Optional<KeyChange> key = keyChange(event, current, baseline.get());
        key.ifPresent(k -> findings.computeIfAbsent(k.key().position(), e -> new ArrayList<>()));
        List<Diagnostic> found = new ArrayList<>(avro);
        findings.forEach((element, list) -> {
            List<String> clauses = clauses(list);
            boolean isKey = key.filter(k -> k.key().position().equals(element)).isPresent();
            if (isKey) {
                clauses.add(list.isEmpty() ? key.get().clause() : key.get().asKey());
            }
            String what = element.equals(event.element())
                    ? "event '" + event.simpleName() + "'"
                    : "event '" + event.simpleName() + "' component '" + element.getSimpleName() + "'";
            found.add(Diagnostic.error(
                    RuleId.COMPATIBILITY,
                    element,
                    what + " changed incompatibly since the baseline schema '" + file.getFileName() + "': "
                            + String.join("; ", clauses) + ". " + fix(list, isKey)
                            + ", publish the change as a new event type (a new record), or give the changed event a"
                            + " new '@Event(type)' so that consumers tell the versions apart; '@SuppressWarnings(\""
                            + RuleId.COMPATIBILITY.id() + "\")' accepts a deliberate break"));
        });
        return found;
    }

    /**
     * An Avro event's schema against its baseline {@code <event type>.avsc} in the same directory (a copy of the last
     * release's {@code META-INF/eventrecords/avro}), by Avro's own rules ({@link AvroCompatibility}), so that a change
     * the registry's {@code BACKWARD} or {@code FORWARD} check would refuse fails the build first.
     */
    private static List<Diagnostic> avro(EventModel event, RuleContext context, Path directory, Compatibility mode) {
        Path file = directory.resolve(event.type() + ".avsc").normalize();
        if (!file.startsWith(directory) || !Files.isRegularFile(file)) {
            return List.of();
        }
        AvroSchema current = context.avroSchemas().of(event);
        if (current.text().isEmpty()) {
            return List.of(); // its problems are reported already
        }
        Object baseline;
        try {
            baseline = JsonText.parse(Files.readString(file));
            AvroCompatibility.check(baseline, baseline);
        } catch (IOException | RuntimeException e) {
            return List.of(Diagnostic.error(
                    RuleId.COMPATIBILITY,
                    event.element(),
                    "event '" + event.simpleName() + "' has the baseline file '" + file + "', which is not an Avro"
                            + " schema: " + e.getMessage() + "; restore the file from the last release, or refresh the"
                            + " baseline by copying that release's 'META-INF/eventrecords/avro'"));
        }
        Object now = JsonText.parse(current.text().get());
        List<Diagnostic> found = new ArrayList<>();
        if (mode.checksBackward()) {
            for (AvroCompatibility.Incompatibility i : AvroCompatibility.check(baseline, now)) {
                found.add(avroFinding(event, file, i, true));
            }
        }
        if (mode.checksForward()) {
            for (AvroCompatibility.Incompatibility i : AvroCompatibility.check(now, baseline)) {
                found.add(avroFinding(event, file, i, false));
            }
        }
        return found;
    }

    private static Diagnostic avroFinding(
            EventModel event, Path file, AvroCompatibility.Incompatibility i, boolean backward) {
        String field = i.path().split("[.\\[{]", 2)[0];
        Element at = event.components().stream()
                .filter(c -> c.property().name().equals(field))
                .map(c -> c.position())
                .findFirst()
                .orElse(event.element());
        String reader = backward ? "the schema now" : "the baseline's";
        String who = backward
                ? "consumers built now (BACKWARD) cannot read the events written before"
                : "consumers built on the baseline (FORWARD) cannot read the events written now";
        return Diagnostic.error(
                RuleId.COMPATIBILITY,
                at,
                "event '" + event.simpleName() + "' changed incompatibly since the baseline Avro schema '"
                        + file.getFileName() + "': reading with " + reader + ", '"
                        + (i.path().isEmpty() ? "the record" : i.path())
                        + "' " + i.problem() + ": " + who + ", and a schema registry checking "
                        + (backward ? "BACKWARD" : "FORWARD")
                        + " refuses it. Give an added field a default, keep removed fields' defaults, widen numbers only"
                        + " as Avro promotes them, or publish the change as a new event type; '@SuppressWarnings(\""
                        + RuleId.COMPATIBILITY.id() + "\")' accepts a deliberate break");
    }

    /** A refusal, and whether it is the reader built now refusing the baseline's events (else the reverse). */
    private record Finding(Refusal refusal, boolean backward) {
        List<String> path() {
            return refusal.path();
        }
    }

    /** For each property at fault: what changed, then which consumers break and why. */
    private static List<String> clauses(List<Finding> findings) {
        Map<List<String>, List<Finding>> byPath = new LinkedHashMap<>();
        for (Finding f : findings) {
            byPath.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(f);
        }
        List<String> clauses = new ArrayList<>();
        byPath.forEach((path, at) -> {
            // A type that changed says more than the null it may also carry.
            boolean typed = at.stream().anyMatch(f -> f.refusal().reason() == Reason.TYPE);
            List<String> breaks = new ArrayList<>();
            for (Finding f : at) {
                if (!(typed && f.refusal().reason() == Reason.NULL_REFUSED)) {
                    breaks.add(consumers(f));
                }
            }
            clauses.add(change(path, at.get(0)) + ": " + String.join(", and ", breaks));
        });
        return clauses;
    }

    private static String change(List<String> path, Finding f) {
        Refusal r = f.refusal();
        String at = "'" + path(path) + "'";
        if (r.reason() == Reason.REQUIRED_ABSENT) {
            return f.backward()
                    ? at + " was added, and its constructor refuses null"
                    : at + " was removed, and the baseline's constructor refused null for it";
        }
        String was = f.backward() ? r.writer() : r.reader();
        String now = f.backward() ? r.reader() : r.writer();
        return at + " was '" + was + "' and is '" + now + "'";
    }

    private static String consumers(Finding f) {
        String who = f.backward()
                ? "consumers built now (BACKWARD) refuse the events written before"
                : "consumers built on the baseline (FORWARD) refuse the events written now";
        Refusal r = f.refusal();
        return switch (r.reason()) {
            case REQUIRED_ABSENT -> who + ", which lack it";
            case NULL_REFUSED -> who + " that carry null there";
            case TYPE -> who + " that carry " + r.detail();
            case ENUM_CONSTANTS ->
                who + " that carry " + r.detail() + ", which "
                        + (f.backward() ? "the enum no longer declares" : "the baseline's enum does not declare");
            case TYPE_IDS ->
                who + " that carry type id " + r.detail() + ", which "
                        + (f.backward()
                                ? "the sealed interface no longer permits"
                                : "the baseline's sealed interface does not permit");
        };
    }

    /** The compatible way to make the first change found. */
    private static String fix(List<Finding> findings, boolean key) {
        if (key) {
            return "Keep the key's type";
        }
        // A type that changed says more than the null it may also carry.
        Finding f = findings.stream()
                .filter(x -> x.refusal().reason() != Reason.NULL_REFUSED)
                .findFirst()
                .orElse(findings.get(0));
        return switch (f.refusal().reason()) {
            case REQUIRED_ABSENT ->
                f.backward() ? "Make it an 'Optional' (an absent one reads as empty)" : "Keep it in the record";
            case NULL_REFUSED ->
                f.backward()
                        ? "Let the constructor accept null, or make it an 'Optional'"
                        : "Keep the constructor's null check";
            case TYPE -> "Keep its type and add the new form as a new 'Optional' component";
            case ENUM_CONSTANTS ->
                f.backward()
                        ? "Keep the constant"
                        : "Send the new constant only once every consumer knows it (release the enum first)";
            case TYPE_IDS ->
                f.backward()
                        ? "Keep the variant, under its type id"
                        : "Send the new variant only once every consumer knows it (release the sealed interface"
                                + " first)";
        };
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
            case TYPE_IDS ->
                at + " was '" + was + "' and is '" + now + "', so " + consumers
                        + " when they carry type id " + r.detail() + ", which "
                        + (backward
                                ? "the sealed interface no longer permits"
                                : "the baseline's sealed interface does not permit");
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

    /** A key whose serializer changed, and what to tell the user. */
    private record KeyChange(ComponentModel key, String change) {

        String clause() {
            return change + ": " + BREAKS;
        }

        /** The clause after the change of the same component was said. */
        String asKey() {
            return "as the key, " + BREAKS;
        }

        private static final String BREAKS =
                "Kafka's key serializers write the two as other bytes, so consumers built now"
                        + " (BACKWARD) refuse the keys written before and consumers built on the baseline (FORWARD) the keys"
                        + " written now, and the events of one key land on another partition than before, which breaks"
                        + " their order";
    }

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
        Object was = SchemaCompatibility.properties(baseline).get(property);
        if (was == null
                || SchemaCompatibility.keyKind(baseline, property) == SchemaCompatibility.keyKind(current, property)) {
            return Optional.empty();
        }
        Object now = SchemaCompatibility.properties(current).get(property);
        return Optional.of(new KeyChange(
                key,
                "the key '" + property + "' was '" + SchemaCompatibility.describe(was) + "' and is '"
                        + SchemaCompatibility.describe(now) + "'"));
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
