package dev.eventrecords.processor.contracts;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a reader generated from one event schema does with the JSON a writer generated from another writes, judged on
 * the two schemas as {@link JsonSchemas} writes them. It follows the generated reader: an unknown property is
 * skipped; a missing one reads as {@code null}, zero or empty, which only a {@code required} property refuses; a
 * {@code null} is refused where the reader's schema does not allow it; an integer reads where it fits the reader's
 * range, and as text into a {@code String}; an enum constant the reader does not declare is refused; nested records
 * are judged the same way, at any depth.
 */
public final class SchemaCompatibility {

    private SchemaCompatibility() {}

    /** Why a reader refuses what a writer writes. */
    public enum Reason {
        /** The reader requires a property the writer does not write. */
        REQUIRED_ABSENT,
        /** The writer may write {@code null} where the reader refuses it. */
        NULL_REFUSED,
        /** The writer writes values of a type, or a range, the reader refuses. */
        TYPE,
        /** The writer writes enum constants the reader does not declare. */
        ENUM_CONSTANTS,
        /** The writer writes variants of a sealed interface, by type id, that the reader does not know. */
        TYPE_IDS
    }

    /**
     * One way the reader refuses the writer's events.
     *
     * @param path the property names from the event's root to the property at fault ({@code home}, {@code city});
     *     {@code []} for the elements of an array, {@code {}} for the values of a map
     * @param reason why
     * @param reader the reader's type there, described for a message ({@code 'int'})
     * @param writer the writer's type there
     * @param detail what the writer writes that the reader refuses ({@code 'PLATINUM'})
     */
    public record Refusal(List<String> path, Reason reason, String reader, String writer, String detail) {
        public Refusal {
            path = List.copyOf(path);
        }
    }

    /** How a Kafka key of a property's type is serialized: a change of kind changes every key's bytes. */
    public enum KeyKind {
        /** Kafka's {@code IntegerSerializer}: four bytes. */
        INT32,
        /** Kafka's {@code LongSerializer}: eight bytes. */
        INT64,
        /** {@code StringSerializer} or {@code UUIDSerializer}: UTF-8 text. */
        TEXT,
        /** The generated JSON of a record. */
        JSON,
        /** Anything else. */
        OTHER
    }

    /**
     * Every way a reader built from {@code reader} refuses events written by a writer built from {@code writer}.
     *
     * @param reader the reader's event schema
     * @param writer the writer's event schema
     */
    public static List<Refusal> refusals(Map<String, Object> reader, Map<String, Object> writer) {
        List<Refusal> found = new ArrayList<>();
        new Judge(reader, writer, found, new HashSet<>()).record(reader, writer, List.of());
        return found;
    }

    /** The key kind of a property of an event schema, when the schema has that property. */
    public static KeyKind keyKind(Map<String, Object> schema, String property) {
        Object node = properties(schema).get(property);
        if (node == null) {
            return KeyKind.OTHER;
        }
        Node n = Node.of(node);
        return switch (n.kind()) {
            case INTEGER ->
                n.max().equals(BigInteger.valueOf(Integer.MAX_VALUE))
                        ? KeyKind.INT32
                        : n.max().equals(BigInteger.valueOf(Long.MAX_VALUE)) ? KeyKind.INT64 : KeyKind.OTHER;
            case STRING, FORMATTED -> KeyKind.TEXT;
            case REF -> KeyKind.JSON;
            default -> KeyKind.OTHER;
        };
    }

    /** The properties of a record schema, by name, in order; empty when it has none. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> properties(Map<String, Object> record) {
        return record.get("properties") instanceof Map<?, ?> p ? (Map<String, Object>) p : Map.of();
    }

    /** A schema node, described for a message: {@code 'int'}, {@code 'string'}, {@code 'enum [BASIC, GOLD]'}. */
    public static String describe(Object schema) {
        Node n = Node.of(schema);
        String base = switch (n.kind()) {
            case INTEGER -> integer(n);
            case NUMBER -> "decimal number";
            case FLOAT -> "floating-point number";
            case STRING -> "string";
            case FORMATTED ->
                n.base().containsKey("format") ? "string (" + n.base().get("format") + ")" : "formatted string";
            case ENUM -> "enum " + n.constants();
            case BOOLEAN -> "boolean";
            case REF -> "record '" + refName(n.base()) + "'";
            case ARRAY -> "array of " + describe(n.base().get("items"));
            case MAP -> "map of " + describe(n.base().get("additionalProperties"));
            case POLYMORPHIC -> "one of type ids " + String.join(", ", ids(n.variants()));
            case OTHER -> JsonText.write(n.base()).strip();
        };
        return n.nullable() ? base + " or null" : base;
    }

    private static String integer(Node n) {
        if (n.max() == null) {
            return "integer";
        }
        if (n.max().equals(BigInteger.valueOf(Long.MAX_VALUE))) {
            return "long";
        }
        if (n.max().equals(BigInteger.valueOf(Integer.MAX_VALUE))) {
            return "int";
        }
        if (n.max().equals(BigInteger.valueOf(Short.MAX_VALUE))) {
            return "short";
        }
        if (n.max().equals(BigInteger.valueOf(Byte.MAX_VALUE))) {
            return "byte";
        }
        return "integer up to " + n.max();
    }

    private static String refName(Map<String, Object> base) {
        String ref = String.valueOf(base.get("$ref"));
        return ref.equals("#") ? "(the event itself)" : ref.substring(ref.lastIndexOf('/') + 1);
    }

    private enum Kind {
        INTEGER,
        NUMBER,
        FLOAT,
        STRING,
        FORMATTED,
        ENUM,
        BOOLEAN,
        REF,
        ARRAY,
        MAP,
        POLYMORPHIC,
        OTHER
    }

    /** A schema node split into whether it allows {@code null} and the schema of its non-null values. */
    private record Node(boolean nullable, Map<String, Object> base, Kind kind, BigInteger min, BigInteger max) {

        @SuppressWarnings("unchecked")
        static Node of(Object schema) {
            Map<String, Object> node = schema instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            boolean nullable = false;
            Map<String, Object> base = node;
            if (node.size() == 1 && node.get("anyOf") instanceof List<?> either && either.size() == 2) {
                Object other = isNull(either.get(0)) ? either.get(1) : isNull(either.get(1)) ? either.get(0) : null;
                if (other instanceof Map<?, ?> o) {
                    nullable = true;
                    base = (Map<String, Object>) o;
                }
            } else if (node.get("type") instanceof List<?> types && types.contains("null")) {
                nullable = true;
                base = new LinkedHashMap<>(node);
                List<Object> rest = new ArrayList<>(types);
                rest.remove("null");
                base.put("type", rest.size() == 1 ? rest.get(0) : rest);
                if (node.get("enum") instanceof List<?> constants) {
                    List<Object> nonNull = new ArrayList<>(constants);
                    nonNull.removeIf(Objects::isNull);
                    base.put("enum", nonNull);
                }
            }
            return new Node(nullable, base, kind(base), bound(base.get("minimum")), bound(base.get("maximum")));
        }

        private static boolean isNull(Object schema) {
            return schema instanceof Map<?, ?> m && m.size() == 1 && "null".equals(m.get("type"));
        }

        private static Kind kind(Map<String, Object> base) {
            Object type = base.get("type");
            if (base.containsKey("$ref")) {
                return Kind.REF;
            }
            if (!SchemaCompatibility.variants(base).isEmpty()) {
                return Kind.POLYMORPHIC;
            }
            if (base.get("oneOf") instanceof List<?> options
                    && options.size() == 2
                    && options.get(0) instanceof Map<?, ?> number
                    && "number".equals(number.get("type"))) {
                return Kind.FLOAT;
            }
            if ("string".equals(type)) {
                return base.containsKey("enum") ? Kind.ENUM : base.size() == 1 ? Kind.STRING : Kind.FORMATTED;
            }
            if ("integer".equals(type)) {
                return Kind.INTEGER;
            }
            if ("number".equals(type)) {
                return Kind.NUMBER;
            }
            if ("boolean".equals(type)) {
                return Kind.BOOLEAN;
            }
            if ("array".equals(type)) {
                return Kind.ARRAY;
            }
            if ("object".equals(type) && base.containsKey("additionalProperties") && !base.containsKey("properties")) {
                return Kind.MAP;
            }
            return Kind.OTHER;
        }

        private static BigInteger bound(Object value) {
            return value instanceof JsonText.Number n ? new BigInteger(n.text()) : null;
        }

        List<Object> constants() {
            return base.get("enum") instanceof List<?> c ? new ArrayList<>(c) : List.of();
        }

        Map<String, Variant> variants() {
            return SchemaCompatibility.variants(base);
        }
    }

    /**
     * One variant of a polymorphic value's {@code oneOf}, as {@code PolymorphicSchemas} writes it.
     *
     * @param id its type id
     * @param value the schema of its value
     */
    private record Variant(String id, Object value) {}

    /**
     * The variants of a polymorphic value's schema, by where the type id sits and the id ({@code kind=card},
     * {@code [card]}, {@code {card}}); empty for any other schema.
     */
    private static Map<String, Variant> variants(Map<String, Object> base) {
        Map<String, Variant> variants = new LinkedHashMap<>();
        if (!(base.get("oneOf") instanceof List<?> options) || base.size() != 1) {
            return variants;
        }
        for (Object option : options) {
            if (!(option instanceof Map<?, ?> o)) {
                return new LinkedHashMap<>();
            }
            if (o.get("allOf") instanceof List<?> all
                    && all.size() == 2
                    && all.get(1) instanceof Map<?, ?> idObject
                    && idObject.get("properties") instanceof Map<?, ?> props
                    && props.size() == 1) {
                var entry = props.entrySet().iterator().next();
                if (entry.getValue() instanceof Map<?, ?> c && c.containsKey("const")) {
                    String id = String.valueOf(c.get("const"));
                    variants.put(entry.getKey() + "=" + id, new Variant(id, all.get(0)));
                    continue;
                }
            }
            if ("array".equals(o.get("type"))
                    && o.get("items") instanceof List<?> items
                    && items.size() == 2
                    && items.get(0) instanceof Map<?, ?> c
                    && c.containsKey("const")) {
                String id = String.valueOf(c.get("const"));
                variants.put("[" + id + "]", new Variant(id, items.get(1)));
                continue;
            }
            if ("object".equals(o.get("type"))
                    && Boolean.FALSE.equals(o.get("additionalProperties"))
                    && o.get("properties") instanceof Map<?, ?> props
                    && props.size() == 1) {
                var entry = props.entrySet().iterator().next();
                String id = String.valueOf(entry.getKey());
                variants.put("{" + id + "}", new Variant(id, entry.getValue()));
                continue;
            }
            return new LinkedHashMap<>();
        }
        return variants;
    }

    private static List<String> ids(Map<String, Variant> variants) {
        List<String> ids = new ArrayList<>();
        for (Variant v : variants.values()) {
            ids.add("'" + v.id() + "'");
        }
        return ids;
    }

    /** Walks a reader's schema beside a writer's, collecting refusals; each pair of records is judged once. */
    private record Judge(
            Map<String, Object> readerDoc, Map<String, Object> writerDoc, List<Refusal> found, Set<String> judged) {

        void record(Map<String, Object> reader, Map<String, Object> writer, List<String> path) {
            Map<String, Object> written = properties(writer);
            List<?> required = reader.get("required") instanceof List<?> r ? r : List.of();
            for (var property : properties(reader).entrySet()) {
                List<String> at = append(path, property.getKey());
                if (written.containsKey(property.getKey())) {
                    value(property.getValue(), written.get(property.getKey()), at);
                } else if (required.contains(property.getKey())) {
                    found.add(new Refusal(
                            at, Reason.REQUIRED_ABSENT, describe(property.getValue()), "absent", "no value"));
                }
            }
        }

        private void value(Object readerSchema, Object writerSchema, List<String> path) {
            Node r = Node.of(readerSchema);
            Node w = Node.of(writerSchema);
            String reader = describe(readerSchema);
            String writer = describe(writerSchema);
            if (w.nullable() && !r.nullable()) {
                found.add(new Refusal(path, Reason.NULL_REFUSED, reader, writer, "null"));
            }
            switch (r.kind()) {
                case STRING -> {
                    // A string reader takes any text, and a number as its text, as Jackson does.
                    if (!Set.of(Kind.STRING, Kind.FORMATTED, Kind.ENUM, Kind.INTEGER, Kind.NUMBER, Kind.FLOAT)
                            .contains(w.kind())) {
                        type(path, reader, writer);
                    }
                }
                case INTEGER -> {
                    if (w.kind() != Kind.INTEGER) {
                        type(path, reader, writer);
                    } else if (!within(r, w)) {
                        found.add(new Refusal(path, Reason.TYPE, reader, writer, "values beyond '" + reader + "'"));
                    }
                }
                case NUMBER -> {
                    if (w.kind() != Kind.INTEGER && w.kind() != Kind.NUMBER) {
                        type(path, reader, writer);
                    }
                }
                case FLOAT -> {
                    if (w.kind() != Kind.INTEGER && w.kind() != Kind.NUMBER && w.kind() != Kind.FLOAT) {
                        type(path, reader, writer);
                    }
                }
                case ENUM -> {
                    if (w.kind() != Kind.ENUM) {
                        type(path, reader, writer);
                    } else {
                        List<Object> unknown = w.constants();
                        unknown.removeAll(r.constants());
                        if (!unknown.isEmpty()) {
                            found.add(new Refusal(path, Reason.ENUM_CONSTANTS, reader, writer, quoted(unknown)));
                        }
                    }
                }
                case REF -> {
                    if (w.kind() != Kind.REF) {
                        type(path, reader, writer);
                    } else {
                        String pair = r.base().get("$ref") + " " + w.base().get("$ref");
                        if (judged.add(pair)) {
                            record(
                                    resolve(readerDoc, r.base().get("$ref")),
                                    resolve(writerDoc, w.base().get("$ref")),
                                    path);
                        }
                    }
                }
                case ARRAY -> {
                    if (w.kind() != Kind.ARRAY) {
                        type(path, reader, writer);
                    } else {
                        value(r.base().get("items"), w.base().get("items"), append(path, "[]"));
                    }
                }
                case POLYMORPHIC -> {
                    if (w.kind() != Kind.POLYMORPHIC) {
                        type(path, reader, writer);
                    } else {
                        // as for enum constants: a variant the writer writes, by its id and form, that the reader
                        // does not know is refused; a known one is judged by its value
                        Map<String, Variant> known = r.variants();
                        List<Object> unknown = new ArrayList<>();
                        for (var written : w.variants().entrySet()) {
                            Variant read = known.get(written.getKey());
                            if (read == null) {
                                unknown.add(written.getValue().id());
                            } else {
                                value(read.value(), written.getValue().value(), path);
                            }
                        }
                        if (!unknown.isEmpty()) {
                            found.add(new Refusal(path, Reason.TYPE_IDS, reader, writer, quoted(unknown)));
                        }
                    }
                }
                case MAP -> {
                    if (w.kind() != Kind.MAP) {
                        type(path, reader, writer);
                    } else {
                        value(
                                r.base().get("additionalProperties"),
                                w.base().get("additionalProperties"),
                                append(path, "{}"));
                    }
                }
                default -> {
                    if (!r.base().equals(w.base())) {
                        type(path, reader, writer);
                    }
                }
            }
        }

        private void type(List<String> path, String reader, String writer) {
            found.add(new Refusal(path, Reason.TYPE, reader, writer, "a " + writer));
        }

        private static boolean within(Node reader, Node writer) {
            boolean low = reader.min() == null
                    || (writer.min() != null && writer.min().compareTo(reader.min()) >= 0);
            boolean high = reader.max() == null
                    || (writer.max() != null && writer.max().compareTo(reader.max()) <= 0);
            return low && high;
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> resolve(Map<String, Object> document, Object ref) {
            String pointer = String.valueOf(ref);
            if (pointer.equals("#")) {
                return document;
            }
            String name = pointer.substring(pointer.lastIndexOf('/') + 1);
            Object definitions = document.get("definitions");
            return definitions instanceof Map<?, ?> d && d.get(name) instanceof Map<?, ?> record
                    ? (Map<String, Object>) record
                    : Map.of();
        }

        private static List<String> append(List<String> path, String name) {
            List<String> longer = new ArrayList<>(path);
            longer.add(name);
            return longer;
        }

        private static String quoted(List<Object> constants) {
            List<String> texts = new ArrayList<>();
            for (Object c : constants) {
                texts.add("'" + c + "'");
            }
            return String.join(", ", texts);
        }
    }
}
