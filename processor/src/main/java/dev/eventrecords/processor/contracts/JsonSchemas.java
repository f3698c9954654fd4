package dev.eventrecords.processor.contracts;

import dev.eventrecords.processor.contracts.NullChecks.Refusals;
import dev.eventrecords.processor.immutability.CompilerTrees;
import dev.eventrecords.processor.model.ComponentModel;
import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.model.Origins;
import dev.eventrecords.processor.model.RecordModel;
import dev.eventrecords.processor.model.Shape;
import dev.eventrecords.processor.model.ValueFormat;
import dev.eventrecords.processor.model.ValueRecord;
import dev.eventrecords.processor.model.ValueType;
import dev.eventrecords.processor.model.ValueTypes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The draft-07 JSON Schema of an event: exactly the JSON its generated serializer writes, and what its reader needs.
 *
 * <ul>
 *   <li>Every component is a property, in declaration order, with the value-type registry's fragment for a value type,
 *       {@code enum} for an enum (the texts written), {@code $ref} to {@code definitions} for a nested record, an
 *       array for a {@code List} or {@code Set}, an object with {@code additionalProperties} for a {@code Map}.
 *   <li>{@code null} is allowed where the serializer can write it: for every reference component, unless the record's
 *       constructor refuses {@code null} for it (see {@link NullChecks}); always for an {@code Optional}, written as
 *       {@code null} when empty; never for a primitive.
 *   <li>{@code required} holds the components whose absence a reader refuses: those read as {@code null} when absent
 *       whose {@code null} the constructor refuses. A missing primitive reads as zero, a missing {@code Optional} as
 *       empty and a missing collection as empty, so none of those is required.
 *   <li>{@code additionalProperties} is {@code true}: readers ignore unknown properties, so a newer writer may add
 *       some.
 * </ul>
 */
public final class JsonSchemas {

    /** The draft this schema follows. */
    public static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";

    private final NullChecks nullChecks;
    private final EnumTexts enumTexts;
    private final ProcessingEnvironment env;

    public JsonSchemas(ProcessingEnvironment env) {
        var trees = CompilerTrees.of(env);
        this.env = env;
        this.nullChecks = new NullChecks(trees, env.getTypeUtils());
        this.enumTexts = new EnumTexts(trees);
    }

    /** The class-output path of an event's schema: {@code META-INF/eventrecords/schemas/<event type>.json}. */
    public static String path(EventModel event) {
        return "META-INF/eventrecords/schemas/" + event.type() + ".json";
    }

    /** The schema's {@code $id}: a URN of the event type, which is not a URI of its own. */
    public static String id(EventModel event) {
        return "urn:eventrecords:schema:" + uriSafe(event.type());
    }

    /** The schema document as text. */
    public String text(EventModel event) {
        return JsonText.write(schema(event));
    }

    /** The schema document as a tree (see {@link JsonText}). */
    public Map<String, Object> schema(EventModel event) {
        Map<String, String> definitionNames = definitionNames(event);
        String root = name(event.record());
        Function<String, String> refs =
                record -> record.equals(root) ? "#" : "#/definitions/" + definitionNames.get(record);
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", DRAFT_07);
        schema.put("$id", id(event));
        schema.putAll(record(event.record(), refs));
        if (!event.nested().isEmpty()) {
            Map<String, Object> definitions = new LinkedHashMap<>();
            for (RecordModel nested : event.nested()) {
                definitions.put(definitionNames.get(name(nested)), record(nested, refs));
            }
            schema.put("definitions", definitions);
        }
        return schema;
    }

    /**
     * The schema of one record's JSON object, as the event schema holds it at its root or in its definitions.
     *
     * @param refs the {@code $ref} to the schema of a record, by the record's canonical name
     */
    public Map<String, Object> record(RecordModel record, Function<String, String> refs) {
        Refusals refusals = nullChecks.of(record.element());
        Optional<ValueRecord> value = ValueRecord.of(record);
        if (value.isPresent()) {
            // written as its @JsonValue component's value alone: its schema is that value's, null where it may be
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("title", simpleNames(record.element()));
            schema.putAll(property(value.get().component(), refusals, refs));
            return schema;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        List<Object> required = new ArrayList<>();
        // The properties as the serializer writes them: under their JSON names, in Jackson 3's order, without the
        // components its annotations keep off the wire; required only where the reader reads the component.
        for (ComponentModel c : record.writeOrder()) {
            properties.put(c.property().name(), property(c, refusals, refs));
            if (c.property().read() && refusals.nulls().contains(c.name()) && readsNullWhenAbsent(c.shape())) {
                required.add(c.property().name());
            }
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("title", simpleNames(record.element()));
        schema.put("type", "object");
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        schema.put("additionalProperties", Boolean.TRUE);
        return schema;
    }

    /** The schema of one component of a record, as its property: what the Kafka key's schema is too. */
    public Map<String, Object> component(RecordModel record, ComponentModel component, Function<String, String> refs) {
        return property(component, nullChecks.of(record.element()), refs);
    }

    /** The canonical name of a record, by which {@code refs} functions know it. */
    public static String name(RecordModel record) {
        return record.element().getQualifiedName().toString();
    }

    /** {@code Outer.Inner} for a nested type, {@code Address} for a top-level one. */
    public static String simpleNames(TypeElement type) {
        StringBuilder names = new StringBuilder(type.getSimpleName());
        for (Element e = type.getEnclosingElement(); e instanceof TypeElement outer; e = e.getEnclosingElement()) {
            names.insert(0, outer.getSimpleName() + ".");
        }
        return names.toString();
    }

    /** The originating elements of an event's schema: the event and every record and enum it reaches. */
    public static List<TypeElement> origins(EventModel event) {
        return Origins.ofRecord(event.element());
    }

    /** The UTF-8 bytes of the schema text. */
    public byte[] bytes(EventModel event) {
        return text(event).getBytes(StandardCharsets.UTF_8);
    }

    private Map<String, Object> property(ComponentModel c, Refusals refusals, Function<String, String> refs) {
        Map<String, Object> value = shape(
                c.shape(),
                refusals.nullElements().contains(c.name()),
                refs,
                c.property().format());
        return mayBeNull(c.shape(), refusals.nulls().contains(c.name())) ? orNull(value) : value;
    }

    /** The schema of a non-null value of a shape; {@code elementsNotNull} for a container whose nulls are refused. */
    private Map<String, Object> shape(Shape shape, boolean elementsNotNull, Function<String, String> refs) {
        return shape(shape, elementsNotNull, refs, ValueFormat.NONE);
    }

    /**
     * The same, with the values in the form {@code @JsonFormat} gives them: a patterned text is a plain string (no
     * {@code format}), a timestamp a number or an integer.
     */
    private Map<String, Object> shape(
            Shape shape, boolean elementsNotNull, Function<String, String> refs, ValueFormat format) {
        if (format.applies() && (shape instanceof Shape.Scalar || shape instanceof Shape.EnumType)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> fragment = (Map<String, Object>) JsonText.parse(format.schema());
            return fragment;
        }
        if (shape instanceof Shape.Primitive || shape instanceof Shape.Scalar) {
            ValueType value = ValueTypes.of(shape).orElseThrow();
            @SuppressWarnings("unchecked")
            Map<String, Object> fragment = (Map<String, Object>) JsonText.parse(value.schema());
            return fragment;
        }
        if (shape instanceof Shape.EnumType e) {
            TypeElement type =
                    env.getElementUtils().getTypeElement(e.type().name().canonicalName());
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", "string");
            // a @JsonValue accessor's texts are known only when it runs
            if (type != null && e.valueAccessor().isEmpty()) {
                enumTexts.of(type, e.renamed()).ifPresent(texts -> schema.put("enum", new ArrayList<Object>(texts)));
            }
            return schema;
        }
        if (shape instanceof Shape.RecordType r) {
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("$ref", refs.apply(r.type().name().canonicalName()));
            return schema;
        }
        if (shape instanceof Shape.Polymorphic p) {
            return PolymorphicSchemas.of(p, variant -> shape(variant, false, refs));
        }
        if (shape instanceof Shape.UserCodec u) {
            // What a user's codec writes is known only to its code: any JSON value.
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("description", "written by " + u.codec().canonicalName());
            return schema;
        }
        if (shape instanceof Shape.OptionalOf o) {
            return shape(o.element(), false, refs, format);
        }
        Shape contained = Shape.contained(shape);
        Map<String, Object> element = shape(contained, false, refs, format);
        Object elementSchema = mayBeNull(contained, elementsNotNull) ? orNull(element) : element;
        Map<String, Object> schema = new LinkedHashMap<>();
        if (shape instanceof Shape.MapOf) {
            schema.put("type", "object");
            schema.put("additionalProperties", elementSchema);
        } else {
            schema.put("type", "array");
            schema.put("items", elementSchema);
        }
        return schema;
    }

    /**
     * Whether the serializer can write {@code null} for a value of this shape: always for an empty {@code Optional}
     * (or {@code OptionalInt}, ...), never for a primitive, and for any other value unless its {@code null} is refused.
     */
    private static boolean mayBeNull(Shape shape, boolean nullRefused) {
        if (shape instanceof Shape.OptionalOf
                || ValueTypes.of(shape)
                        .map(v -> v.absent() == ValueType.Absent.EMPTY)
                        .orElse(false)) {
            return true;
        }
        return !(shape instanceof Shape.Primitive) && !nullRefused;
    }

    /** Whether a missing property reads as {@code null}, rather than as zero or empty. */
    private static boolean readsNullWhenAbsent(Shape shape) {
        if (shape instanceof Shape.Primitive
                || shape instanceof Shape.OptionalOf
                || shape instanceof Shape.ListOf
                || shape instanceof Shape.SetOf
                || shape instanceof Shape.MapOf) {
            return false;
        }
        return ValueTypes.of(shape)
                .map(v -> v.absent() == ValueType.Absent.NULL)
                .orElse(true);
    }

    /** A schema that also allows {@code null}: {@code "type": [t, "null"]} where that says it, else {@code anyOf}. */
    private static Map<String, Object> orNull(Map<String, Object> schema) {
        Map<String, Object> copy = new LinkedHashMap<>(schema);
        if (schema.get("type") instanceof String type) {
            copy.put("type", List.of(type, "null"));
            if (schema.get("enum") instanceof List<?> constants) {
                List<Object> withNull = new ArrayList<>(constants);
                withNull.add(null);
                copy.put("enum", withNull);
            }
            return copy;
        }
        Map<String, Object> nullType = new LinkedHashMap<>();
        nullType.put("type", "null");
        Map<String, Object> either = new LinkedHashMap<>();
        either.put("anyOf", List.of(schema, nullType));
        return either;
    }

    /**
     * The name of each nested record in {@code definitions}: its simple names ({@code Outer.Inner}), or its canonical
     * name where two nested records share those.
     */
    private static Map<String, String> definitionNames(EventModel event) {
        Map<String, Integer> uses = new HashMap<>();
        for (RecordModel nested : event.nested()) {
            uses.merge(simpleNames(nested.element()), 1, Integer::sum);
        }
        Map<String, String> names = new HashMap<>();
        for (RecordModel nested : event.nested()) {
            String simple = simpleNames(nested.element());
            names.put(name(nested), uses.get(simple) > 1 ? name(nested) : simple);
        }
        return names;
    }

    /** Percent-encodes what a URN may not hold (RFC 8141): a type name is free text. */
    private static String uriSafe(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~:@!$&'()*+,;=".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
