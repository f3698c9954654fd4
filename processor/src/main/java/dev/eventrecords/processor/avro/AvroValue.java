package dev.eventrecords.processor.avro;

import dev.eventrecords.processor.model.ComponentModel;
import dev.eventrecords.processor.model.JavaName;
import dev.eventrecords.processor.model.RecordModel;
import dev.eventrecords.processor.model.Shape;
import dev.eventrecords.processor.model.ValueType;
import java.util.List;
import java.util.Optional;

/**
 * The Avro form of an event, part by part, as {@link AvroSchemas} derives it: the one description from which both the
 * schema document and the generated codec are made, so the two cannot disagree.
 */
public sealed interface AvroValue {

    /** A value type's form ({@link ValueType#avro()}): a primitive, a wrapper, {@code String}, a logical type, ... */
    record Scalar(Shape shape, ValueType type) implements AvroValue {}

    /**
     * The union {@code ["null", T]}, with default {@code null}.
     *
     * @param present the form of a value that is there
     * @param empty what the Java value is when the union holds {@code null}
     */
    record OrNull(AvroValue present, Empty empty) implements AvroValue {}

    /** What a Java value is when its union holds {@code null}. */
    enum Empty {
        /** {@code null}. */
        NULL,
        /** {@code Optional.empty()}. */
        OPTIONAL,
        /** The type's {@code empty()} ({@code OptionalInt.empty()}): the present form's scalar type. */
        EMPTY_VALUE
    }

    /**
     * An enum, defined here: its symbols are its constants' names in declaration order.
     *
     * @param type the Java enum
     * @param namespace its Avro namespace
     * @param name its Avro name
     * @param symbols its constants' names
     */
    record EnumType(JavaName type, String namespace, String name, List<String> symbols) implements AvroValue {
        public EnumType {
            symbols = List.copyOf(symbols);
        }
    }

    /**
     * A record, defined here.
     *
     * @param type the Java record
     * @param namespace its Avro namespace
     * @param name its Avro name
     * @param record the record's model
     * @param fields its fields, in the order Jackson writes its properties
     */
    record RecordType(JavaName type, String namespace, String name, RecordModel record, List<Field> fields)
            implements AvroValue {
        public RecordType {
            fields = List.copyOf(fields);
        }
    }

    /**
     * A record or enum defined earlier in the schema, referred to by its full name.
     *
     * @param type the Java type
     * @param fullName its Avro full name
     * @param isRecord whether it is a record (else an enum)
     */
    record Reference(JavaName type, String fullName, boolean isRecord) implements AvroValue {}

    /**
     * An array: a {@code List} or a {@code Set}.
     *
     * @param items the elements' form
     * @param set whether the Java type is a {@code Set}
     */
    record ArrayOf(AvroValue items, boolean set) implements AvroValue {}

    /**
     * A map, whose Avro keys are strings: a key is the text JSON writes for it as a property name.
     *
     * @param key the Java key's shape
     * @param values the values' form
     */
    record MapOf(Shape key, AvroValue values) implements AvroValue {}

    /**
     * A sealed interface: the union of its variants' records and enums, in declaration order, the branch saying which
     * variant a value is (no type id: Avro's union index is one).
     *
     * @param shape the sealed interface
     * @param variants each variant's form, a record or enum defined here or referred to
     */
    record UnionOf(Shape.Polymorphic shape, List<AvroValue> variants) implements AvroValue {
        public UnionOf {
            variants = List.copyOf(variants);
        }
    }

    /** A part that has no Avro form; the schema has a problem reported for it and is not written. */
    record Invalid() implements AvroValue {}

    /**
     * A record's field.
     *
     * @param component the record component it carries
     * @param name its Avro name, the component's JSON name
     * @param value its form
     * @param defaultValue its default, as {@code JsonText} writes it ({@code null} is {@link Optional#empty()} of
     *     {@code defaultValue} with {@code nullDefault})
     * @param nullDefault whether its default is {@code null}
     * @param aliases its other names, from {@code @JsonAlias}
     */
    record Field(
            ComponentModel component,
            String name,
            AvroValue value,
            Optional<Object> defaultValue,
            boolean nullDefault,
            List<String> aliases) {
        public Field {
            aliases = List.copyOf(aliases);
        }
    }
}
