package dev.eventrecords.processor.avro;

import dev.eventrecords.processor.contracts.JsonText;
import dev.eventrecords.processor.contracts.NullChecks;
import dev.eventrecords.processor.contracts.NullChecks.Refusals;
import dev.eventrecords.processor.immutability.CompilerTrees;
import dev.eventrecords.processor.model.ComponentModel;
import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.model.JacksonReader;
import dev.eventrecords.processor.model.JavaName;
import dev.eventrecords.processor.model.NamingStrategy;
import dev.eventrecords.processor.model.RecordModel;
import dev.eventrecords.processor.model.Shape;
import dev.eventrecords.processor.model.ValueType;
import dev.eventrecords.processor.model.ValueTypes;
import dev.eventrecords.processor.rules.Diagnostic;
import dev.eventrecords.processor.rules.RuleId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * The Avro schema of an event, derived from the same model as its JSON: deterministic (the same declaration always
 * gives the same bytes) and parseable by Apache Avro's {@code Schema.Parser}. What Avro users expect, and where Avro
 * cannot carry a Java value faithfully, a documented encoding or an error with the choice to make:
 *
 * <ul>
 *   <li><b>Names.</b> The event's record is named by its event type when that is an Avro full name (the default type,
 *       the canonical class name, is: {@code com.acme.OrderPlaced} is namespace {@code com.acme}, name {@code
 *       OrderPlaced}), so that renaming the class under a fixed {@code @Event(type)} keeps the name a registry knows;
 *       a type that is not one ({@code com.acme.order-placed.v1}) leaves the record named by its class. Nested records
 *       and enums are named by their classes: {@code com.acme.OrderPlaced.Line} is namespace {@code
 *       com.acme.OrderPlaced}, name {@code Line}. Each is defined where the walk first reaches it, then referenced by
 *       its full name, so a recursive record is one definition.
 *   <li><b>Fields</b> are the event's JSON properties: the components Jackson writes, in the order it writes them,
 *       under their JSON names ({@code @JsonProperty}, {@code @JsonNaming}), with {@code @JsonAlias}'s names as Avro
 *       aliases (which Avro's schema resolution reads as this field's older names, as {@code @JsonAlias} does); a
 *       component Jackson never writes ({@code @JsonIgnore}, {@code WRITE_ONLY}) has no field. So a consumer sees the
 *       same names in both formats. A JSON name that is not an Avro name ({@code [A-Za-z_][A-Za-z0-9_]*}, which
 *       {@code @JsonNaming(KebabCaseStrategy)} does not give) is an error.
 *   <li><b>Null.</b> A field is {@code ["null", T]} with default {@code null} where the serializer can write {@code
 *       null}, exactly as in the JSON Schema: for an {@code Optional} (and {@code OptionalInt}, ...), empty as {@code
 *       null}; for any other reference-typed component unless its constructor refuses {@code null} ({@code
 *       Objects.requireNonNull}, {@code List.copyOf}, ...); never for a primitive. Elements and map values likewise,
 *       unless a {@code List/Set/Map.copyOf} refuses {@code null} elements. An {@code Optional} of an {@code Optional}
 *       is an error: Avro's unions do not nest, so its two kinds of empty would read back as one.
 *   <li><b>Defaults</b> are what the JSON reader takes for an absent property, so a field added to a record reads the
 *       events written before it: {@code null} for a nullable field, {@code 0} or {@code false} for a primitive, {@code
 *       []} or {@code {}} for a collection whose {@code null} the constructor refuses; a non-null reference has none
 *       (the JSON reader refuses its absence too).
 *   <li><b>Values.</b> Each value type's form is its entry in {@link ValueTypes} ({@link ValueType#avro()}): primitives
 *       as themselves ({@code byte}, {@code short} and {@code char} as {@code int}), {@code UUID} as the {@code uuid}
 *       string, {@code Instant} as {@code timestamp-nanos} and {@code LocalDateTime} as {@code local-timestamp-nanos}
 *       (the clock gives nanoseconds, which microseconds would lose; the price is a range of 1677 to 2262), {@code
 *       LocalDate} as {@code date}; a type Avro has no faithful type for ({@code BigDecimal}, whose scale Avro's {@code
 *       decimal} would fix; {@code Duration}, which Avro's {@code duration} holds neither negative nor in nanoseconds;
 *       {@code LocalTime}, whose nanoseconds {@code time-micros} would lose; the zoned and offset times, whose offset
 *       a timestamp loses) as the text its JSON form holds. A type carried by a user's codec has no Avro form and is
 *       an error.
 *   <li><b>Sealed interfaces</b> are the union of their variants' records and enums, in declaration order (with
 *       {@code "null"} first when the component can be {@code null}): the union's branch says which variant a value
 *       is, so no type id is written, as Avro's own unions have none.
 *   <li><b>Enums</b> by their constants' names, which Avro's Java mapping uses: a {@code @JsonProperty} text or a
 *       {@code toString()} is JSON's ({@code "in-progress"} is no Avro symbol, and {@code toString()} is not known at
 *       compile time). A constant whose name is not an Avro symbol is an error.
 *   <li><b>Collections.</b> {@code List} and {@code Set} as arrays, {@code Map} as a map: Avro's map keys are strings,
 *       so a key is the text JSON writes for it as a property name (an {@code Integer} key {@code "42"}, an enum key its
 *       JSON text).
 * </ul>
 */
public final class AvroSchemas {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final NullChecks nullChecks;
    private final ProcessingEnvironment env;
    private final Map<EventModel, AvroSchema> derived = new IdentityHashMap<>();

    public AvroSchemas(ProcessingEnvironment env) {
        this.env = env;
        this.nullChecks = new NullChecks(CompilerTrees.of(env), env.getTypeUtils());
    }

    /** The class-output path of an event's schema: {@code META-INF/eventrecords/avro/<event type>.avsc}. */
    public static String path(EventModel event) {
        return "META-INF/eventrecords/avro/" + event.type() + ".avsc";
    }

    /**
     * The event's schema, or the problems that keep it from having one; derived once per event model, as the rules and
     * the outputs of a round all ask for it.
     */
    public AvroSchema of(EventModel event) {
        return derived.computeIfAbsent(event, this::derive);
    }

    /** Forgets the last round's schemas: a new round reads its events into new models. */
    public void newRound() {
        derived.clear();
    }

    private AvroSchema derive(EventModel event) {
        Walk walk = new Walk(event);
        AvroValue.RecordType root = walk.record(event.record(), rootName(event));
        return new AvroSchema(
                rootName(event).fullName(),
                walk.problems.isEmpty() ? Optional.of(JsonText.write(json(root))) : Optional.empty(),
                walk.problems.isEmpty() ? Optional.of(root) : Optional.empty(),
                walk.problems);
    }

    /** The schema document of a form, as {@link JsonText} writes it. */
    static Object json(AvroValue value) {
        if (value instanceof AvroValue.Scalar scalar) {
            return JsonText.parse(scalar.type().avro().orElseThrow().schema());
        }
        if (value instanceof AvroValue.OrNull orNull && orNull.present() instanceof AvroValue.UnionOf union) {
            // unions do not nest: null is the union's first branch
            List<Object> branches = new ArrayList<>(List.of("null"));
            union.variants().forEach(v -> branches.add(json(v)));
            return branches;
        }
        if (value instanceof AvroValue.OrNull orNull) {
            return orNull(json(orNull.present()));
        }
        if (value instanceof AvroValue.UnionOf union) {
            List<Object> branches = new ArrayList<>();
            union.variants().forEach(v -> branches.add(json(v)));
            return branches;
        }
        if (value instanceof AvroValue.Reference reference) {
            return reference.fullName();
        }
        if (value instanceof AvroValue.ArrayOf array) {
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", "array");
            schema.put("items", json(array.items()));
            return schema;
        }
        if (value instanceof AvroValue.MapOf map) {
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", "map");
            schema.put("values", json(map.values()));
            return schema;
        }
        if (value instanceof AvroValue.EnumType e) {
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", "enum");
            schema.put("name", e.name());
            schema.put("namespace", e.namespace());
            schema.put("symbols", new ArrayList<Object>(e.symbols()));
            return schema;
        }
        if (value instanceof AvroValue.RecordType record) {
            List<Object> fields = new ArrayList<>();
            for (AvroValue.Field f : record.fields()) {
                Map<String, Object> field = new LinkedHashMap<>();
                field.put("name", f.name());
                field.put("type", json(f.value()));
                if (f.nullDefault()) {
                    field.put("default", null);
                } else {
                    f.defaultValue().ifPresent(d -> field.put("default", d));
                }
                if (!f.aliases().isEmpty()) {
                    field.put("aliases", new ArrayList<Object>(f.aliases()));
                }
                fields.add(field);
            }
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", "record");
            schema.put("name", record.name());
            schema.put("namespace", record.namespace());
            schema.put("fields", fields);
            return schema;
        }
        return "null";
    }

    /** Whether a text is an Avro name: a letter or {@code _}, then letters, digits and {@code _}. */
    public static boolean isName(String text) {
        return NAME.matcher(text).matches();
    }

    /** The root record's name: the event type when it is an Avro full name, else the record's class name. */
    private static FullName rootName(EventModel event) {
        int dot = event.type().lastIndexOf('.');
        FullName typed = new FullName(
                dot < 0 ? "" : event.type().substring(0, dot), event.type().substring(dot + 1));
        return typed.valid() ? typed : FullName.of(event.className());
    }

    /** An Avro full name. */
    private record FullName(String namespace, String name) {

        static FullName of(JavaName java) {
            List<String> outer =
                    java.simpleNames().subList(0, java.simpleNames().size() - 1);
            List<String> parts = new ArrayList<>();
            if (!java.packageName().isEmpty()) {
                parts.add(java.packageName());
            }
            parts.addAll(outer);
            return new FullName(String.join(".", parts), java.simpleName());
        }

        String fullName() {
            return namespace.isEmpty() ? name : namespace + "." + name;
        }

        boolean valid() {
            if (!isName(name)) {
                return false;
            }
            if (namespace.isEmpty()) {
                return true;
            }
            for (String part : namespace.split("\\.", -1)) {
                if (!isName(part)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** One event's walk: the named types defined so far and the problems found. */
    private final class Walk {

        private final EventModel event;
        private final Map<JavaName, RecordModel> records;
        /** The Java type each Avro full name defined so far stands for. */
        private final Map<String, JavaName> defined = new HashMap<>();

        private final List<Diagnostic> problems = new ArrayList<>();

        Walk(EventModel event) {
            this.event = event;
            this.records = event.nestedByName();
        }

        /** The definition of a record: its name, then its fields, each defined after the name so it may recur. */
        AvroValue.RecordType record(RecordModel record, FullName name) {
            defined.put(name.fullName(), record.className());
            Refusals refusals = nullChecks.of(record.element());
            List<AvroValue.Field> fields = new ArrayList<>();
            Set<String> fieldNames = new HashSet<>();
            for (ComponentModel c : record.writeOrder()) {
                Site site = new Site(record, c);
                String fieldName = c.property().name();
                if (!isName(fieldName)) {
                    site.problem("its JSON name '" + fieldName + "' is not an Avro name, which is a letter or '_'"
                            + " followed by letters, digits and '_'; " + rename(record, c));
                } else if (!fieldNames.add(fieldName)) {
                    site.problem("its JSON name '" + fieldName + "' is another field's; give each its own name");
                }
                for (String alias : c.property().aliases()) {
                    if (!isName(alias)) {
                        site.problem("its '@JsonAlias' name '" + alias + "' is not an Avro name, which is a letter"
                                + " or '_' followed by letters, digits and '_'; drop it or use '"
                                + suggestion(alias) + "'");
                    }
                }
                boolean refused = refusals.nulls().contains(c.name());
                boolean elementsRefused = refusals.nullElements().contains(c.name());
                boolean nullable = nullable(c.shape(), refused);
                AvroValue type = value(c.shape(), nullable, elementsRefused, site);
                boolean nullDefault = nullable || optionalLike(c.shape());
                fields.add(new AvroValue.Field(
                        c,
                        fieldName,
                        type,
                        nullDefault ? Optional.empty() : defaultOf(c.shape()),
                        nullDefault,
                        new ArrayList<>(c.property().aliases())));
            }
            return new AvroValue.RecordType(record.className(), name.namespace(), name.name(), record, fields);
        }

        /** The form of a value of a shape; {@code nullable} makes it a union with {@code "null"}, first. */
        private AvroValue value(Shape shape, boolean nullable, boolean elementsRefused, Site site) {
            if (shape instanceof Shape.OptionalOf optional) {
                if (optionalLike(optional.element())) {
                    site.problem("'Optional' of '"
                            + optional.element().type().boxed().name().simpleName()
                            + "' has two kinds of empty, which one Avro union cannot tell apart; use one 'Optional'"
                            + " or a record that says what each means");
                    return new AvroValue.Invalid();
                }
                return new AvroValue.OrNull(present(optional.element(), false, site), AvroValue.Empty.OPTIONAL);
            }
            AvroValue present = present(shape, elementsRefused, site);
            if (optionalLike(shape)) {
                return new AvroValue.OrNull(present, AvroValue.Empty.EMPTY_VALUE);
            }
            return nullable ? new AvroValue.OrNull(present, AvroValue.Empty.NULL) : present;
        }

        /** The form of a non-null value. */
        private AvroValue present(Shape shape, boolean elementsRefused, Site site) {
            if (shape instanceof Shape.Primitive || shape instanceof Shape.Scalar) {
                ValueType type = ValueTypes.of(shape).orElseThrow();
                if (type.avro().isEmpty()) {
                    site.problem("'" + type.display() + "' has no Avro form yet; carry it as a supported type");
                    return new AvroValue.Invalid();
                }
                return new AvroValue.Scalar(shape, type);
            }
            if (shape instanceof Shape.EnumType e) {
                return enumType(e, site);
            }
            if (shape instanceof Shape.RecordType r) {
                FullName name = nameOf(r.type().name());
                Optional<AvroValue> reference = reference(name, r.type().name(), true, site);
                if (reference.isPresent()) {
                    return reference.get();
                }
                RecordModel nested = records.get(r.type().name());
                if (nested == null) {
                    site.problem("the record '" + r.type().name().nestedName() + "' cannot be read");
                    return new AvroValue.Invalid();
                }
                if (!name.valid()) {
                    site.problem("'" + name.fullName() + "' is not an Avro full name, whose parts are letters, digits"
                            + " and '_'; rename the record or its package");
                    return new AvroValue.Invalid();
                }
                return record(nested, name);
            }
            if (shape instanceof Shape.UserCodec u) {
                site.problem("'" + u.type().name().simpleName() + "' is carried by the codec '"
                        + u.codec().nestedName() + "', which writes JSON and has no Avro form; carry it as a record"
                        + " of supported types");
                return new AvroValue.Invalid();
            }
            if (shape instanceof Shape.Unsupported u) {
                site.problem("'" + u.display() + "' cannot be carried: " + u.reason());
                return new AvroValue.Invalid();
            }
            if (shape instanceof Shape.Polymorphic p) {
                List<AvroValue> variants = new ArrayList<>();
                for (Shape.Polymorphic.Variant variant : p.variants()) {
                    variants.add(present(variant.shape(), false, site));
                }
                return new AvroValue.UnionOf(p, variants);
            }
            Shape contained = Shape.contained(shape);
            if (contained == null) {
                site.problem("'" + shape.type() + "' has no Avro form; carry it as a supported type");
                return new AvroValue.Invalid();
            }
            AvroValue element =
                    value(contained, !elementsRefused && !(contained instanceof Shape.Primitive), false, site);
            if (shape instanceof Shape.MapOf map) {
                return new AvroValue.MapOf(map.key(), element);
            }
            return new AvroValue.ArrayOf(element, shape instanceof Shape.SetOf);
        }

        private AvroValue enumType(Shape.EnumType e, Site site) {
            FullName name = FullName.of(e.type().name());
            Optional<AvroValue> reference = reference(name, e.type().name(), false, site);
            if (reference.isPresent()) {
                return reference.get();
            }
            TypeElement type =
                    env.getElementUtils().getTypeElement(e.type().name().canonicalName());
            if (type == null) {
                site.problem("the enum '" + e.type().name().nestedName() + "' cannot be read");
                return new AvroValue.Invalid();
            }
            if (!name.valid()) {
                site.problem("'" + name.fullName() + "' is not an Avro full name, whose parts are letters, digits and"
                        + " '_'; rename the enum or its package");
                return new AvroValue.Invalid();
            }
            List<String> symbols = new ArrayList<>();
            for (Element member : type.getEnclosedElements()) {
                if (member.getKind() == ElementKind.ENUM_CONSTANT) {
                    String symbol = member.getSimpleName().toString();
                    if (!isName(symbol)) {
                        site.problem("the constant '" + symbol + "' of enum '"
                                + e.type().name().nestedName()
                                + "' is not an Avro symbol, which is a letter or '_' followed by letters, digits and"
                                + " '_'; rename the constant");
                    }
                    symbols.add(symbol);
                }
            }
            defined.put(name.fullName(), e.type().name());
            return new AvroValue.EnumType(e.type().name(), name.namespace(), name.name(), symbols);
        }

        /** The Avro name of a record or enum: the event's own from its type, any other's from its class. */
        private FullName nameOf(JavaName type) {
            return type.equals(event.className()) ? rootName(event) : FullName.of(type);
        }

        /**
         * A reference by name to a type defined already; empty when the name is not defined yet. A name defined for
         * another Java type (the event's, taken from its {@code @Event(type)}) is a problem.
         */
        private Optional<AvroValue> reference(FullName name, JavaName type, boolean isRecord, Site site) {
            JavaName owner = defined.get(name.fullName());
            if (owner == null) {
                return Optional.empty();
            }
            if (!owner.equals(type)) {
                site.problem("'" + type.nestedName() + "' and '" + owner.nestedName() + "' would both be named '"
                        + name.fullName() + "' in Avro, the event by its '@Event(type)'; give the event another type"
                        + " or rename '" + type.nestedName() + "'");
                return Optional.of(new AvroValue.Invalid());
            }
            return Optional.of(new AvroValue.Reference(type, name.fullName(), isRecord));
        }

        /** Where a problem is reported: the component, in the event or in a record it reaches. */
        private final class Site {

            private final RecordModel record;
            private final ComponentModel component;

            Site(RecordModel record, ComponentModel component) {
                this.record = record;
                this.component = component;
            }

            void problem(String what) {
                String owner = record.element().equals(event.element())
                        ? "event '" + event.simpleName() + "'"
                        : "event '" + event.simpleName() + "' record '"
                                + record.className().nestedName() + "'";
                problems.add(Diagnostic.error(
                        RuleId.UNSUPPORTED_TYPE,
                        component.position(),
                        owner + " component '" + component.name() + "' of type '" + component.display()
                                + "' has no Avro form: " + what));
            }
        }
    }

    /** Whether a shape's empty value is written as {@code null}: an {@code Optional}, {@code OptionalInt}, ... */
    private static boolean optionalLike(Shape shape) {
        return shape instanceof Shape.OptionalOf
                || ValueTypes.of(shape)
                        .map(v -> v.absent() == ValueType.Absent.EMPTY)
                        .orElse(false);
    }

    /** Whether the serializer can write {@code null} for a component (an empty optional is handled apart). */
    private static boolean nullable(Shape shape, boolean refused) {
        return !(shape instanceof Shape.Primitive) && !refused;
    }

    /**
     * The default of a non-null field: what the JSON reader takes for an absent property, when it takes anything
     * other than {@code null}.
     */
    private static Optional<Object> defaultOf(Shape shape) {
        if (shape instanceof Shape.Primitive p) {
            return switch (p.type().keyword()) {
                case "boolean" -> Optional.of(Boolean.FALSE);
                case "float", "double" -> Optional.of(new JsonText.Number("0.0"));
                default -> Optional.of(new JsonText.Number("0"));
            };
        }
        if (shape instanceof Shape.ListOf || shape instanceof Shape.SetOf) {
            return Optional.of(new ArrayList<Object>());
        }
        if (shape instanceof Shape.MapOf) {
            return Optional.of(new LinkedHashMap<String, Object>());
        }
        return Optional.empty();
    }

    private static List<Object> orNull(Object schema) {
        List<Object> union = new ArrayList<>();
        union.add("null");
        union.add(schema);
        return union;
    }

    /** How to give a component an Avro name: by a naming strategy that gives Avro names, or by its own. */
    private static String rename(RecordModel record, ComponentModel c) {
        NamingStrategy naming = JacksonReader.naming(record.element());
        String own = "give it an Avro name with '@JsonProperty(\""
                + suggestion(c.property().name()) + "\")'";
        if (naming != NamingStrategy.NONE
                && naming.translate(c.name()).equals(c.property().name())) {
            String strategy = naming.className()
                    .substring(naming.className()
                                    .lastIndexOf('.', naming.className().lastIndexOf('.') - 1)
                            + 1);
            return "its record's '@JsonNaming(" + strategy + ".class)' gives it that name; choose a"
                    + " strategy whose names are Avro names, such as 'SnakeCaseStrategy', or " + own;
        }
        return own;
    }

    /** A name like {@code text} that is an Avro name: {@code first-name} becomes {@code first_name}. */
    private static String suggestion(String text) {
        String replaced = text.replaceAll("[^A-Za-z0-9_]", "_");
        return replaced.isEmpty() || Character.isDigit(replaced.charAt(0)) ? "_" + replaced : replaced;
    }
}
