package dev.eventrecords.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.eventrecords.processor.model.Include;
import dev.eventrecords.processor.model.JavaType;
import dev.eventrecords.processor.model.Shape;
import dev.eventrecords.processor.model.ValueType;
import dev.eventrecords.processor.model.ValueTypes;

/** The Java expressions for a shape's codec, its primitive reads and writes, and its value when absent. */
final class CodecExpressions {

    private CodecExpressions() {}

    /** An expression of type {@code JsonCodec<T>} for a non-primitive shape. */
    static CodeBlock codec(Shape shape) {
        if (shape instanceof Shape.Scalar s) {
            return CodeBlock.of("$T.$L", RuntimeNames.CODECS, s.codec());
        }
        if (shape instanceof Shape.EnumType e && e.valueAccessor().isPresent()) {
            return CodeBlock.of(
                    "$T.enumByValue($T.class, constant -> constant.$L)",
                    RuntimeNames.VALUE_CODECS,
                    Poet.type(e.type()),
                    e.valueAccessor().get());
        }
        if (shape instanceof Shape.EnumType e) {
            CodeBlock.Builder call =
                    CodeBlock.builder().add("$T.enumOf($T.class", RuntimeNames.CODECS, Poet.type(e.type()));
            e.renamed().forEach((constant, text) -> call.add(",$W$S,$W$S", constant, text));
            return call.add(")").build();
        }
        if (shape instanceof Shape.RecordType r) {
            return CodeBlock.of("$T.INSTANCE", Poet.name(r.codec()));
        }
        if (shape instanceof Shape.UserCodec u) {
            return CodeBlock.of("$T.INSTANCE", Poet.name(u.codec()));
        }
        if (shape instanceof Shape.Polymorphic p) {
            return PolymorphicCodecs.codec(p);
        }
        if (shape instanceof Shape.OptionalOf o) {
            return CodeBlock.of("$T.optional($L)", RuntimeNames.CODECS, codec(o.element()));
        }
        if (shape instanceof Shape.ListOf l) {
            return CodeBlock.of("$T.list($L)", RuntimeNames.CODECS, codec(l.element()));
        }
        if (shape instanceof Shape.SetOf s) {
            return CodeBlock.of("$T.set($L)", RuntimeNames.CODECS, codec(s.element()));
        }
        if (shape instanceof Shape.MapOf m) {
            CodeBlock key = mapKey(m.key());
            return key == null
                    ? CodeBlock.of("$T.map($L)", RuntimeNames.CODECS, codec(m.value()))
                    : CodeBlock.of("$T.map($L, $L)", RuntimeNames.CODECS, key, codec(m.value()));
        }
        throw new IllegalArgumentException("no codec for " + shape);
    }

    /** The {@code MapKeys} expression for a map's key shape, or {@code null} for {@code String}, the plain map. */
    static CodeBlock mapKey(Shape key) {
        if (key instanceof Shape.Scalar s) {
            String constant =
                    s.value().mapKey().orElseThrow(() -> new IllegalArgumentException("not a map key: " + key));
            return constant.equals("STRING") ? null : CodeBlock.of("$T.$L", RuntimeNames.MAP_KEYS, constant);
        }
        if (key instanceof Shape.RecordType r) {
            // a '@JsonValue' record of a String: its codec holds its map keys
            return CodeBlock.of("$T.KEY", Poet.name(r.codec()));
        }
        if (key instanceof Shape.EnumType e && e.valueAccessor().isPresent()) {
            return CodeBlock.of(
                    "$T.enumKeyByValue($T.class, constant -> constant.$L)",
                    RuntimeNames.VALUE_CODECS,
                    Poet.type(e.type()),
                    e.valueAccessor().get());
        }
        if (key instanceof Shape.EnumType e) {
            CodeBlock.Builder call =
                    CodeBlock.builder().add("$T.enumOf($T.class", RuntimeNames.MAP_KEYS, Poet.type(e.type()));
            e.renamed().forEach((constant, text) -> call.add(",$W$S,$W$S", constant, text));
            return call.add(")").build();
        }
        throw new IllegalArgumentException("not a map key: " + key);
    }

    /**
     * A direct, inlinable call for the most common value types ({@code Scalars.writeString(out, value)}), or
     * {@code null} when the shape goes through its codec.
     */
    static CodeBlock staticWrite(Shape shape, String out, CodeBlock value) {
        return shape instanceof Shape.Scalar s
                ? s.value().fastPath().map(path -> write(path, out, value)).orElse(null)
                : null;
    }

    /**
     * The direct call on a {@code JsonWriter} for a primitive or a value type with a fast path ({@code
     * out.writeString(value)}): the writer has a method of the fast path's name for each; {@code null} when the shape
     * goes through its codec.
     */
    static CodeBlock utf8Write(Shape shape, String out, CodeBlock value) {
        return fastPath(shape)
                .map(f -> CodeBlock.of("$L.$L($L)", out, f.writeMethod(), value))
                .orElse(null);
    }

    /**
     * The direct call on a {@code JsonReader} for a primitive or a value type with a fast path ({@code
     * in.readString()}), or {@code null} when the shape goes through its codec.
     */
    static CodeBlock bytesRead(Shape shape, String in) {
        return fastPath(shape)
                .map(f -> CodeBlock.of("$L.$L()", in, f.bytesReadMethod()))
                .orElse(null);
    }

    /** The fast path of a primitive or a value type, if it has one. */
    private static java.util.Optional<ValueType.FastPath> fastPath(Shape shape) {
        return shape instanceof Shape.Primitive p
                ? primitive(p.type()).fastPath()
                : shape instanceof Shape.Scalar s ? s.value().fastPath() : java.util.Optional.empty();
    }

    /** The matching direct read ({@code Scalars.readString(in)}), or {@code null}. */
    static CodeBlock staticRead(Shape shape, String in) {
        return shape instanceof Shape.Scalar s
                ? s.value().fastPath().map(path -> read(path, in)).orElse(null)
                : null;
    }

    /** Whether the codec is built at class initialisation and so deserves a constant of its own. */
    static boolean needsConstant(Shape shape) {
        return shape instanceof Shape.EnumType
                || shape instanceof Shape.Polymorphic
                || shape instanceof Shape.OptionalOf
                || shape instanceof Shape.ListOf
                || shape instanceof Shape.SetOf
                || shape instanceof Shape.MapOf;
    }

    /** Writes a primitive {@code value} expression. */
    static CodeBlock writePrimitive(JavaType.Primitive type, String out, CodeBlock value) {
        return write(primitive(type).fastPath().orElseThrow(), out, value);
    }

    /** Reads a primitive from the parser. */
    static CodeBlock readPrimitive(JavaType.Primitive type, String in) {
        return read(primitive(type).fastPath().orElseThrow(), in);
    }

    private static ValueType primitive(JavaType.Primitive type) {
        return ValueTypes.named(type.keyword())
                .orElseThrow(() -> new IllegalArgumentException("not a registered primitive: " + type));
    }

    private static CodeBlock write(ValueType.FastPath path, String out, CodeBlock value) {
        return path.writeOwner()
                .map(owner -> CodeBlock.of(
                        "$T.$L($L, $L)", ClassName.get(RuntimeNames.KAFKA_GLUE, owner), path.writeMethod(), out, value))
                .orElseGet(() -> CodeBlock.of("$L.$L($L)", out, path.writeMethod(), value));
    }

    private static CodeBlock read(ValueType.FastPath path, String in) {
        return CodeBlock.of(
                "$T.$L($L)", ClassName.get(RuntimeNames.KAFKA_GLUE, path.readOwner()), path.readMethod(), in);
    }

    /**
     * The condition under which {@code value} is written, as {@code @JsonInclude} says, or {@code null} when it is
     * always written: not {@code null}, and for {@code NON_ABSENT} not an empty optional, and for {@code NON_EMPTY} not
     * an empty string or collection either.
     */
    static CodeBlock kept(Shape shape, Include include, CodeBlock value) {
        if (include == Include.ALWAYS || shape instanceof Shape.Primitive) {
            return null;
        }
        CodeBlock notNull = CodeBlock.of("$L != null", value);
        boolean optional = shape instanceof Shape.OptionalOf
                || (shape instanceof Shape.Scalar s && s.value().absent() == ValueType.Absent.EMPTY);
        if (include != Include.NON_NULL && optional) {
            return CodeBlock.of("$L && $L.isPresent()", notNull, value);
        }
        boolean sized = shape instanceof Shape.ListOf
                || shape instanceof Shape.SetOf
                || shape instanceof Shape.MapOf
                || (shape instanceof Shape.Scalar s && s.codec().equals("STRING"));
        if (include == Include.NON_EMPTY && sized) {
            return CodeBlock.of("$L && !$L.isEmpty()", notNull, value);
        }
        if (include == Include.NON_EMPTY
                && shape instanceof Shape.Scalar s
                && s.codec().equals("UUID")) {
            // Jackson 3's UUID serializer calls the nil UUID empty
            return CodeBlock.of(
                    "$L && ($L.getMostSignificantBits() != 0L || $L.getLeastSignificantBits() != 0L)",
                    notNull,
                    value,
                    value);
        }
        return notNull;
    }

    /**
     * The value of a component whose property is absent: as Jackson 3 reads it, except that a missing {@code List},
     * {@code Set} or {@code Map} is empty rather than {@code null}, so that an event that gains a collection (copied
     * with {@code List.copyOf} in its constructor) still reads its older messages. An explicit JSON {@code null} is
     * read by the codec and stays {@code null}.
     */
    static CodeBlock absent(Shape shape) {
        if (shape instanceof Shape.OptionalOf) {
            return CodeBlock.of("$T.empty()", ClassNames.OPTIONAL);
        }
        if (shape instanceof Shape.ListOf) {
            return CodeBlock.of("$T.of()", ClassNames.LIST);
        }
        if (shape instanceof Shape.SetOf) {
            return CodeBlock.of("$T.of()", ClassNames.SET);
        }
        if (shape instanceof Shape.MapOf) {
            return CodeBlock.of("$T.of()", ClassNames.MAP);
        }
        ValueType.Absent absent = ValueTypes.of(shape).map(ValueType::absent).orElse(ValueType.Absent.NULL);
        return switch (absent) {
            case NULL -> CodeBlock.of("null");
            case ZERO -> CodeBlock.of("0");
            case FALSE -> CodeBlock.of("false");
            case EMPTY -> CodeBlock.of("$T.empty()", Poet.type(shape.type()));
        };
    }
}
