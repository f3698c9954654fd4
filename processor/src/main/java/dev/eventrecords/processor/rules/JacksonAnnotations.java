package dev.eventrecords.processor.rules;

import dev.eventrecords.processor.model.NamingStrategy;
import dev.eventrecords.processor.model.TypeDisplay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * Jackson's annotations as the generated serde sees them: which annotations are Jackson's, and for each, what Jackson
 * 3 does with it that the serde does not, and what to write instead. An annotation is Jackson's by its package, so an
 * annotation Jackson adds later is covered as well; the common ones have their own advice, any other the general one.
 */
final class JacksonAnnotations {

    /** The packages whose annotations Jackson 3's databind reads. */
    static final Set<String> PACKAGES = Set.of("com.fasterxml.jackson.annotation", "tools.jackson.databind.annotation");

    /** The meta-annotation that makes a user's annotation a bundle of Jackson annotations. */
    static final String BUNDLE = "com.fasterxml.jackson.annotation.JacksonAnnotationsInside";

    /** Where an annotation sits, as far as the advice differs. */
    enum Place {
        /** The record, enum or interface itself. */
        TYPE,
        COMPONENT,
        CONSTANT,
        /** A method, constructor, parameter or other field. */
        MEMBER
    }

    /**
     * What Jackson 3 does with an annotation, as a clause that ends with what that changes, and what to write instead.
     */
    record Advice(String effect, String instead) {}

    private JacksonAnnotations() {}

    static boolean isJackson(TypeElement annotationType) {
        return PACKAGES.contains(packageOf(annotationType));
    }

    /**
     * The Jackson annotations a bundle stands for, through bundles in it too, as {@code '@JsonProperty'}; empty when
     * the annotation is no bundle.
     */
    static List<String> bundled(TypeElement annotationType) {
        if (isJackson(annotationType) || !carries(annotationType, BUNDLE)) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        collect(annotationType, names, new LinkedHashSet<>());
        return new ArrayList<>(names);
    }

    private static void collect(TypeElement bundle, Set<String> names, Set<TypeElement> seen) {
        if (!seen.add(bundle)) {
            return;
        }
        for (AnnotationMirror mirror : bundle.getAnnotationMirrors()) {
            TypeElement type = type(mirror);
            if (type.getQualifiedName().contentEquals(BUNDLE)
                    || type.getQualifiedName().contentEquals("com.fasterxml.jackson.annotation.JacksonAnnotation")) {
                continue;
            }
            if (isJackson(type)) {
                names.add("'@" + type.getSimpleName() + "'");
            } else if (carries(type, BUNDLE)) {
                collect(type, names, seen);
            }
        }
    }

    /**
     * Whether the generated serde applies the annotation exactly as Jackson 3 does, where it sits: {@code @JsonProperty}
     * (its name, {@code access} and {@code index}; {@code namespace} and {@code defaultValue}, which Jackson's JSON reading and
     * writing do not use) and {@code @JsonIgnore} and {@code @JsonAlias} written on a component,
     * {@code @JsonProperty} with a name on an enum constant, and {@code @JsonPropertyOrder}, {@code @JsonInclude},
     * {@code @JsonIgnoreProperties} and {@code @JsonNaming} with one of Jackson's standard strategies on a record, and
     * {@code @JsonFormat} written on a component, whose combinations {@code JsonFormatRule} checks. The mapping to the
     * model is {@code JacksonReader} (and {@code JsonFormats}).
     *
     * @param onDeclaration whether it is written on the component (javac puts it on the record's private field) or on
     *     the record itself
     */
    static boolean honoured(AnnotationMirror annotation, Place place, boolean onDeclaration) {
        TypeElement type = type(annotation);
        if (!isJackson(type)) {
            return false;
        }
        Set<String> members = new LinkedHashSet<>();
        annotation
                .getElementValues()
                .keySet()
                .forEach(m -> members.add(m.getSimpleName().toString()));
        switch (type.getSimpleName().toString()) {
            case "JsonProperty":
                if (place == Place.CONSTANT) {
                    return Set.of("value").containsAll(members);
                }
                return place == Place.COMPONENT
                        && onDeclaration
                        && Set.of("value", "access", "index", "namespace", "defaultValue", "required", "isRequired")
                                .containsAll(members)
                        && unrequired(annotation);
            case "JsonIgnore":
            case "JsonAlias":
                return place == Place.COMPONENT && onDeclaration;
            case "JsonEnumDefaultValue":
                // the default mapper reads an unknown text as this constant only with
                // READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE, which is off: it refuses it, as this serde does
                return place == Place.CONSTANT;
            case "JsonPropertyOrder":
                return place == Place.TYPE && onDeclaration;
            case "JsonIgnoreProperties":
                // the names it lists are checked against the components in the rule
                return place == Place.TYPE
                        && onDeclaration
                        && Set.of("value", "ignoreUnknown", "allowGetters", "allowSetters")
                                .containsAll(members);
            case "JsonInclude":
                return (place == Place.TYPE || place == Place.COMPONENT)
                        && onDeclaration
                        && Set.of("value", "content").containsAll(members)
                        && Set.of("ALWAYS", "NON_NULL", "NON_ABSENT", "NON_EMPTY", "USE_DEFAULTS")
                                .contains(constant(annotation, "value").orElse("ALWAYS"))
                        && Set.of("ALWAYS", "USE_DEFAULTS")
                                .contains(constant(annotation, "content").orElse("ALWAYS"));
            case "JsonNaming":
                return place == Place.TYPE
                        && onDeclaration
                        && strategy(annotation).isPresent();
            case "JsonFormat":
                // which shapes, patterns and types are carried is JsonFormats', and JsonFormatRule reports the others
                return place == Place.COMPONENT && onDeclaration;
            default:
                return false;
        }
    }

    /** The name of an enum constant an annotation member is set to, if it is set. */
    private static Optional<String> constant(AnnotationMirror annotation, String member) {
        for (var entry : annotation.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(member)
                    && entry.getValue().getValue() instanceof Element e) {
                return Optional.of(e.getSimpleName().toString());
            }
        }
        return Optional.empty();
    }

    /** The standard strategy that {@code @JsonNaming} names, if it names one. */
    private static Optional<NamingStrategy> strategy(AnnotationMirror annotation) {
        for (var entry : annotation.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals("value")
                    && entry.getValue().getValue() instanceof DeclaredType type) {
                return NamingStrategy.ofClass(
                        ((TypeElement) type.asElement()).getQualifiedName().toString());
            }
        }
        return Optional.empty();
    }

    /** Whether {@code @JsonProperty} leaves the property optional: Jackson 3 fails reading a required one missing. */
    private static boolean unrequired(AnnotationMirror annotation) {
        for (var entry : annotation.getElementValues().entrySet()) {
            String member = entry.getKey().getSimpleName().toString();
            Object value = entry.getValue().getValue();
            if (member.equals("required") && Boolean.TRUE.equals(value)) {
                return false;
            }
            if (member.equals("isRequired")
                    && value instanceof Element e
                    && e.getSimpleName().contentEquals("TRUE")) {
                return false;
            }
        }
        return true;
    }

    static TypeElement type(AnnotationMirror mirror) {
        return (TypeElement) mirror.getAnnotationType().asElement();
    }

    /**
     * The advice for one Jackson annotation.
     *
     * @param annotation the annotation as written
     * @param place where it sits
     * @param name the name of the element it sits on: the component, constant, method or type
     * @param owner the record, enum or interface it belongs to
     */
    static Advice advice(AnnotationMirror annotation, Place place, String name, TypeElement owner) {
        String ownerName = TypeDisplay.nestedName(owner);
        String simple = type(annotation).getSimpleName().toString();
        String remove = "remove '@" + simple + "'";
        switch (simple) {
            case "JsonProperty":
                if (place == Place.COMPONENT) {
                    return new Advice(
                            "Jackson 3 fails the read of a message without a 'required' property, this serde reads"
                                    + " it as absent, so it would read messages that Jackson 3 refuses",
                            "drop 'required' from '@" + simple + "' and check the value in the record's compact"
                                    + " constructor");
                }
                if (place == Place.CONSTANT) {
                    return new Advice(
                            "Jackson 3 applies more than its name to the constant, this serde only the name",
                            "keep only the name: '@" + simple + "(\"...\")'");
                }
                return new Advice(
                        "Jackson 3 applies its name, access and index to the property, this serde writes every"
                                + " component under its own name and nothing else, so the bytes can differ from"
                                + " what Jackson 3 writes",
                        remove + ": a component's JSON name is its own name, or its '@" + simple
                                + "' written on the component");
            case "JsonIgnore":
                if (place == Place.COMPONENT) {
                    return new Advice(
                            "Jackson 3 leaves '" + name + "' out of the JSON and reads it as absent, but this serde"
                                    + " would publish it",
                            "take '" + name + "' out of the event to keep it off the wire, or " + remove
                                    + " to publish it");
                }
                return new Advice(
                        "Jackson 3 ignores what it marks when it writes or reads JSON, this serde does not, so the"
                                + " bytes could differ from what Jackson 3 writes",
                        remove + "; the JSON of a record is exactly its components");
            case "JsonIgnoreProperties":
            case "JsonIncludeProperties":
                return new Advice(
                        "Jackson 3 writes and reads only the properties it selects, or refuses unknown ones, this serde"
                                + " writes every component and skips unknown properties, so the bytes would differ"
                                + " from what Jackson 3 writes",
                        remove + " and take out of the record what must not be published");
            case "JsonValue":
                if (owner.getKind() == ElementKind.ENUM) {
                    return new Advice(
                            "Jackson 3 writes enum '" + ownerName + "' as what '" + name + "' returns, this serde by"
                                    + " the constant's name, so the bytes would differ from what Jackson 3 writes",
                            remove + " and name the constants as they are written, or carry the text in a 'String'"
                                    + " component");
                }
                return new Advice(
                        "Jackson 3 writes '" + ownerName + "' as the value of '" + name + "' alone, this serde as an"
                                + " object of its components, so the bytes would differ from what Jackson 3 writes",
                        remove + " and give the components of type '" + ownerName + "' the type of '" + name
                                + "' itself");
            case "JsonCreator":
                if (owner.getKind() == ElementKind.ENUM) {
                    return new Advice(
                            "Jackson 3 reads enum '" + ownerName + "' through the annotated factory or constructor,"
                                    + " this serde by the constants' names, so it would read what Jackson 3 writes"
                                    + " differently",
                            remove + "; an enum is read by its constants' names, or by the text of a"
                                    + " '@JsonValue' method such as '@JsonValue public String code()'");
                }
                return new Advice(
                        "Jackson 3 reads '" + ownerName + "' through the annotated constructor or factory, this serde"
                                + " through the canonical constructor, so it would read what Jackson 3 writes"
                                + " differently",
                        remove + " and put checks and conversions in the record's compact constructor");
            case "JsonFormat":
                if (place == Place.TYPE) {
                    return new Advice(
                            "Jackson 3 applies it to every property of type '" + ownerName + "', this serde only where"
                                    + " it is written on a component, so the bytes would differ from what Jackson 3"
                                    + " writes",
                            remove + " and write it on each component of type '" + ownerName + "' instead");
                }
                return new Advice(
                        "Jackson 3 writes and reads the value in the shape, pattern or time zone it gives, this serde"
                                + " in its default form (ISO-8601 for java.time, names for enums, objects for records),"
                                + " so the bytes would differ from what Jackson 3 writes",
                        remove + " and carry the value in its default form, or as a 'String' component that holds"
                                + " the formatted text");
            case "JsonInclude":
                if (place == Place.TYPE || place == Place.COMPONENT) {
                    return new Advice(
                            "Jackson 3 leaves out the values it selects, this serde applies only 'value' ALWAYS,"
                                    + " NON_NULL, NON_ABSENT, NON_EMPTY or USE_DEFAULTS, without 'content' or filters,"
                                    + " so the bytes would differ from what Jackson 3 writes",
                            "use one of those, or " + remove + ": every component is then written, null as null");
                }
                return new Advice(
                        "Jackson 3 leaves out the null, absent or empty values it selects, this serde writes every"
                                + " component, null as null, so the bytes would differ from what Jackson 3 writes",
                        remove + ": every component is written, and a reader sees a null one as null either way");
            case "JsonNaming":
                if (place == Place.TYPE && owner.getKind() == ElementKind.RECORD) {
                    return new Advice(
                            "Jackson 3 renames every property of '" + ownerName + "' with the naming strategy it names,"
                                    + " which is none of Jackson's standard strategies that this serde applies",
                            "name one of "
                                    + Arrays.stream(NamingStrategy.values())
                                            .filter(s -> s != NamingStrategy.NONE)
                                            .map(s -> "'PropertyNamingStrategies."
                                                    + s.className().substring(NamingStrategy.STRATEGIES.length() + 1)
                                                    + "'")
                                            .collect(Collectors.joining(", "))
                                    + ", or " + remove + " and name the components as the JSON properties are named");
                }
                return new Advice(
                        "Jackson 3 renames every property of '" + ownerName + "' with the naming strategy (such as"
                                + " snake_case), this serde writes each component under its own name, so the bytes"
                                + " would differ from what Jackson 3 writes",
                        remove + " and name the components as the JSON properties are named");
            case "EnumNaming":
                return new Advice(
                        "Jackson 3 renames every constant of '" + ownerName + "' with the naming strategy, this serde"
                                + " writes each constant by its name, so the bytes would differ from what Jackson 3"
                                + " writes",
                        remove + " and name the constants as they are written");
            case "JsonAlias":
                return new Advice(
                        "Jackson 3 also reads the property from "
                                + stringValues(annotation)
                                        .map(v -> "\"" + String.join("\", \"", v) + "\"")
                                        .orElse("its aliases")
                                + ", this serde only from \"" + name + "\", so it would read such messages with '"
                                + name + "' missing",
                        remove + ": a component is read under its own name only");
            case "JsonPropertyOrder":
                return new Advice(
                        "Jackson 3 writes the properties in the order it gives, this serde in declaration order, so"
                                + " the bytes would differ from what Jackson 3 writes",
                        remove + " and declare the components in the order they should be written");
            case "JsonTypeInfo":
            case "JsonSubTypes":
            case "JsonTypeName":
            case "JsonTypeId":
            case "JsonTypeIdResolver":
            case "JsonTypeResolver":
                return new Advice(
                        "Jackson 3 writes and expects a type id in the JSON where it sits, and this serde carries type"
                                + " ids only as '@JsonTypeInfo' and '@JsonSubTypes' on a sealed interface and"
                                + " '@JsonTypeName' on its records and enums give them, so the bytes would differ from"
                                + " what Jackson 3 writes",
                        remove + ", and declare the component as a sealed interface that carries '@JsonTypeInfo'");
            case "JsonSerialize":
            case "JsonSerializeAs":
                return new Advice(
                        "Jackson 3 writes the value through the serializer, converter or type it names, this serde"
                                + " through its own codec for the declared type, so the bytes would differ from what"
                                + " Jackson 3 writes",
                        remove + " and give the component a type the serde carries as it is, converting in the"
                                + " record's compact constructor");
            case "JsonDeserialize":
            case "JsonDeserializeAs":
                return new Advice(
                        "Jackson 3 reads the value through the deserializer, converter or type it names, this serde"
                                + " through its own codec for the declared type, so it would read what Jackson 3"
                                + " writes differently",
                        remove + " and give the component a type the serde carries as it is, converting in the"
                                + " record's compact constructor");
            case "JsonUnwrapped":
                return new Advice(
                        "Jackson 3 writes the value's properties into the enclosing object, this serde writes it as a"
                                + " nested object, so the bytes would differ from what Jackson 3 writes",
                        remove + ", or declare those components on the enclosing record itself");
            case "JsonRawValue":
                return new Advice(
                        "Jackson 3 writes the text unescaped, as raw JSON that nothing checks is JSON at all, and"
                                + " reads the property back as a 'String', so an object it wrote fails to read and a"
                                + " string comes back without its quotes; this serde writes only JSON it reads back"
                                + " as written",
                        remove + " and carry structured data as records, or the text as a plain 'String' (written"
                                + " as a JSON string)");
            case "JsonEnumDefaultValue":
                return new Advice(
                        "Jackson 3 reads it only on an enum constant",
                        "write it on the constant that stands for unknown texts, or " + remove);
            case "JsonGetter":
            case "JsonSetter":
            case "JsonAnyGetter":
            case "JsonAnySetter":
            case "JsonAutoDetect":
                return new Advice(
                        "Jackson 3 changes which members it writes and reads as properties, this serde writes and"
                                + " reads the components and nothing else, so the bytes would differ from what"
                                + " Jackson 3 writes",
                        remove + "; the JSON properties are exactly the components, under their names");
            case "JsonIgnoreType":
                return new Advice(
                        "Jackson 3 leaves every property of type '" + ownerName
                                + "' out of the JSON, but this serde would" + " publish them",
                        remove + " and take the components of type '" + ownerName + "' out of the event to keep them"
                                + " off the wire");
            default:
                return new Advice(
                        "Jackson 3 applies it when it writes or reads JSON, so the bytes this serde writes could differ"
                                + " from what Jackson 3 writes",
                        remove + "; the JSON of a record is exactly its components, under their names, in"
                                + " declaration order");
        }
    }

    private static Optional<List<String>> stringValues(AnnotationMirror annotation) {
        for (var entry : annotation.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals("value")
                    && entry.getValue().getValue() instanceof List<?> values
                    && !values.isEmpty()) {
                List<String> texts = new ArrayList<>();
                for (Object v : values) {
                    texts.add(String.valueOf(v instanceof AnnotationValue av ? av.getValue() : v));
                }
                return Optional.of(texts);
            }
        }
        return Optional.empty();
    }

    private static boolean carries(Element element, String annotation) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (type(mirror).getQualifiedName().contentEquals(annotation)) {
                return true;
            }
        }
        return false;
    }

    private static String packageOf(TypeElement type) {
        Element e = type;
        while (e != null && !(e instanceof PackageElement)) {
            e = e.getEnclosingElement();
        }
        return e == null ? "" : ((PackageElement) e).getQualifiedName().toString();
    }
}
