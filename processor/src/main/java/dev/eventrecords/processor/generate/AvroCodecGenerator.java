package dev.eventrecords.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.eventrecords.processor.avro.AvroValue;
import dev.eventrecords.processor.model.ComponentModel;
import dev.eventrecords.processor.model.JavaName;
import dev.eventrecords.processor.model.RecordModel;
import dev.eventrecords.processor.model.Shape;
import dev.eventrecords.processor.model.ValueClass;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes an Avro event's binary codec, {@code XSerde.Avro implements AvroCodec<X>}, from the event's Avro form
 * ({@link AvroValue}), the same description its schema is written from: each field in the schema's order, {@code int},
 * {@code long}, {@code float}, {@code double}, {@code boolean} and a non-null {@code String} by direct calls, every
 * other part through a constant built once from the runtime's {@code AvroCodecs}. Each record the event reaches gets a
 * codec class nested in {@code Avro}, named by its nested name ({@code OrderPlaced_Line}); a record that holds itself
 * refers to its own class's {@code INSTANCE}, which each class declares first so that it is set before any constant
 * refers to it. No reflection, no {@code GenericRecord}.
 */
final class AvroCodecGenerator {

    static final ClassName AVRO_CODEC = ClassName.get(RuntimeNames.KAFKA_GLUE + ".avro", "AvroCodec");
    static final ClassName AVRO_CODECS = ClassName.get(RuntimeNames.KAFKA_GLUE + ".avro", "AvroCodecs");
    static final ClassName AVRO_WRITER = ClassName.get(RuntimeNames.KAFKA_GLUE + ".avro", "AvroWriter");
    static final ClassName AVRO_READER = ClassName.get(RuntimeNames.KAFKA_GLUE + ".avro", "AvroReader");

    /** The name of the codec nested in an Avro event's serde. */
    static final String NESTED_CODEC = "Avro";

    /** The direct calls for the value types Avro encodes as themselves. */
    private static final Map<String, String[]> DIRECT = Map.of(
            "int", new String[] {"writeInt", "readInt"},
            "long", new String[] {"writeLong", "readLong"},
            "float", new String[] {"writeFloat", "readFloat"},
            "double", new String[] {"writeDouble", "readDouble"},
            "boolean", new String[] {"writeBoolean", "readBoolean"},
            "java.lang.String", new String[] {"writeString", "readString"});

    private final ClassName root;
    private final Map<JavaName, ClassName> classes = new LinkedHashMap<>();
    private final List<AvroValue.RecordType> records = new ArrayList<>();

    private AvroCodecGenerator(ClassName root) {
        this.root = root;
    }

    /**
     * The codec class of an event's form.
     *
     * @param serde the event's serde, in which the codec is nested
     * @param form the event's Avro form
     */
    static TypeSpec codec(ClassName serde, AvroValue.RecordType form) {
        AvroCodecGenerator generator = new AvroCodecGenerator(serde.nestedClass(NESTED_CODEC));
        generator.collect(form);
        return generator.build();
    }

    /** Names a class for each record the form defines, the event's own as the root. */
    private void collect(AvroValue.RecordType form) {
        records.add(form);
        classes.put(form.type(), root);
        Set<String> taken = new HashSet<>();
        taken.add(NESTED_CODEC);
        List<AvroValue> pending = new ArrayList<>();
        form.fields().forEach(f -> pending.add(f.value()));
        while (!pending.isEmpty()) {
            AvroValue value = pending.remove(pending.size() - 1);
            if (value instanceof AvroValue.RecordType record) {
                String name = String.join("_", record.type().simpleNames());
                for (int i = 2; !taken.add(name); i++) {
                    name = String.join("_", record.type().simpleNames()) + i;
                }
                classes.put(record.type(), root.nestedClass(name));
                records.add(record);
                record.fields().forEach(f -> pending.add(f.value()));
            } else if (value instanceof AvroValue.OrNull orNull) {
                pending.add(orNull.present());
            } else if (value instanceof AvroValue.ArrayOf array) {
                pending.add(array.items());
            } else if (value instanceof AvroValue.MapOf map) {
                pending.add(map.values());
            } else if (value instanceof AvroValue.UnionOf union) {
                pending.addAll(union.variants());
            }
        }
    }

    private TypeSpec build() {
        TypeSpec.Builder codec = codecClass(records.get(0), true);
        for (AvroValue.RecordType record : records.subList(1, records.size())) {
            codec.addType(codecClass(record, false).build());
        }
        return codec.build();
    }

    private TypeSpec.Builder codecClass(AvroValue.RecordType form, boolean isRoot) {
        ClassName name = classes.get(form.type());
        TypeName record = Poet.name(form.type());
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addJavadoc(
                        "Writes and reads {@link $T} in Avro's binary encoding, under the schema's record '$L'.\n",
                        record,
                        form.namespace().isEmpty() ? form.name() : form.namespace() + "." + form.name())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(AVRO_CODEC, record))
                .addField(FieldSpec.builder(name, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc(
                                isRoot
                                        ? "The codec.\n"
                                        : "The codec; set first, so that a record that holds" + " itself finds it.\n")
                        .initializer("new $T()", name)
                        .build());
        Map<String, CodeBlock> constants = new LinkedHashMap<>();
        Set<String> names = new HashSet<>(Set.of("INSTANCE"));
        for (AvroValue.Field field : form.fields()) {
            if (direct(field.value()) == null) {
                String constant = constantName(field.component());
                for (int i = 2; !names.add(constant); i++) {
                    constant = constantName(field.component()) + "_" + i;
                }
                constants.put(field.component().name(), CodeBlock.of("$L", constant));
                type.addField(FieldSpec.builder(
                                ParameterizedTypeName.get(
                                        AVRO_CODEC,
                                        Poet.type(field.component().shape().type())
                                                .box()),
                                constant,
                                Modifier.PRIVATE,
                                Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer(codecOf(field.value(), field.component().shape()))
                        .build());
            }
        }
        return type.addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build())
                .addMethod(write(form, constants))
                .addMethod(read(form, constants));
    }

    private MethodSpec write(AvroValue.RecordType form, Map<String, CodeBlock> constants) {
        RecordModel record = form.record();
        MethodSpec.Builder method = MethodSpec.methodBuilder("write")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(AVRO_WRITER, "out")
                .addParameter(Poet.name(form.type()), "value");
        for (AvroValue.Field field : form.fields()) {
            ComponentModel c = field.component();
            CodeBlock get = CodeBlock.of("value.$L()", record.accessor(c));
            String[] direct = direct(field.value());
            if (direct != null) {
                method.addStatement("out.$L($L)", direct[0], get);
            } else {
                method.addStatement("$L.write(out, $L)", constants.get(c.name()), get);
            }
        }
        return method.build();
    }

    private MethodSpec read(AvroValue.RecordType form, Map<String, CodeBlock> constants) {
        RecordModel record = form.record();
        MethodSpec.Builder method = MethodSpec.methodBuilder("read")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(Poet.name(form.type()))
                .addParameter(AVRO_READER, "in");
        Map<String, String> locals = new LinkedHashMap<>();
        for (ComponentModel c : record.components()) {
            locals.put(c.name(), c.name().equals("in") ? "in_" : c.name());
        }
        Set<String> read = new HashSet<>();
        for (AvroValue.Field field : form.fields()) {
            ComponentModel c = field.component();
            String[] direct = direct(field.value());
            CodeBlock value = direct != null
                    ? CodeBlock.of("in.$L()", direct[1])
                    : CodeBlock.of("$L.read(in)", constants.get(c.name()));
            method.addStatement("$T $L = $L", Poet.type(c.shape().type()), locals.get(c.name()), value);
            read.add(c.name());
        }
        List<CodeBlock> args = new ArrayList<>();
        for (ComponentModel c : record.components()) {
            // a component Jackson never writes has no field: it takes the value JSON gives an absent property
            args.add(
                    read.contains(c.name())
                            ? CodeBlock.of("$L", locals.get(c.name()))
                            : CodecExpressions.absent(c.shape()));
        }
        CodeBlock joined = CodeBlock.join(args, ",$W");
        return method.addStatement(record.valueClass()
                        .flatMap(ValueClass::factory)
                        .map(f -> CodeBlock.of("return $T.$L($L)", Poet.name(form.type()), f, joined))
                        .orElseGet(() -> CodeBlock.of("return new $T($L)", Poet.name(form.type()), joined)))
                .build();
    }

    /** The direct write and read of a field, or {@code null} when it goes through a codec constant. */
    private static String[] direct(AvroValue value) {
        return value instanceof AvroValue.Scalar scalar
                ? DIRECT.get(scalar.type().name())
                : null;
    }

    /** An expression of type {@code AvroCodec<T>} for a form whose Java value has the given shape. */
    private CodeBlock codecOf(AvroValue value, Shape shape) {
        if (value instanceof AvroValue.Scalar scalar) {
            return CodeBlock.of("$T.$L", AVRO_CODECS, scalar.type().codec());
        }
        if (value instanceof AvroValue.OrNull orNull && orNull.present() instanceof AvroValue.UnionOf union) {
            return oneOf(true, union);
        }
        if (value instanceof AvroValue.UnionOf union) {
            return oneOf(false, union);
        }
        if (value instanceof AvroValue.OrNull orNull) {
            return switch (orNull.empty()) {
                case NULL -> CodeBlock.of("$T.orNull($L)", AVRO_CODECS, codecOf(orNull.present(), shape));
                case OPTIONAL ->
                    CodeBlock.of(
                            "$T.optional($L)",
                            AVRO_CODECS,
                            codecOf(orNull.present(), ((Shape.OptionalOf) shape).element()));
                case EMPTY_VALUE -> {
                    TypeName type = Poet.type(shape.type());
                    yield CodeBlock.of(
                            "$T.orEmpty($L, $T::isPresent, $T.empty())",
                            AVRO_CODECS,
                            codecOf(orNull.present(), shape),
                            type,
                            type);
                }
            };
        }
        if (value instanceof AvroValue.EnumType
                || (value instanceof AvroValue.Reference reference && !reference.isRecord())) {
            return CodeBlock.of("$T.enumOf($T.class)", AVRO_CODECS, Poet.type(shape.type()));
        }
        if (value instanceof AvroValue.RecordType record) {
            return CodeBlock.of("$T.INSTANCE", classes.get(record.type()));
        }
        if (value instanceof AvroValue.Reference reference) {
            return CodeBlock.of("$T.INSTANCE", classes.get(reference.type()));
        }
        if (value instanceof AvroValue.ArrayOf array) {
            return CodeBlock.of(
                    "$T.$L($L)",
                    AVRO_CODECS,
                    array.set() ? "set" : "list",
                    codecOf(array.items(), Shape.contained(shape)));
        }
        if (value instanceof AvroValue.MapOf map) {
            CodeBlock key = CodecExpressions.mapKey(map.key());
            return CodeBlock.of(
                    "$T.map($L, $L)",
                    AVRO_CODECS,
                    key != null ? key : CodeBlock.of("$T.STRING", RuntimeNames.MAP_KEYS),
                    codecOf(map.values(), ((Shape.MapOf) shape).value()));
        }
        throw new IllegalArgumentException("no Avro codec for " + value);
    }

    /** A sealed interface's union: each variant's class and codec, in the union's order. */
    private CodeBlock oneOf(boolean nullable, AvroValue.UnionOf union) {
        List<CodeBlock> types = new ArrayList<>();
        List<CodeBlock> codecs = new ArrayList<>();
        for (int i = 0; i < union.variants().size(); i++) {
            Shape variant = union.shape().variants().get(i).shape();
            types.add(CodeBlock.of("$T.class", Poet.type(variant.type())));
            codecs.add(codecOf(union.variants().get(i), variant));
        }
        return CodeBlock.of(
                "$T.<$T>oneOf($L,$W$T.of($L),$W$T.of($L))",
                AVRO_CODECS,
                Poet.type(union.shape().type()),
                nullable,
                ClassNames.LIST,
                CodeBlock.join(types, ",$W"),
                ClassNames.LIST,
                CodeBlock.join(codecs, ",$W"));
    }

    private static String constantName(ComponentModel c) {
        // suffixed, so that no constant obscures a type of the same name ('UUID')
        return c.name().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT) + "_CODEC";
    }
}
