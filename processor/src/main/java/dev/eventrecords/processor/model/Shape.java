package dev.eventrecords.processor.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a component's type is carried as JSON. Every supported type has one shape; anything else is
 * {@link Unsupported}, which the unsupported-type rule reports.
 */
public sealed interface Shape {

    /** The Java type, as generated code names it. */
    JavaType type();

    /** The shape a container holds ({@code Optional}, {@code List}, {@code Set}, a {@code Map}'s values), or {@code null}. */
    static Shape contained(Shape shape) {
        if (shape instanceof OptionalOf o) {
            return o.element();
        }
        if (shape instanceof ListOf l) {
            return l.element();
        }
        if (shape instanceof SetOf s) {
            return s.element();
        }
        if (shape instanceof MapOf m) {
            return m.value();
        }
        return null;
    }

    /** A primitive: {@code boolean}, {@code byte}, {@code short}, {@code int}, {@code long}, {@code float}, ... */
    record Primitive(JavaType.Primitive type) implements Shape {}

    /**
     * A value type the runtime has a ready codec for: wrappers, {@code String}, {@code UUID}, {@code BigDecimal},
     * {@code BigInteger}, the {@code java.time} value types, {@code OptionalInt/Long/Double} and
     * {@code dev.eventrecords.Bytes}: an entry of {@link ValueTypes}.
     */
    record Scalar(JavaType.Declared type, ValueType value) implements Shape {

        /** The name of its constant in {@code dev.eventrecords.kafka.Codecs}. */
        public String codec() {
            return value.codec();
        }
    }

    /**
     * An enum, written by {@code toString()} as Jackson 3 does (the name, unless the enum overrides it), or by the text
     * of its {@code @JsonProperty}, or, when it has a {@code @JsonValue} accessor, by what that returns (which wins over
     * both).
     *
     * @param type the enum
     * @param renamed the texts {@code @JsonProperty} gives constants, by constant name, in declaration order
     * @param valueAccessor the {@code @JsonValue} accessor as an expression after {@code constant.} ({@code code()} or
     *     {@code code}), when the enum has one
     */
    record EnumType(JavaType.Declared type, Map<String, String> renamed, Optional<String> valueAccessor)
            implements Shape {

        public EnumType {
            renamed = Collections.unmodifiableMap(new LinkedHashMap<>(renamed));
        }

        /** An enum without a {@code @JsonValue} accessor. */
        public EnumType(JavaType.Declared type, Map<String, String> renamed) {
            this(type, renamed, Optional.empty());
        }
    }

    /**
     * A record, written with its generated codec.
     *
     * @param type the record
     * @param codec the name of its generated codec
     */
    record RecordType(JavaType.Declared type, JavaName codec) implements Shape {}

    /**
     * A type carried by a codec the user registered with {@code @EventCodec} or {@code @EventCodecs}.
     *
     * @param type the type
     * @param codec the codec class, whose {@code INSTANCE} generated code calls
     */
    record UserCodec(JavaType.Declared type, JavaName codec) implements Shape {}

    /** {@code Optional<T>}: the value or {@code null}. */
    record OptionalOf(JavaType.Declared type, Shape element) implements Shape {}

    /** {@code List<T>}. */
    record ListOf(JavaType.Declared type, Shape element) implements Shape {}

    /** {@code Set<T>}. */
    record SetOf(JavaType.Declared type, Shape element) implements Shape {}

    /**
     * {@code Map<K, V>}.
     *
     * @param key a {@link Scalar} whose value type can be a map key, or an {@link EnumType}
     */
    record MapOf(JavaType.Declared type, Shape key, Shape value) implements Shape {}

    /**
     * A sealed interface whose variants are records and enums, carried with a type id as Jackson 3 carries it under
     * {@code @JsonTypeInfo(use = NAME | SIMPLE_NAME)}: read by {@code PolymorphicReader}.
     *
     * @param type the sealed interface
     * @param inclusion where the type id goes
     * @param property the type id's property name, for {@code PROPERTY} and {@code EXISTING_PROPERTY}
     * @param visible whether the reader hands the type id property on to the variant ({@code visible = true})
     * @param variants the records and enums it permits, nested sealed interfaces flattened, in declaration order
     */
    record Polymorphic(
            JavaType.Declared type, Inclusion inclusion, String property, boolean visible, List<Variant> variants)
            implements Shape {

        public Polymorphic {
            variants = List.copyOf(variants);
        }

        /** Where the type id goes: {@code JsonTypeInfo.As}'s constants that the serde carries. */
        public enum Inclusion {
            PROPERTY,
            EXISTING_PROPERTY,
            WRAPPER_OBJECT,
            WRAPPER_ARRAY
        }

        /**
         * One record or enum of a sealed interface.
         *
         * @param shape its {@link RecordType} or {@link EnumType}
         * @param id the type id written
         * @param ids the type ids read, {@code id} first
         */
        public record Variant(Shape shape, String id, List<String> ids) {

            public Variant {
                ids = List.copyOf(ids);
            }
        }
    }

    /**
     * A type the serde cannot carry.
     *
     * @param type the type as generated code would spell it
     * @param display the type as the user wrote it, for the message
     * @param reason why, in a lower-case clause ("'Object' has no JSON form")
     */
    record Unsupported(JavaType type, String display, String reason) implements Shape {}
}
