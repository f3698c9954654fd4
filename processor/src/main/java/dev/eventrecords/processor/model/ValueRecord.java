package dev.eventrecords.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * A record that Jackson 3 writes as the value of its single component alone, the one marked {@code @JsonValue}, and
 * reads through its canonical constructor as a delegating creator (Jackson 3's {@code POJOPropertiesCollector} makes a
 * record's one-argument canonical constructor delegating when the record has a {@code @JsonValue}), or through a static
 * {@code @JsonCreator} factory, which takes precedence. {@code public record OrderId(@JsonValue UUID value) {}} is
 * written as {@code "86af99cc-..."}. The unsupported-annotation rule refuses every other form.
 *
 * @param component the {@code @JsonValue} component
 * @param reading how Jackson 3's creator reads the value
 * @param factory the static {@code @JsonCreator} factory's name, when the record has one
 */
public record ValueRecord(ComponentModel component, Reading reading, Optional<String> factory) {

    /**
     * How Jackson 3 reads the value: a creator taking a {@code String}, {@code int}, {@code long}, {@code double},
     * {@code boolean}, {@code BigInteger} or {@code BigDecimal} is a "scalar" creator, which reads only some JSON
     * tokens; any other is a delegating one, which reads the value as a property of its type.
     */
    public enum Reading {
        STRING,
        INT,
        LONG,
        /** {@code double}, {@code boolean}, {@code BigInteger}, {@code BigDecimal}: not carried. */
        OTHER_SCALAR,
        DELEGATE
    }

    /** The record as Jackson 3 reads a {@code @JsonValue} record, when it is one with a single component. */
    public static Optional<ValueRecord> of(RecordModel record) {
        if (record.components().size() != 1) {
            return Optional.empty();
        }
        ComponentModel component = record.components().get(0);
        if (record.valueClass().isPresent()) {
            // a single-value class: its component is named as its @JsonValue method
            ValueClass value = record.valueClass().get();
            return value.jsonValue()
                    ? Optional.of(new ValueRecord(component, reading(component.shape()), value.factory()))
                    : Optional.empty();
        }
        if (!JacksonReader.valueComponent(record.element()).equals(Optional.of(component.name()))) {
            return Optional.empty();
        }
        return Optional.of(new ValueRecord(
                component,
                reading(component.shape()),
                factories(record.element()).stream()
                        .findFirst()
                        .map(f -> f.getSimpleName().toString())));
    }

    /** Whether a record is written as one component's value: it has a {@code @JsonValue} component. */
    public static boolean isValueRecord(TypeElement record) {
        return record.getKind() == ElementKind.RECORD
                && JacksonReader.valueComponent(record).isPresent();
    }

    /** How Jackson 3's creator reads a value of this shape. */
    public static Reading reading(Shape shape) {
        Optional<ValueType> value = ValueTypes.of(shape);
        if (value.isEmpty()) {
            return Reading.DELEGATE;
        }
        switch (value.get().name()) {
            case "java.lang.String":
                return Reading.STRING;
            case "int":
            case "java.lang.Integer":
                return Reading.INT;
            case "long":
            case "java.lang.Long":
                return Reading.LONG;
            case "double":
            case "java.lang.Double":
            case "boolean":
            case "java.lang.Boolean":
            case "java.math.BigInteger":
            case "java.math.BigDecimal":
                return Reading.OTHER_SCALAR;
            default:
                return Reading.DELEGATE;
        }
    }

    /** The static methods of a type that carry {@code @JsonCreator}, in declaration order. */
    public static List<ExecutableElement> factories(TypeElement type) {
        return type.getEnclosedElements().stream()
                .filter(e -> e.getKind() == ElementKind.METHOD
                        && e.getModifiers().contains(Modifier.STATIC)
                        && ModelReader.annotation(e, JacksonReader.JSON_CREATOR).isPresent())
                .map(ExecutableElement.class::cast)
                .toList();
    }
}
