package dev.eventrecords.processor.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;

/**
 * The one mapping from the Jackson annotations the serde honours to the model: what Jackson 3 makes of them on a
 * record component and on an enum constant. The unsupported-annotation rule refuses every other Jackson annotation,
 * and every member of these that is not read here.
 */
public final class JacksonReader {

    public static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
    public static final String JSON_IGNORE = "com.fasterxml.jackson.annotation.JsonIgnore";
    public static final String JSON_ALIAS = "com.fasterxml.jackson.annotation.JsonAlias";
    public static final String JSON_PROPERTY_ORDER = "com.fasterxml.jackson.annotation.JsonPropertyOrder";
    public static final String JSON_NAMING = "tools.jackson.databind.annotation.JsonNaming";
    public static final String JSON_INCLUDE = "com.fasterxml.jackson.annotation.JsonInclude";
    public static final String JSON_IGNORE_PROPERTIES = "com.fasterxml.jackson.annotation.JsonIgnoreProperties";
    public static final String JSON_VALUE = "com.fasterxml.jackson.annotation.JsonValue";
    public static final String JSON_CREATOR = "com.fasterxml.jackson.annotation.JsonCreator";

    private JacksonReader() {}

    /**
     * A component's JSON property, from the annotations written on it (javac puts them on the record's private
     * field; {@code element} is that field, or the component when there is none).
     */
    public static WireProperty property(
            String name, Element element, NamingStrategy naming, Include recordInclude, TypeElement record) {
        Optional<AnnotationMirror> property = ModelReader.annotation(element, JSON_PROPERTY);
        // "" is Jackson's USE_DEFAULT_NAME: the component's own name, as the naming strategy translates it
        Optional<String> explicit = property.flatMap(p -> string(p, "value")).filter(v -> !v.isEmpty());
        String wire = explicit.orElseGet(() -> naming.translate(name));
        int index = property.flatMap(p -> ModelReader.explicitValue(p, "index"))
                .map(v -> ((Number) v.getValue()).intValue())
                .filter(i -> i >= 0)
                .orElse(-1);
        String access = property.flatMap(p -> enumValue(p, "access")).orElse("AUTO");
        boolean ignored = ModelReader.annotation(element, JSON_IGNORE)
                .map(a -> ModelReader.explicitValue(a, "value")
                        .map(v -> Boolean.TRUE.equals(v.getValue()))
                        .orElse(true))
                .orElse(false);
        List<String> aliases = ModelReader.annotation(element, JSON_ALIAS)
                .map(a -> strings(a, "value"))
                .orElse(List.of());
        // @JsonIgnoreProperties on the record, by the component's own name (the rule refuses a name that a component
        // is renamed from or to, where Jackson 3 is not consistent)
        Optional<AnnotationMirror> ignoredNames = ModelReader.annotation(record, JSON_IGNORE_PROPERTIES)
                .filter(a -> strings(a, "value").contains(name) && wire.equals(name));
        boolean unwritten = ignoredNames.isPresent() && !flag(ignoredNames.get(), "allowGetters");
        boolean unread = ignoredNames.isPresent() && !flag(ignoredNames.get(), "allowSetters");
        return new WireProperty(
                wire,
                aliases,
                !ignored && !unwritten && !access.equals("WRITE_ONLY"),
                !ignored && !unread && !access.equals("READ_ONLY"),
                index,
                include(element).orElse(recordInclude));
    }

    /**
     * The inclusion {@code @JsonInclude} gives an element: its {@code value}, {@code ALWAYS} when it has none; empty
     * without the annotation, with {@code USE_DEFAULTS} (which defers to the record's), or with a value not honoured.
     */
    public static Optional<Include> include(Element element) {
        return ModelReader.annotation(element, JSON_INCLUDE)
                .map(a -> enumValue(a, "value").orElse("ALWAYS"))
                .flatMap(Include::of);
    }

    /** The standard strategy of a record's {@code @JsonNaming}; {@code NONE} without one or for another strategy. */
    public static NamingStrategy naming(TypeElement record) {
        return ModelReader.annotation(record, JSON_NAMING)
                .flatMap(a -> ModelReader.explicitValue(a, "value"))
                .map(v -> v.getValue() instanceof DeclaredType type
                        ? ((TypeElement) type.asElement()).getQualifiedName().toString()
                        : "")
                .flatMap(NamingStrategy::ofClass)
                .orElse(NamingStrategy.NONE);
    }

    /** The names of a record's {@code @JsonPropertyOrder}, in order. */
    public static List<String> propertyOrder(TypeElement record) {
        return ModelReader.annotation(record, JSON_PROPERTY_ORDER)
                .map(a -> strings(a, "value"))
                .orElse(List.of());
    }

    /**
     * The constants of an enum that {@code @JsonProperty} renames, by constant name, in declaration order; Jackson 3
     * writes and reads such a constant by the text given, even an empty one, and no longer by its name or
     * {@code toString()}.
     */
    public static Map<String, String> constantNames(TypeElement enumType) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Element member : enumType.getEnclosedElements()) {
            if (member.getKind() == ElementKind.ENUM_CONSTANT) {
                ModelReader.annotation(member, JSON_PROPERTY)
                        .ifPresent(p -> names.put(
                                member.getSimpleName().toString(),
                                string(p, "value").orElse("")));
            }
        }
        return names;
    }

    /**
     * Whether an element carries {@code @JsonValue} enabled ({@code @JsonValue(false)} is Jackson's way of turning an
     * inherited one off).
     */
    public static boolean jsonValue(Element element) {
        return ModelReader.annotation(element, JSON_VALUE)
                .map(a -> ModelReader.explicitValue(a, "value")
                        .map(v -> !Boolean.FALSE.equals(v.getValue()))
                        .orElse(true))
                .orElse(false);
    }

    /**
     * The component of a record that carries {@code @JsonValue}, written on it in the record header (javac puts it on
     * the private field and the implicit accessor) or on its accessor; empty when none does.
     */
    public static Optional<String> valueComponent(TypeElement record) {
        for (Element member : record.getEnclosedElements()) {
            if (member.getKind() == ElementKind.FIELD
                    && !member.getModifiers().contains(Modifier.STATIC)
                    && jsonValue(member)) {
                return Optional.of(member.getSimpleName().toString());
            }
        }
        for (var component : record.getRecordComponents()) {
            if (component.getAccessor() != null && jsonValue(component.getAccessor())) {
                return Optional.of(component.getSimpleName().toString());
            }
        }
        return Optional.empty();
    }

    /**
     * The expression, after {@code constant.}, that gives an enum constant's {@code @JsonValue} text: {@code code()}
     * for a method, {@code code} for a field; empty when the enum has none. Which accessors are carried is the
     * unsupported-annotation rule's to say.
     */
    public static Optional<String> enumValueAccessor(TypeElement enumType) {
        for (Element member : enumType.getEnclosedElements()) {
            if (member.getKind() == ElementKind.METHOD && jsonValue(member)) {
                return Optional.of(member.getSimpleName() + "()");
            }
            if (member.getKind() == ElementKind.FIELD && jsonValue(member)) {
                return Optional.of(member.getSimpleName().toString());
            }
        }
        return Optional.empty();
    }

    /** The names {@code @JsonIgnoreProperties} on a record lists. */
    public static List<String> ignoredProperties(TypeElement record) {
        return ModelReader.annotation(record, JSON_IGNORE_PROPERTIES)
                .map(a -> strings(a, "value"))
                .orElse(List.of());
    }

    private static boolean flag(AnnotationMirror annotation, String member) {
        return ModelReader.explicitValue(annotation, member)
                .map(v -> Boolean.TRUE.equals(v.getValue()))
                .orElse(false);
    }

    private static Optional<String> string(AnnotationMirror annotation, String member) {
        return ModelReader.explicitValue(annotation, member).map(v -> String.valueOf(v.getValue()));
    }

    private static Optional<String> enumValue(AnnotationMirror annotation, String member) {
        return ModelReader.explicitValue(annotation, member)
                .map(v -> v.getValue() instanceof VariableElement e
                        ? e.getSimpleName().toString()
                        : String.valueOf(v.getValue()));
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
}
