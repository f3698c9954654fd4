package dev.eventrecords.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.eventrecords.processor.model.ComponentModel;
import dev.eventrecords.processor.model.RecordModel;
import dev.eventrecords.processor.model.Shape;
import dev.eventrecords.processor.model.ValueRecord;
import javax.lang.model.element.Modifier;

/**
 * The {@code JsonCodec} of a {@code @JsonValue} record: it writes the component's value alone and reads it back as
 * Jackson 3's delegating creator does, JSON {@code null} as a {@code null} record, then calls the canonical constructor
 * or the {@code @JsonCreator} factory. {@link CodecGenerator} writes it in place of an object codec, under the same
 * name, so every codec that holds such a record calls it as any other record's.
 */
final class ValueRecordCodec {

    private static final ClassName MAP_KEY = ClassName.get(RuntimeNames.KAFKA_GLUE, "MapKey");

    /** The holder of a codec that reaches another generated codec, as {@link CodecGenerator} has it. */
    private static final String REACHED = "Reached";

    private ValueRecordCodec() {}

    static TypeSpec codec(RecordModel record, ValueRecord value, boolean nested) {
        ClassName codec = Poet.name(record.codec());
        ClassName type = Poet.name(record.className());
        ComponentModel component = value.component();
        TypeSpec.Builder spec = TypeSpec.classBuilder(codec)
                .addJavadoc(
                        "Writes and reads {@link $T} as JSON, byte-for-byte as Jackson's default mapper: as the value"
                                + " of its {@code @JsonValue} component {@code $L} alone.\n",
                        type,
                        component.name());
        if (nested) {
            spec.addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        } else {
            spec.addAnnotation(SourceFile.generated(record.element())).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        }
        spec.addSuperinterface(ParameterizedTypeName.get(RuntimeNames.JSON_CODEC, type))
                .addField(FieldSpec.builder(codec, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The codec; stateless and thread-safe.\n")
                        .initializer("new $T()", codec)
                        .build());
        Shape shape = component.shape();
        CodeBlock valueCodec = null;
        boolean direct = shape instanceof Shape.Primitive
                || CodecExpressions.staticWrite(shape, "out", CodeBlock.of("v")) != null;
        if (!direct) {
            if (CodecExpressions.needsConstant(shape) || reachesRecord(shape)) {
                FieldSpec field = FieldSpec.builder(
                                ParameterizedTypeName.get(RuntimeNames.JSON_CODEC, Poet.type(shape.type())),
                                "VALUE",
                                Modifier.PRIVATE,
                                Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer(CodecExpressions.codec(shape))
                        .build();
                if (reachesRecord(shape)) {
                    // as in CodecGenerator: a codec's class initialiser never reaches another generated codec
                    spec.addType(TypeSpec.classBuilder(REACHED)
                            .addJavadoc("The value's codec, built on first use rather than with this codec's class, so"
                                    + " that codecs of records that refer to each other never deadlock.\n")
                            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                            .addField(field)
                            .addMethod(MethodSpec.constructorBuilder()
                                    .addModifiers(Modifier.PRIVATE)
                                    .build())
                            .build());
                    valueCodec = CodeBlock.of("$L.VALUE", REACHED);
                } else {
                    spec.addField(field);
                    valueCodec = CodeBlock.of("VALUE");
                }
            } else {
                valueCodec = CodecExpressions.codec(shape);
            }
        }
        if (value.reading() == ValueRecord.Reading.STRING) {
            // Jackson 3 writes a map key of this type as its value and reads it back through the creator
            spec.addField(FieldSpec.builder(
                            ParameterizedTypeName.get(MAP_KEY, type),
                            "KEY",
                            Modifier.PUBLIC,
                            Modifier.STATIC,
                            Modifier.FINAL)
                    .addJavadoc("Its map keys: its value, read back through its creator.\n")
                    .initializer(
                            "$T.keyOf($S, $T::$L, $L)",
                            RuntimeNames.VALUE_CODECS,
                            record.className().nestedName(),
                            type,
                            component.name(),
                            value.factory()
                                    .map(f -> CodeBlock.of("$T::$L", type, f))
                                    .orElseGet(() -> CodeBlock.of("$T::new", type)))
                    .build());
        }
        return spec.addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build())
                .addMethod(write(type, component, valueCodec))
                .addMethod(read(record, type, value, valueCodec))
                .build();
    }

    private static MethodSpec write(ClassName type, ComponentModel component, CodeBlock valueCodec) {
        CodeBlock get = CodeBlock.of("value.$L()", component.name());
        Shape shape = component.shape();
        CodeBlock write;
        if (shape instanceof Shape.Primitive p) {
            write = CodecExpressions.writePrimitive(p.type(), "out", get);
        } else if (valueCodec == null) {
            write = CodecExpressions.staticWrite(shape, "out", get);
        } else {
            write = CodeBlock.of("$L.write(out, $L)", valueCodec, get);
        }
        return MethodSpec.methodBuilder("write")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(RuntimeNames.JSON_GENERATOR, "out")
                .addParameter(type, "value")
                .beginControlFlow("if (value == null)")
                .addStatement("out.writeNull()")
                .addStatement("return")
                .endControlFlow()
                .addStatement(write)
                .build();
    }

    private static MethodSpec read(RecordModel record, ClassName type, ValueRecord value, CodeBlock valueCodec) {
        String name = record.className().nestedName();
        Shape shape = value.component().shape();
        CodeBlock read = switch (value.reading()) {
            case STRING -> CodeBlock.of("$T.readString(in, $S)", RuntimeNames.VALUE_CODECS, name);
            case INT -> CodeBlock.of("$T.readInt(in, $S)", RuntimeNames.VALUE_CODECS, name);
            case LONG -> CodeBlock.of("$T.readLong(in, $S)", RuntimeNames.VALUE_CODECS, name);
            default ->
                shape instanceof Shape.Primitive p
                        ? CodecExpressions.readPrimitive(p.type(), "in")
                        : valueCodec == null
                                ? CodecExpressions.staticRead(shape, "in")
                                : CodeBlock.of("$L.read(in)", valueCodec);
        };
        CodeBlock create = value.factory()
                .map(f -> CodeBlock.of("$T.$L(read)", type, f))
                .orElseGet(() -> CodeBlock.of("new $T(read)", type));
        return MethodSpec.methodBuilder("read")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addParameter(RuntimeNames.JSON_PARSER, "in")
                .beginControlFlow("if (in.currentToken() == $T.VALUE_NULL)", RuntimeNames.JSON_TOKEN)
                .addComment("Jackson 3 reads null as a null record, without calling its creator")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("$T read = $L", Poet.type(shape.type()), read)
                .beginControlFlow("try")
                .addStatement("return $L", create)
                // Whatever the user's constructor throws (an AssertionError too) is a verdict on the value read.
                .nextControlFlow("catch ($T e)", Throwable.class)
                .addStatement("throw $T.rejected($S, e)", RuntimeNames.EVENT_READ_EXCEPTION, name)
                .endControlFlow()
                .build();
    }

    private static boolean reachesRecord(Shape shape) {
        for (Shape s = shape; s != null; s = Shape.contained(s)) {
            if (s instanceof Shape.RecordType) {
                return true;
            }
        }
        return false;
    }
}
