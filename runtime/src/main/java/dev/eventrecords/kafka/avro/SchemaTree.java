package dev.eventrecords.kafka.avro;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An Avro schema as the resolution rules see it (Avro 1.12 specification, "Schema Declaration"): primitives, records,
 * enums, arrays, maps, unions and fixed, with names resolved against their namespaces. Logical types annotate a type
 * and change nothing in its encoding, so they are not kept. A record may refer to itself: its fields are filled after
 * it is named.
 */
final class SchemaTree {

    private SchemaTree() {}

    /** The kinds of Avro types. */
    enum Kind {
        NULL,
        BOOLEAN,
        INT,
        LONG,
        FLOAT,
        DOUBLE,
        BYTES,
        STRING,
        RECORD,
        ENUM,
        ARRAY,
        MAP,
        UNION,
        FIXED
    }

    /** A type of the schema. */
    sealed interface Node permits Primitive, Named, ArrayNode, MapNode, UnionNode {
        Kind kind();

        /** How the type is named in messages. */
        default String shown() {
            return kind().name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    record Primitive(Kind kind) implements Node {}

    /** A record, an enum or a fixed: named, and known by its aliases too. */
    abstract static sealed class Named implements Node permits RecordNode, EnumNode, FixedNode {
        final String fullName;
        final Set<String> aliases;

        Named(String fullName, Set<String> aliases) {
            this.fullName = fullName;
            this.aliases = aliases;
        }

        /** Whether a writer's type of this name is this reader's type, by name or alias. */
        boolean knownAs(String writerFullName) {
            return fullName.equals(writerFullName) || aliases.contains(writerFullName);
        }

        @Override
        public String shown() {
            return kind().name().toLowerCase(java.util.Locale.ROOT) + " '" + fullName + "'";
        }
    }

    static final class RecordNode extends Named {
        final List<Field> fields = new ArrayList<>();

        RecordNode(String fullName, Set<String> aliases) {
            super(fullName, aliases);
        }

        @Override
        public Kind kind() {
            return Kind.RECORD;
        }
    }

    /**
     * A record's field.
     *
     * @param name its name
     * @param aliases the other names it had
     * @param type its type
     * @param defaultValue its default as JSON (a map, list, string, number or boolean; {@link #NULL_DEFAULT} for
     *     JSON {@code null}), empty when it has none
     */
    record Field(String name, Set<String> aliases, Node type, Optional<Object> defaultValue) {}

    /** A field's default of JSON {@code null}, as {@link Optional} cannot hold {@code null}. */
    static final Object NULL_DEFAULT = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    static final class EnumNode extends Named {
        final List<String> symbols;
        final Optional<String> defaultSymbol;

        EnumNode(String fullName, Set<String> aliases, List<String> symbols, Optional<String> defaultSymbol) {
            super(fullName, aliases);
            this.symbols = symbols;
            this.defaultSymbol = defaultSymbol;
        }

        @Override
        public Kind kind() {
            return Kind.ENUM;
        }
    }

    static final class FixedNode extends Named {
        final int size;

        FixedNode(String fullName, Set<String> aliases, int size) {
            super(fullName, aliases);
            this.size = size;
        }

        @Override
        public Kind kind() {
            return Kind.FIXED;
        }
    }

    record ArrayNode(Node items) implements Node {
        @Override
        public Kind kind() {
            return Kind.ARRAY;
        }
    }

    record MapNode(Node values) implements Node {
        @Override
        public Kind kind() {
            return Kind.MAP;
        }
    }

    record UnionNode(List<Node> branches) implements Node {
        @Override
        public Kind kind() {
            return Kind.UNION;
        }
    }

    /**
     * Parses a schema's JSON text.
     *
     * @throws IllegalArgumentException saying what is wrong and where
     */
    static Node parse(String schema) {
        Object json;
        try {
            json = JsonTree.parse(schema, 512);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the schema is not JSON: " + e.getMessage(), e);
        }
        return new Parser().node(json, "", "the schema");
    }

    /** Parses one schema, knowing the named types defined so far. */
    private static final class Parser {
        private final Map<String, Named> named = new HashMap<>();

        Node node(Object json, String namespace, String where) {
            if (json instanceof String name) {
                Kind primitive = primitive(name);
                if (primitive != null) {
                    return new Primitive(primitive);
                }
                Named type = named.get(fullName(name, namespace));
                if (type == null) {
                    type = named.get(name);
                }
                if (type == null) {
                    throw new IllegalArgumentException(where + " names '" + name + "', a type not defined before it");
                }
                return type;
            }
            if (json instanceof List<?> branches) {
                List<Node> nodes = new ArrayList<>();
                for (int i = 0; i < branches.size(); i++) {
                    Node branch = node(branches.get(i), namespace, where + ", union branch " + i);
                    if (branch instanceof UnionNode) {
                        throw new IllegalArgumentException(where + " has a union directly inside a union");
                    }
                    nodes.add(branch);
                }
                return new UnionNode(List.copyOf(nodes));
            }
            if (!(json instanceof Map<?, ?> object)) {
                throw new IllegalArgumentException(where + " is " + json + ", not a type");
            }
            Object type = object.get("type");
            if (!(type instanceof String kind)) {
                if (type instanceof Map<?, ?> || type instanceof List<?>) {
                    return node(type, namespace, where);
                }
                throw new IllegalArgumentException(where + " has no \"type\"");
            }
            return switch (kind) {
                case "record", "error" -> record(object, namespace, where);
                case "enum" -> enumeration(object, namespace, where);
                case "fixed" -> fixed(object, namespace, where);
                case "array" -> new ArrayNode(node(required(object, "items", where), namespace, where + ", items"));
                case "map" -> new MapNode(node(required(object, "values", where), namespace, where + ", values"));
                default -> node(kind, namespace, where);
            };
        }

        private RecordNode record(Map<?, ?> object, String namespace, String where) {
            String fullName = name(object, namespace, where);
            String inner = namespaceOf(fullName);
            RecordNode record = new RecordNode(fullName, aliases(object, inner));
            define(record, where);
            if (!(required(object, "fields", where) instanceof List<?> fields)) {
                throw new IllegalArgumentException(
                        where + ": the \"fields\" of record '" + fullName + "' are not a list");
            }
            Set<String> names = new LinkedHashSet<>();
            for (Object field : fields) {
                if (!(field instanceof Map<?, ?> f) || !(f.get("name") instanceof String name)) {
                    throw new IllegalArgumentException(
                            where + ": record '" + fullName + "' has a field without a name");
                }
                if (!names.add(name)) {
                    throw new IllegalArgumentException(
                            where + ": record '" + fullName + "' has two fields '" + name + "'");
                }
                String at = "field '" + fullName + "." + name + "'";
                Node type = node(required(f, "type", at), inner, at);
                Optional<Object> defaultValue = f.containsKey("default")
                        ? Optional.of(f.get("default") == null ? NULL_DEFAULT : f.get("default"))
                        : Optional.empty();
                record.fields.add(new Field(name, plainAliases(f), type, defaultValue));
            }
            return record;
        }

        private EnumNode enumeration(Map<?, ?> object, String namespace, String where) {
            String fullName = name(object, namespace, where);
            List<String> symbols = new ArrayList<>();
            if (!(required(object, "symbols", where) instanceof List<?> list)) {
                throw new IllegalArgumentException(where + ": the symbols of enum '" + fullName + "' are not a list");
            }
            for (Object symbol : list) {
                if (!(symbol instanceof String s) || symbols.contains(s)) {
                    throw new IllegalArgumentException(
                            where + ": enum '" + fullName + "' has a symbol that is not a distinct string: " + symbol);
                }
                symbols.add(s);
            }
            Optional<String> defaultSymbol = Optional.empty();
            if (object.get("default") instanceof String d) {
                if (!symbols.contains(d)) {
                    throw new IllegalArgumentException(
                            where + ": the default '" + d + "' of enum '" + fullName + "' is not one of its symbols");
                }
                defaultSymbol = Optional.of(d);
            }
            EnumNode node =
                    new EnumNode(fullName, aliases(object, namespaceOf(fullName)), List.copyOf(symbols), defaultSymbol);
            define(node, where);
            return node;
        }

        private FixedNode fixed(Map<?, ?> object, String namespace, String where) {
            String fullName = name(object, namespace, where);
            if (!(required(object, "size", where) instanceof Long size) || size < 0 || size > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(where + ": the size of fixed '" + fullName + "' is not a size");
            }
            FixedNode node = new FixedNode(fullName, aliases(object, namespaceOf(fullName)), size.intValue());
            define(node, where);
            return node;
        }

        private void define(Named type, String where) {
            if (named.putIfAbsent(type.fullName, type) != null) {
                throw new IllegalArgumentException(where + " defines '" + type.fullName + "' twice");
            }
        }

        private static Object required(Map<?, ?> object, String key, String where) {
            Object value = object.get(key);
            if (value == null) {
                throw new IllegalArgumentException(where + " has no \"" + key + "\"");
            }
            return value;
        }

        private static String name(Map<?, ?> object, String namespace, String where) {
            if (!(object.get("name") instanceof String name) || name.isEmpty()) {
                throw new IllegalArgumentException(where + " is a named type without a name");
            }
            String space = object.get("namespace") instanceof String s ? s : namespace;
            return fullName(name, space);
        }

        private static Set<String> aliases(Map<?, ?> object, String namespace) {
            Set<String> aliases = new LinkedHashSet<>();
            for (String alias : plainAliases(object)) {
                aliases.add(fullName(alias, namespace));
            }
            return Set.copyOf(aliases);
        }

        private static Set<String> plainAliases(Map<?, ?> object) {
            Set<String> aliases = new LinkedHashSet<>();
            if (object.get("aliases") instanceof List<?> list) {
                for (Object alias : list) {
                    if (alias instanceof String a) {
                        aliases.add(a);
                    }
                }
            }
            return Set.copyOf(aliases);
        }

        private static String fullName(String name, String namespace) {
            return name.indexOf('.') >= 0 || namespace == null || namespace.isEmpty() ? name : namespace + "." + name;
        }

        private static String namespaceOf(String fullName) {
            int dot = fullName.lastIndexOf('.');
            return dot < 0 ? "" : fullName.substring(0, dot);
        }

        private static Kind primitive(String name) {
            return switch (name) {
                case "null" -> Kind.NULL;
                case "boolean" -> Kind.BOOLEAN;
                case "int" -> Kind.INT;
                case "long" -> Kind.LONG;
                case "float" -> Kind.FLOAT;
                case "double" -> Kind.DOUBLE;
                case "bytes" -> Kind.BYTES;
                case "string" -> Kind.STRING;
                default -> null;
            };
        }
    }
}
