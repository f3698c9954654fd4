package dev.eventrecords.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.eventrecords.processor.model.Shape;

/** The Java expressions for a shape's codec, its primitive reads and writes, and its value when absent. */
final class CodecExpressions {

    private CodecExpressions() {}

    /** An expression of type {@code JsonCodec<T>} for a non-primitive shape. */
    static CodeBlock codec(Shape shape) {
        if (shape instanceof Shape.Scalar s) {
            return CodeBlock.of("$T.$L", RuntimeNames.CODECS, s.codec());
        }
        if (shape instanceof Shape.EnumType e) {
            return CodeBlock.of("$T.enumOf($T.class)", RuntimeNames.CODECS, e.type());
        }
        if (shape instanceof Shape.RecordType r) {
            return CodeBlock.of("$T.INSTANCE", r.codec());
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
            return CodeBlock.of("$T.map($L)", RuntimeNames.CODECS, codec(m.value()));
        }
        throw new IllegalArgumentException("no codec for " + shape);
    }

    private static final java.util.Map<String, String> STATIC_SCALARS = java.util.Map.of(
            "STRING", "String",
            "INSTANT", "Instant",
            "UUID", "Uuid",
            "LOCAL_DATE", "LocalDate",
            "INTEGER", "Integer",
            "LONG", "Long",
            "DOUBLE", "Double",
            "BOOLEAN", "Boolean");

    /**
     * A direct, inlinable call for the most common value types ({@code Scalars.writeString(out, value)}), or
     * {@code null} when the shape goes through its codec.
     */
    static CodeBlock staticWrite(Shape shape, String out, CodeBlock value) {
        String suffix = shape instanceof Shape.Scalar s ? STATIC_SCALARS.get(s.codec()) : null;
        return suffix == null ? null : CodeBlock.of("$T.write$L($L, $L)", RuntimeNames.SCALARS, suffix, out, value);
    }

    /** The matching direct read ({@code Scalars.readString(in)}), or {@code null}. */
    static CodeBlock staticRead(Shape shape, String in) {
        String suffix = shape instanceof Shape.Scalar s ? STATIC_SCALARS.get(s.codec()) : null;
        return suffix == null ? null : CodeBlock.of("$T.read$L($L)", RuntimeNames.SCALARS, suffix, in);
    }

    /** Whether the codec is built at class initialisation and so deserves a constant of its own. */
    static boolean needsConstant(Shape shape) {
        return shape instanceof Shape.EnumType
                || shape instanceof Shape.OptionalOf
                || shape instanceof Shape.ListOf
                || shape instanceof Shape.SetOf
                || shape instanceof Shape.MapOf;
    }

    /** Writes a primitive {@code value} expression. */
    static CodeBlock writePrimitive(TypeName type, String out, CodeBlock value) {
        if (type.equals(TypeName.BOOLEAN)) {
            return CodeBlock.of("$L.writeBoolean($L)", out, value);
        }
        if (type.equals(TypeName.CHAR)) {
            return CodeBlock.of("$T.writeChar($L, $L)", RuntimeNames.JSON, out, value);
        }
        return CodeBlock.of("$L.writeNumber($L)", out, value);
    }

    /** Reads a primitive from the parser. */
    static CodeBlock readPrimitive(TypeName type, String in) {
        String method;
        if (type.equals(TypeName.BOOLEAN)) {
            method = "readBoolean";
        } else if (type.equals(TypeName.BYTE)) {
            method = "readByte";
        } else if (type.equals(TypeName.SHORT)) {
            method = "readShort";
        } else if (type.equals(TypeName.INT)) {
            method = "readInt";
        } else if (type.equals(TypeName.LONG)) {
            method = "readLong";
        } else if (type.equals(TypeName.FLOAT)) {
            method = "readFloat";
        } else if (type.equals(TypeName.DOUBLE)) {
            method = "readDouble";
        } else {
            method = "readChar";
        }
        return CodeBlock.of("$T.$L($L)", RuntimeNames.JSON, method, in);
    }

    /** The value of a component whose property is absent. */
    static CodeBlock absent(Shape shape) {
        if (shape instanceof Shape.Primitive p) {
            return CodeBlock.of(p.type().equals(TypeName.BOOLEAN) ? "false" : "0");
        }
        if (shape instanceof Shape.OptionalOf) {
            return CodeBlock.of("$T.empty()", ClassNames.OPTIONAL);
        }
        if (shape instanceof Shape.Scalar s && s.codec().startsWith("OPTIONAL_")) {
            return CodeBlock.of("$T.empty()", s.type());
        }
        return CodeBlock.of("null");
    }
}
