package dev.eventrecords.processor.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The {@link Shape.Polymorphic} of a sealed interface, as Jackson 3's default mapper carries it, or the
 * {@link Shape.Unsupported} that says why it cannot be carried. What it follows, each checked by running Jackson 3.3:
 *
 * <ul>
 *   <li>Without {@code @JsonTypeInfo} (on the interface or one it extends) Jackson writes a variant as its record's
 *       object alone, with no type id, and cannot read it back: refused, showing the annotation to add.
 *   <li>{@code use = NAME}: the id of a variant is the name {@code @JsonSubTypes.Type} gives it, else its
 *       {@code @JsonTypeName}, else its class name without the package ({@code Payment$Card} for a nested class);
 *       {@code use = SIMPLE_NAME} the same, with the simple name ({@code Card}) as the default. {@code CLASS} and
 *       {@code MINIMAL_CLASS} put Java class names on the wire and load the class a message names; {@code DEDUCTION}
 *       writes no id and guesses the variant from the properties present; both refused.
 *   <li>Without {@code @JsonSubTypes} Jackson finds the permitted subtypes itself, through nested sealed interfaces;
 *       with it, only the types it lists: a variant it leaves out is written but cannot be read, so refused.
 * </ul>
 */
public final class PolymorphicReader {

    public static final String JSON_TYPE_INFO = "com.fasterxml.jackson.annotation.JsonTypeInfo";
    static final String JSON_SUB_TYPES = "com.fasterxml.jackson.annotation.JsonSubTypes";
    static final String JSON_TYPE_NAME = "com.fasterxml.jackson.annotation.JsonTypeName";

    private static final String ADD = "'@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = \"type\")'";

    private PolymorphicReader() {}

    /** Whether a type is a sealed interface, which this reader decides the shape of. */
    public static boolean applies(TypeElement type) {
        return type.getKind() == ElementKind.INTERFACE && type.getModifiers().contains(Modifier.SEALED);
    }

    /** The types that carry {@code @JsonTypeInfo}: the type itself or the interfaces it extends, nearest first. */
    public static List<TypeElement> typeInfoHolders(TypeElement type) {
        List<TypeElement> holders = new ArrayList<>();
        Set<TypeElement> seen = new LinkedHashSet<>();
        Deque<TypeElement> todo = new ArrayDeque<>();
        todo.add(type);
        while (!todo.isEmpty()) {
            TypeElement current = todo.poll();
            if (!seen.add(current)) {
                continue;
            }
            if (ModelReader.annotation(current, JSON_TYPE_INFO).isPresent()) {
                holders.add(current);
            }
            for (TypeMirror parent : current.getInterfaces()) {
                if (parent instanceof DeclaredType declared && declared.asElement() instanceof TypeElement p) {
                    todo.add(p);
                }
            }
        }
        return holders;
    }

    static Shape read(TypeElement sealed, JavaType typeName, String display) {
        String name = TypeDisplay.nestedName(sealed);
        if (!sealed.getTypeParameters().isEmpty()) {
            return refused(
                    typeName,
                    display,
                    "generic sealed interfaces are not supported; give '" + name + "' no type parameters");
        }
        List<TypeElement> holders = typeInfoHolders(sealed);
        if (holders.isEmpty()) {
            return refused(
                    typeName,
                    display,
                    "Jackson 3 writes a value of sealed interface '" + name + "' as its record's object alone, with no"
                            + " type id, and cannot read it back; add " + ADD + " to '" + name + "'");
        }
        if (holders.size() > 1) {
            return refused(
                    typeName,
                    display,
                    "both '" + TypeDisplay.nestedName(holders.get(0)) + "' and '"
                            + TypeDisplay.nestedName(holders.get(1)) + "' carry '@JsonTypeInfo'; keep it on one");
        }
        TypeElement holder = holders.get(0);
        String holderName = TypeDisplay.nestedName(holder);
        AnnotationMirror info = ModelReader.annotation(holder, JSON_TYPE_INFO).orElseThrow();
        Set<String> members = members(info);
        members.removeAll(Set.of("use", "include", "property", "visible"));
        if (!members.isEmpty()) {
            return refused(
                    typeName,
                    display,
                    "'@JsonTypeInfo' on '" + holderName + "' sets " + quoted(members) + ", which changes how Jackson 3"
                            + " reads a missing or unknown type id, and this serde refuses both; remove "
                            + quoted(members));
        }
        String use = constant(info, "use").orElse("NAME");
        switch (use) {
            case "NAME":
            case "SIMPLE_NAME":
                break;
            case "NONE":
                return refused(
                        typeName,
                        display,
                        "'@JsonTypeInfo(use = NONE)' on '" + holderName + "' writes no type id, so Jackson 3 cannot"
                                + " read a value of '" + name + "' back; use " + ADD);
            case "CLASS":
            case "MINIMAL_CLASS":
                return refused(
                        typeName,
                        display,
                        "'@JsonTypeInfo(use = " + use + ")' on '" + holderName + "' puts Java class names on the wire,"
                                + " and a reader loads the class a message names; use " + ADD
                                + ", whose ids are looked up among the permitted subtypes only");
            case "DEDUCTION":
                return refused(
                        typeName,
                        display,
                        "'@JsonTypeInfo(use = DEDUCTION)' on '" + holderName + "' writes no type id and makes Jackson 3"
                                + " guess the variant from the properties present, which this serde does not do; use "
                                + ADD);
            default:
                return refused(
                        typeName,
                        display,
                        "'@JsonTypeInfo(use = " + use + ")' on '" + holderName + "' is not carried; use " + ADD);
        }
        String include = constant(info, "include").orElse("PROPERTY");
        Shape.Polymorphic.Inclusion inclusion;
        switch (include) {
            case "PROPERTY":
            case "EXISTING_PROPERTY":
            case "WRAPPER_OBJECT":
            case "WRAPPER_ARRAY":
                inclusion = Shape.Polymorphic.Inclusion.valueOf(include);
                break;
            default:
                return refused(
                        typeName,
                        display,
                        "'@JsonTypeInfo(include = " + include + ")' on '" + holderName + "' is not carried; use"
                                + " 'PROPERTY', 'EXISTING_PROPERTY', 'WRAPPER_OBJECT' or 'WRAPPER_ARRAY'");
        }
        String property = string(info, "property").filter(p -> !p.isEmpty()).orElse("@type");
        boolean visible = ModelReader.explicitValue(info, "visible")
                .map(v -> Boolean.TRUE.equals(v.getValue()))
                .orElse(false);
        if (inclusion == Shape.Polymorphic.Inclusion.EXISTING_PROPERTY && !visible) {
            return refused(
                    typeName,
                    display,
                    "with '@JsonTypeInfo(include = EXISTING_PROPERTY)' on '" + holderName + "' Jackson 3 reads the"
                            + " type id from \"" + property + "\" and hides it from the variant, whose component then"
                            + " reads as null, so a value does not read back equal; add 'visible = true'");
        }

        // the variants: the records and enums the interface permits, through nested sealed interfaces
        List<TypeElement> leaves = new ArrayList<>();
        String problem = leaves(sealed, leaves, new LinkedHashSet<>());
        if (problem != null) {
            return refused(typeName, display, problem);
        }
        for (TypeElement leaf : leaves) {
            Optional<AnnotationMirror> own = ModelReader.annotation(leaf, JSON_TYPE_INFO);
            List<TypeElement> leafHolders = typeInfoHolders(leaf);
            if (own.isPresent() || leafHolders.size() > 1) {
                return refused(
                        typeName,
                        display,
                        "'" + TypeDisplay.nestedName(leaf) + "' is reached through more than one '@JsonTypeInfo'"
                                + " (on "
                                + leafHolders.stream()
                                        .map(h -> "'" + TypeDisplay.nestedName(h) + "'")
                                        .collect(Collectors.joining(", "))
                                + "); keep only the one on '" + holderName + "'");
            }
        }
        Map<TypeElement, List<String>> listed = new LinkedHashMap<>();
        Optional<AnnotationMirror> subTypes = ModelReader.annotation(holder, JSON_SUB_TYPES);
        for (TypeElement other : hierarchy(sealed, holder)) {
            if (other != holder && ModelReader.annotation(other, JSON_SUB_TYPES).isPresent()) {
                return refused(
                        typeName,
                        display,
                        "'@JsonSubTypes' on '" + TypeDisplay.nestedName(other) + "' is not carried; list every"
                                + " variant in '@JsonSubTypes' on '" + holderName + "', beside its '@JsonTypeInfo'");
            }
        }
        if (subTypes.isPresent()) {
            Set<String> extra = members(subTypes.get());
            extra.remove("value");
            if (!extra.isEmpty()) {
                return refused(
                        typeName,
                        display,
                        "'@JsonSubTypes' on '" + holderName + "' sets " + quoted(extra) + ", which is not carried;"
                                + " remove it");
            }
            for (AnnotationMirror type : annotations(subTypes.get(), "value")) {
                TypeElement listedType = ModelReader.explicitValue(type, "value")
                        .map(v -> v.getValue() instanceof DeclaredType d ? (TypeElement) d.asElement() : null)
                        .orElse(null);
                if (listedType == null) {
                    continue;
                }
                if (!leaves.contains(listedType)) {
                    if (applies(listedType) || !isSubtype(listedType, holder)) {
                        return refused(
                                typeName,
                                display,
                                "'@JsonSubTypes' on '" + holderName + "' lists '"
                                        + TypeDisplay.nestedName(listedType) + "', which is not a record or enum that"
                                        + " '" + name + "' permits; list the records and enums themselves");
                    }
                    continue; // a variant of the holder outside this interface: Jackson leaves it out here too
                }
                List<String> names = new ArrayList<>();
                string(type, "name").filter(n -> !n.isEmpty()).ifPresent(names::add);
                names.addAll(strings(type, "names"));
                listed.merge(listedType, names, (a, b) -> {
                    List<String> all = new ArrayList<>(a);
                    all.addAll(b);
                    return all;
                });
            }
        }
        List<Shape.Polymorphic.Variant> variants = new ArrayList<>();
        Map<String, TypeElement> owners = new LinkedHashMap<>();
        for (TypeElement leaf : leaves) {
            String leafName = TypeDisplay.nestedName(leaf);
            List<String> ids = new ArrayList<>();
            if (subTypes.isPresent()) {
                if (!listed.containsKey(leaf)) {
                    return refused(
                            typeName,
                            display,
                            "'@JsonSubTypes' on '" + holderName + "' does not list '" + leafName + "', so Jackson 3"
                                    + " writes it with a type id it then cannot read; add '@JsonSubTypes.Type("
                                    + leaf.getSimpleName() + ".class)' to it");
                }
                ids.addAll(new LinkedHashSet<>(listed.get(leaf)));
            }
            if (ids.isEmpty()) {
                ids.add(ModelReader.annotation(leaf, JSON_TYPE_NAME)
                        .flatMap(a -> string(a, "value"))
                        .filter(n -> !n.isEmpty())
                        .orElseGet(() -> defaultId(leaf, use)));
            }
            for (String id : ids) {
                TypeElement other = owners.putIfAbsent(id, leaf);
                if (other != null && other != leaf) {
                    return refused(
                            typeName,
                            display,
                            "'" + TypeDisplay.nestedName(other) + "' and '" + leafName + "' both have type id \"" + id
                                    + "\", so Jackson 3 reads one of them as the other; give each its own name");
                }
            }
            String clash = clash(leaf, inclusion, property);
            if (clash != null) {
                return refused(typeName, display, clash);
            }
            JavaType.Declared leafType = JavaType.Declared.of(JavaName.of(leaf));
            Shape shape = leaf.getKind() == ElementKind.ENUM
                    ? new Shape.EnumType(leafType, JacksonReader.constantNames(leaf))
                    : new Shape.RecordType(leafType, GeneratedNames.codecFor(leaf));
            variants.add(new Shape.Polymorphic.Variant(shape, ids.get(0), ids));
        }
        return new Shape.Polymorphic((JavaType.Declared) typeName, inclusion, property, visible, variants);
    }

    /**
     * Why a variant record's properties and the type id property cannot be carried together, or {@code null}: with
     * {@code PROPERTY} Jackson 3 refuses to write a record with a property of the id's name; with
     * {@code EXISTING_PROPERTY} the id is the record's own property, which must be a written {@code String}.
     */
    private static String clash(TypeElement leaf, Shape.Polymorphic.Inclusion inclusion, String property) {
        if (leaf.getKind() != ElementKind.RECORD) {
            return null;
        }
        String leafName = TypeDisplay.nestedName(leaf);
        Map<String, VariableElement> fields = new LinkedHashMap<>();
        for (VariableElement field : ElementFilter.fieldsIn(leaf.getEnclosedElements())) {
            if (!field.getModifiers().contains(Modifier.STATIC)) {
                fields.put(field.getSimpleName().toString(), field);
            }
        }
        NamingStrategy naming = JacksonReader.naming(leaf);
        Include include = JacksonReader.include(leaf).orElse(Include.ALWAYS);
        RecordComponentElement holding = null;
        for (RecordComponentElement component : leaf.getRecordComponents()) {
            String name = component.getSimpleName().toString();
            Element position = fields.containsKey(name) ? fields.get(name) : component;
            WireProperty wire = JacksonReader.property(name, position, naming, include, leaf);
            if (wire.name().equals(property) && wire.written()) {
                holding = component;
            }
        }
        if (inclusion == Shape.Polymorphic.Inclusion.PROPERTY && holding != null) {
            return "'" + leafName + "' component '" + holding.getSimpleName() + "' is written as \"" + property
                    + "\", the type id's property, and Jackson 3 refuses to write such a record; use 'include ="
                    + " JsonTypeInfo.As.EXISTING_PROPERTY' with 'visible = true' to let the component hold the id, or"
                    + " give the type id another 'property'";
        }
        if (inclusion == Shape.Polymorphic.Inclusion.EXISTING_PROPERTY) {
            if (holding == null) {
                return "'" + leafName + "' has no component written as \"" + property + "\", so with"
                        + " 'include = EXISTING_PROPERTY' Jackson 3 writes it with no type id and cannot read it"
                        + " back; give it a 'String " + property + "' component that holds its type id";
            }
            if (!holding.asType().toString().equals("java.lang.String")) {
                return "'" + leafName + "' component '" + holding.getSimpleName() + "' holds the type id \""
                        + property + "\" but is of type '" + TypeDisplay.of(holding.asType())
                        + "'; make it a 'String'";
            }
        }
        return null;
    }

    /** The id Jackson 3 gives a class by default: the binary name without its package, or the simple name. */
    private static String defaultId(TypeElement type, String use) {
        if (use.equals("SIMPLE_NAME")) {
            return type.getSimpleName().toString();
        }
        StringBuilder name = new StringBuilder(type.getSimpleName());
        for (Element e = type.getEnclosingElement(); e instanceof TypeElement outer; e = e.getEnclosingElement()) {
            name.insert(0, outer.getSimpleName() + "$");
        }
        return name.toString();
    }

    /** The records and enums a sealed interface permits, through nested sealed interfaces; or why it cannot be. */
    private static String leaves(TypeElement sealed, List<TypeElement> leaves, Set<TypeElement> seen) {
        if (!seen.add(sealed)) {
            return null;
        }
        for (TypeMirror permitted : sealed.getPermittedSubclasses()) {
            if (!(permitted instanceof DeclaredType declared && declared.asElement() instanceof TypeElement type)) {
                continue;
            }
            String typeName = TypeDisplay.nestedName(type);
            if (type.getKind() == ElementKind.RECORD || type.getKind() == ElementKind.ENUM) {
                if (!type.getTypeParameters().isEmpty()) {
                    return "'" + typeName + "', which '" + TypeDisplay.nestedName(sealed) + "' permits, is generic;"
                            + " give it no type parameters";
                }
                String hidden = ShapeReader.inaccessible(type);
                if (hidden != null) {
                    return hidden;
                }
                if (!leaves.contains(type)) {
                    leaves.add(type);
                }
            } else if (applies(type)) {
                String problem = leaves(type, leaves, seen);
                if (problem != null) {
                    return problem;
                }
            } else {
                return "'" + TypeDisplay.nestedName(sealed) + "' permits '" + typeName + "', which is "
                        + (type.getKind() == ElementKind.INTERFACE ? "a non-sealed interface" : "a class")
                        + ", so the serde cannot know its JSON form; permit only records, enums and sealed interfaces";
            }
        }
        return leaves.isEmpty() ? "'" + TypeDisplay.nestedName(sealed) + "' permits no record or enum" : null;
    }

    /** The interfaces between a sealed interface's variants and its {@code @JsonTypeInfo} holder. */
    private static Set<TypeElement> hierarchy(TypeElement sealed, TypeElement holder) {
        Set<TypeElement> all = new LinkedHashSet<>();
        Deque<TypeElement> todo = new ArrayDeque<>(List.of(sealed, holder));
        while (!todo.isEmpty()) {
            TypeElement current = todo.poll();
            if (current.getKind() != ElementKind.INTERFACE || !all.add(current)) {
                continue;
            }
            for (TypeMirror parent : current.getInterfaces()) {
                if (parent instanceof DeclaredType d && d.asElement() instanceof TypeElement p) {
                    todo.add(p);
                }
            }
            for (TypeMirror permitted : current.getPermittedSubclasses()) {
                if (permitted instanceof DeclaredType d && d.asElement() instanceof TypeElement p) {
                    todo.add(p);
                }
            }
        }
        return all;
    }

    private static boolean isSubtype(TypeElement type, TypeElement of) {
        if (type.equals(of)) {
            return true;
        }
        for (TypeMirror parent : type.getInterfaces()) {
            if (parent instanceof DeclaredType d && d.asElement() instanceof TypeElement p && isSubtype(p, of)) {
                return true;
            }
        }
        return false;
    }

    private static Shape refused(JavaType type, String display, String reason) {
        return new Shape.Unsupported(type, display, reason);
    }

    private static Set<String> members(AnnotationMirror annotation) {
        Set<String> members = new LinkedHashSet<>();
        annotation
                .getElementValues()
                .keySet()
                .forEach(m -> members.add(m.getSimpleName().toString()));
        return members;
    }

    private static String quoted(Set<String> names) {
        return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
    }

    private static Optional<String> constant(AnnotationMirror annotation, String member) {
        return ModelReader.explicitValue(annotation, member)
                .map(v -> v.getValue() instanceof VariableElement e
                        ? e.getSimpleName().toString()
                        : String.valueOf(v.getValue()));
    }

    private static Optional<String> string(AnnotationMirror annotation, String member) {
        return ModelReader.explicitValue(annotation, member).map(v -> String.valueOf(v.getValue()));
    }

    private static List<String> strings(AnnotationMirror annotation, String member) {
        List<String> texts = new ArrayList<>();
        ModelReader.explicitValue(annotation, member).ifPresent(v -> {
            if (v.getValue() instanceof List<?> values) {
                for (Object value : values) {
                    texts.add(String.valueOf(value instanceof AnnotationValue av ? av.getValue() : value));
                }
            } else {
                texts.add(String.valueOf(v.getValue()));
            }
        });
        return texts;
    }

    private static List<AnnotationMirror> annotations(AnnotationMirror annotation, String member) {
        List<AnnotationMirror> found = new ArrayList<>();
        ModelReader.explicitValue(annotation, member).ifPresent(v -> {
            Object value = v.getValue();
            List<?> values = value instanceof List<?> list ? list : List.of(v);
            for (Object item : values) {
                Object inner = item instanceof AnnotationValue av ? av.getValue() : item;
                if (inner instanceof AnnotationMirror mirror) {
                    found.add(mirror);
                }
            }
        });
        return found;
    }
}
