package dev.eventrecords.processor.avro;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a reader's Avro schema can read what a writer's schema wrote, by the rules of Apache Avro 1.12's {@code
 * SchemaCompatibility.checkReaderWriterCompatibility}: records match by name (unqualified) or a reader's alias, a
 * reader's field takes the writer's of its name or alias and needs a default when the writer has none, numbers promote
 * ({@code int} to {@code long}, {@code float}, {@code double}; {@code long} to {@code float}, {@code double}; {@code
 * float} to {@code double}), {@code string} and {@code bytes} swap, an enum needs every writer symbol unless it has a
 * default, a fixed its name and size, a union every writer branch; a writer's union reads when each branch does, a
 * reader's union when one branch takes the writer's type. So the baseline check of the build refuses what a registry's
 * {@code BACKWARD} or {@code FORWARD} check would. Schemas are the parsed JSON of {@code JsonText}.
 */
public final class AvroCompatibility {

    private AvroCompatibility() {}

    /**
     * One thing the reader cannot read.
     *
     * @param path where, from the root record: {@code lines[].sku}
     * @param problem what, in a lower-case clause
     */
    public record Incompatibility(String path, String problem) {}

    /**
     * What the reader cannot read of what the writer writes; empty when it reads all of it.
     *
     * @param writer the writer's schema, parsed
     * @param reader the reader's schema, parsed
     * @throws IllegalArgumentException when a schema is not an Avro schema
     */
    public static List<Incompatibility> check(Object writer, Object reader) {
        Check check = new Check();
        check.compare(check.writerNames.node(writer, ""), check.readerNames.node(reader, ""), "");
        return check.found;
    }

    /** A type with its names resolved: the JSON of a primitive, record, enum, fixed, array, map or union. */
    private record Node(String kind, String fullName, Map<?, ?> json, List<Node> branches, Names names) {}

    /** The named types one schema defines, so that a reference finds its definition. */
    private static final class Names {
        private final Map<String, Map<?, ?>> defined = new HashMap<>();
        private final Map<String, String> namespaces = new HashMap<>();

        Node node(Object json, String namespace) {
            if (json instanceof String name) {
                if (PRIMITIVES.contains(name)) {
                    return new Node(name, name, Map.of(), List.of(), this);
                }
                String full = name.indexOf('.') >= 0 || namespace.isEmpty() ? name : namespace + "." + name;
                Map<?, ?> definition = defined.containsKey(full) ? defined.get(full) : defined.get(name);
                if (definition == null) {
                    throw new IllegalArgumentException("'" + name + "' names no type defined before it");
                }
                String key = defined.containsKey(full) ? full : name;
                return new Node(String.valueOf(definition.get("type")), key, definition, List.of(), this);
            }
            if (json instanceof List<?> union) {
                List<Node> branches = new ArrayList<>();
                for (Object branch : union) {
                    branches.add(node(branch, namespace));
                }
                return new Node("union", "", Map.of(), branches, this);
            }
            if (!(json instanceof Map<?, ?> object) || object.get("type") == null) {
                throw new IllegalArgumentException("not an Avro schema: " + json);
            }
            Object type = object.get("type");
            if (!(type instanceof String kind)) {
                return node(type, namespace);
            }
            switch (kind) {
                case "record", "error", "enum", "fixed" -> {
                    String name = String.valueOf(object.get("name"));
                    String space = object.get("namespace") instanceof String s ? s : namespace;
                    String full = name.indexOf('.') >= 0 || space.isEmpty() ? name : space + "." + name;
                    defined.put(full, object);
                    int dot = full.lastIndexOf('.');
                    namespaces.put(full, dot < 0 ? "" : full.substring(0, dot));
                    if (kind.equals("error")) {
                        return new Node("record", full, object, List.of(), this);
                    }
                    if (kind.equals("record")) {
                        // fields are defined in order: a later field may name a type an earlier one defined
                        for (Object field : list(object.get("fields"))) {
                            node(((Map<?, ?>) field).get("type"), namespaces.get(full));
                        }
                    }
                    return new Node(kind, full, object, List.of(), this);
                }
                case "array" -> {
                    return new Node("array", "", object, List.of(node(object.get("items"), namespace)), this);
                }
                case "map" -> {
                    return new Node("map", "", object, List.of(node(object.get("values"), namespace)), this);
                }
                default -> {
                    return node(kind, namespace);
                }
            }
        }

        /** A field's type, as a node, in the namespace of its record. */
        Node fieldType(String recordFullName, Map<?, ?> field) {
            return node(field.get("type"), namespaces.getOrDefault(recordFullName, ""));
        }
    }

    private static final Set<String> PRIMITIVES =
            Set.of("null", "boolean", "int", "long", "float", "double", "bytes", "string");

    private static final class Check {
        final Names writerNames = new Names();
        final Names readerNames = new Names();
        final List<Incompatibility> found = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();

        /** Whether the reader reads the writer's type, recording why not. */
        boolean compare(Node writer, Node reader, String path) {
            List<Incompatibility> before = new ArrayList<>(found);
            boolean ok = compatible(writer, reader, path);
            if (ok) {
                found.clear();
                found.addAll(before);
            }
            return ok;
        }

        private boolean compatible(Node writer, Node reader, String path) {
            if (writer.kind().equals("union")) {
                boolean all = true;
                for (Node branch : writer.branches()) {
                    all &= compare(branch, reader, path);
                }
                return all;
            }
            if (reader.kind().equals("union")) {
                for (Node branch : reader.branches()) {
                    if (quietly(writer, branch, path)) {
                        return true;
                    }
                }
                return fail(
                        path, "holds the writer's " + shown(writer) + ", which is none of the reader's union's types");
            }
            if (promotes(writer.kind(), reader.kind())) {
                return true;
            }
            if (!writer.kind().equals(reader.kind())) {
                return fail(
                        path,
                        "was " + shown(writer) + " and is " + shown(reader) + ", which Avro does not"
                                + " promote it to");
            }
            return switch (reader.kind()) {
                case "record" -> record(writer, reader, path);
                case "enum" -> enumeration(writer, reader, path);
                case "fixed" -> fixed(writer, reader, path);
                case "array" ->
                    compare(writer.branches().get(0), reader.branches().get(0), path + "[]");
                case "map" ->
                    compare(writer.branches().get(0), reader.branches().get(0), path + "{}");
                default -> true;
            };
        }

        /** A comparison whose findings are dropped: a union branch that does not match is no finding. */
        private boolean quietly(Node writer, Node reader, String path) {
            int size = found.size();
            boolean ok = compatible(writer, reader, path);
            while (found.size() > size) {
                found.remove(found.size() - 1);
            }
            return ok;
        }

        private boolean record(Node writer, Node reader, String path) {
            if (!namesMatch(writer, reader)) {
                return fail(path, "was record '" + writer.fullName() + "' and is record '" + reader.fullName() + "'");
            }
            if (!seen.add(writer.fullName() + " " + reader.fullName())) {
                return true; // a record inside itself: assumed to match, as Avro does
            }
            boolean ok = true;
            for (Object f : list(reader.json().get("fields"))) {
                Map<?, ?> field = (Map<?, ?>) f;
                String name = String.valueOf(field.get("name"));
                String at = path.isEmpty() ? name : path + "." + name;
                Optional<Map<?, ?>> written = writerField(writer, field);
                if (written.isEmpty()) {
                    if (!field.containsKey("default")) {
                        ok &= fail(
                                at,
                                "is a field without a default that the writer's schema does not have, so"
                                        + " the reader finds no value for it");
                    }
                    continue;
                }
                ok &= compare(
                        writer.names().fieldType(writer.fullName(), written.get()),
                        reader.names().fieldType(reader.fullName(), field),
                        at);
            }
            return ok;
        }

        private static Optional<Map<?, ?>> writerField(Node writer, Map<?, ?> readerField) {
            Set<Object> names = new HashSet<>();
            names.add(readerField.get("name"));
            names.addAll(list(readerField.get("aliases")));
            for (Object f : list(writer.json().get("fields"))) {
                if (((Map<?, ?>) f).get("name").equals(readerField.get("name"))) {
                    return Optional.of((Map<?, ?>) f);
                }
            }
            for (Object f : list(writer.json().get("fields"))) {
                if (names.contains(((Map<?, ?>) f).get("name"))) {
                    return Optional.of((Map<?, ?>) f);
                }
            }
            return Optional.empty();
        }

        private boolean enumeration(Node writer, Node reader, String path) {
            if (!namesMatch(writer, reader)) {
                return fail(path, "was enum '" + writer.fullName() + "' and is enum '" + reader.fullName() + "'");
            }
            if (reader.json().containsKey("default")) {
                return true;
            }
            List<Object> missing = new ArrayList<>(list(writer.json().get("symbols")));
            missing.removeAll(list(reader.json().get("symbols")));
            return missing.isEmpty()
                    || fail(path, "lacks the writer's symbols " + missing + " and has no default to read them as");
        }

        private boolean fixed(Node writer, Node reader, String path) {
            if (!namesMatch(writer, reader)) {
                return fail(path, "was fixed '" + writer.fullName() + "' and is fixed '" + reader.fullName() + "'");
            }
            return String.valueOf(writer.json().get("size"))
                            .equals(String.valueOf(reader.json().get("size")))
                    || fail(
                            path,
                            "was fixed of " + writer.json().get("size") + " bytes and is fixed of "
                                    + reader.json().get("size"));
        }

        /** Avro's name check: the unqualified names are equal, or a reader's alias is the writer's full name. */
        private static boolean namesMatch(Node writer, Node reader) {
            if (simple(writer.fullName()).equals(simple(reader.fullName()))) {
                return true;
            }
            String namespace = reader.fullName().contains(".")
                    ? reader.fullName().substring(0, reader.fullName().lastIndexOf('.'))
                    : "";
            for (Object alias : list(reader.json().get("aliases"))) {
                String a = String.valueOf(alias);
                String full = a.indexOf('.') >= 0 || namespace.isEmpty() ? a : namespace + "." + a;
                if (full.equals(writer.fullName())) {
                    return true;
                }
            }
            return false;
        }

        private static String simple(String fullName) {
            return fullName.substring(fullName.lastIndexOf('.') + 1);
        }

        private static boolean promotes(String writer, String reader) {
            return switch (writer) {
                case "int" -> reader.equals("long") || reader.equals("float") || reader.equals("double");
                case "long" -> reader.equals("float") || reader.equals("double");
                case "float" -> reader.equals("double");
                case "string" -> reader.equals("bytes");
                case "bytes" -> reader.equals("string");
                default -> false;
            };
        }

        private static String shown(Node node) {
            return node.fullName().isEmpty() || PRIMITIVES.contains(node.kind())
                    ? node.kind()
                    : node.kind() + " '" + node.fullName() + "'";
        }

        private boolean fail(String path, String problem) {
            found.add(new Incompatibility(path, problem));
            return false;
        }
    }

    private static List<?> list(Object json) {
        return json instanceof List<?> l ? l : List.of();
    }
}
