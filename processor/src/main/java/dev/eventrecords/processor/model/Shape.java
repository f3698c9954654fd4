package dev.eventrecords.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;

/**
 * How a component's type is carried as JSON. Every supported type has one shape; anything else is
 * {@link Unsupported}, which the unsupported-type rule reports.
 */
public sealed interface Shape {

    /** The Java type, as generated code spells it. */
    TypeName type();

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
    record Primitive(TypeName type) implements Shape {}

    /**
     * A value type the runtime has a ready codec for: wrappers, {@code String}, {@code UUID}, {@code BigDecimal},
     * {@code BigInteger}, the {@code java.time} value types, {@code OptionalInt/Long/Double} and
     * {@code dev.eventrecords.Bytes}: an entry of {@link ValueTypes}.
     */
    record Scalar(TypeName type, ValueType value) implements Shape {

        /** The name of its constant in {@code dev.eventrecords.kafka.Codecs}. */
        public String codec() {
            return value.codec();
        }
    }

    /** An enum, written by {@code toString()} as Jackson 3 does (the name, unless the enum overrides it). */
    record EnumType(ClassName type) implements Shape {}

    /** A record, written with its generated codec. */
    record RecordType(ClassName type, ClassName codec) implements Shape {}

    /** {@code Optional<T>}: the value or {@code null}. */
    record OptionalOf(ParameterizedTypeName type, Shape element) implements Shape {}

    /** {@code List<T>}. */
    record ListOf(ParameterizedTypeName type, Shape element) implements Shape {}

    /** {@code Set<T>}. */
    record SetOf(ParameterizedTypeName type, Shape element) implements Shape {}

    /**
     * {@code Map<K, V>}.
     *
     * @param key a {@link Scalar} whose value type can be a map key, or an {@link EnumType}
     */
    record MapOf(ParameterizedTypeName type, Shape key, Shape value) implements Shape {}

    /**
     * A type the serde cannot carry.
     *
     * @param type the type as generated code would spell it
     * @param display the type as the user wrote it, for the message
     * @param reason why, in a lower-case clause ("'Object' has no JSON form")
     */
    record Unsupported(TypeName type, String display, String reason) implements Shape {}
}
