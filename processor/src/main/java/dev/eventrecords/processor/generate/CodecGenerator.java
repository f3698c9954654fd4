package dev.eventrecords.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.eventrecords.processor.model.ComponentModel;
import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.model.GeneratedNames;
import dev.eventrecords.processor.model.Origins;
import dev.eventrecords.processor.model.RecordModel;
import dev.eventrecords.processor.model.Shape;
import dev.eventrecords.processor.model.ValueClass;
import dev.eventrecords.processor.model.ValueFormat;
import dev.eventrecords.processor.model.ValueRecord;
import dev.eventrecords.processor.output.GeneratedFile;
import dev.eventrecords.processor.output.Output;
import dev.eventrecords.processor.output.OutputContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code XJsonCodec}: the {@code JsonCodec} of one record, for events and the records nested in them. It
 * writes the components in declaration order with names encoded once, and reads properties in any order, ignoring
 * unknown ones and leaving absent ones {@code null}, zero or empty (a missing collection is empty). When the record's
 * constructor refuses the values read, the error names the components that were absent or null.
 */
public final class CodecGenerator implements Output {

    /** The codecs written in this compilation, by class name. */
    private final Set<String> written = new HashSet<>();

    /**
     * The codec of each record nested in the event that is not an event itself (an event's codec is nested in its
     * serde), each once per compilation. A codec that already exists (shipped in a library on the class path, with the
     * record) is used, not written again.
     */
    @Override
    public List<GeneratedFile> event(EventModel event, OutputContext context) {
        List<GeneratedFile> files = new ArrayList<>();
        for (RecordModel record : event.nested()) {
            String codec = record.codec().canonicalName();
            if (GeneratedNames.isEvent(record.element()) || written.contains(codec) || context.exists(codec)) {
                continue;
            }
            written.add(codec);
            files.add(SourceFile.of(
                    record.codec().packageName(),
                    codec(record, false),
                    record.element(),
                    Origins.ofRecord(record.element())));
        }
        return files;
    }

    /**
     * The codec class of a record: a top-level class, or a class nested in the event's serde ({@code nested}), which
     * carries no {@code @Generated} of its own.
     */
    TypeSpec codec(RecordModel record, boolean nested) {
        Optional<ValueRecord> value = ValueRecord.of(record);
        if (value.isPresent()) {
            return ValueRecordCodec.codec(record, value.get(), nested);
        }
        Naming naming = new Naming(record.components());
        TypeSpec.Builder type = TypeSpec.classBuilder(Poet.name(record.codec()))
                .addJavadoc(
                        "Writes and reads {@link $T} as JSON, byte-for-byte as Jackson's default mapper.\n",
                        Poet.name(record.className()));
        if (nested) {
            type.addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        } else {
            type.addAnnotation(SourceFile.generated(record.element())).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        }
        type.addSuperinterface(ParameterizedTypeName.get(RuntimeNames.JSON_CODEC, Poet.name(record.className())));
        type.addField(FieldSpec.builder(
                        Poet.name(record.codec()), "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The codec; stateless and thread-safe.\n")
                .initializer("new $T()", Poet.name(record.codec()))
                .build());
        for (ComponentModel c : record.components()) {
            if (!c.property().written()) {
                continue;
            }
            type.addField(FieldSpec.builder(
                            ArrayTypeName.of(com.palantir.javapoet.TypeName.BYTE),
                            naming.utf8Constant(c),
                            Modifier.PRIVATE,
                            Modifier.STATIC,
                            Modifier.FINAL)
                    .initializer(
                            "$T.name($S)",
                            RuntimeNames.JSON_WRITER,
                            c.property().name())
                    .build());
        }
        // A codec's class initialiser never reaches another generated codec: two records that refer to each other,
        // first used at once by two threads, would each hold its own class's initialisation lock and wait for the
        // other's. The codecs of components that hold records live in a holder class instead, initialised on the
        // first read or write, when this class is initialised already.
        TypeSpec.Builder reached = TypeSpec.classBuilder(Naming.REACHED)
                .addJavadoc("Codecs that reach other generated codecs, built on first use rather than with this codec's"
                        + " class, so that codecs of records that refer to each other never deadlock.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
        boolean anyReached = false;
        for (ComponentModel c : record.components()) {
            ValueFormat format = c.property().format();
            if (format.patterned() && (c.property().written() || c.property().read())) {
                // built once, as Jackson builds it once per property
                type.addField(FieldSpec.builder(
                                FormatExpressions.DATE_TIME_FORMATTER,
                                naming.formatConstant(c),
                                Modifier.PRIVATE,
                                Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer(FormatExpressions.formatter(format))
                        .build());
            }
        }
        for (ComponentModel c : record.components()) {
            if (Naming.needsConstant(c)
                    && (c.property().written() || c.property().read())) {
                FieldSpec field = FieldSpec.builder(
                                ParameterizedTypeName.get(
                                        RuntimeNames.JSON_CODEC,
                                        Poet.type(c.shape().type())),
                                naming.codecConstant(c),
                                Modifier.PRIVATE,
                                Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer(
                                c.property().format().applies()
                                        ? FormatExpressions.codec(
                                                c.shape(), c.property().format(), naming.formatConstant(c))
                                        : CodecExpressions.codec(c.shape()))
                        .build();
                if (Naming.reachesRecord(c.shape())) {
                    reached.addField(field);
                    anyReached = true;
                } else {
                    type.addField(field);
                }
            }
        }
        if (anyReached) {
            type.addType(reached.addMethod(MethodSpec.constructorBuilder()
                            .addModifiers(Modifier.PRIVATE)
                            .build())
                    .build());
        }
        // Declared in this order: NAMES and INDEX are built from PROPERTIES.
        type.addField(FieldSpec.builder(
                                ArrayTypeName.of(ClassNames.STRING),
                                "PROPERTIES",
                                Modifier.PRIVATE,
                                Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer(
                                "{$L}",
                                record.components().stream()
                                        .map(c ->
                                                CodeBlock.of("$S", c.property().name()))
                                        .collect(CodeBlock.joining(", ")))
                        .build())
                .addField(FieldSpec.builder(
                                ArrayTypeName.of(RuntimeNames.SERIALIZABLE_STRING),
                                "NAMES",
                                Modifier.PRIVATE,
                                Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer("$T.names(PROPERTIES)", RuntimeNames.JSON)
                        .build())
                .addField(namesByComponent(
                        record,
                        RuntimeNames.JSON_READER_NAMES,
                        "READ_NAMES",
                        names -> CodeBlock.of("$T.names($L)", RuntimeNames.JSON_READER, names),
                        naming::utf8Constant))
                .addField(FieldSpec.builder(
                                RuntimeNames.PROPERTY_INDEX, "INDEX", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer(index(record))
                        .build());
        return type.addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build())
                .addMethod(write(record, naming))
                .addMethod(writeUtf8(record, naming))
                .addMethod(read(record, naming))
                .addMethod(readBytes(record, naming))
                .build();
    }

    /**
     * A field holding a name constant per component, by declaration index, {@code null} for a component that is not
     * written, the list wrapped as the field's type needs: in an array literal, or in {@code JsonReader.names(...)}.
     */
    private static FieldSpec namesByComponent(
            RecordModel record,
            com.palantir.javapoet.TypeName type,
            String field,
            java.util.function.UnaryOperator<CodeBlock> wrap,
            java.util.function.Function<ComponentModel, String> constant) {
        CodeBlock names = record.components().stream()
                .map(c -> c.property().written() ? CodeBlock.of("$L", constant.apply(c)) : CodeBlock.of("null"))
                .collect(CodeBlock.joining(", "));
        return FieldSpec.builder(type, field, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(wrap.apply(names))
                .build();
    }

    /** A {@code write} override's start: {@code null} written as {@code null}, else the object opened. */
    private static MethodSpec.Builder writeMethod(
            ClassName writer, RecordModel record, String out, String value, String startObject) {
        return MethodSpec.methodBuilder("write")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(writer, out)
                .addParameter(Poet.name(record.className()), value)
                .beginControlFlow("if ($L == null)", value)
                .addStatement("$L.writeNull()", out)
                .addStatement("return")
                .endControlFlow()
                .addStatement("$L.$L()", out, startObject);
    }

    private MethodSpec write(RecordModel record, Naming naming) {
        String out = naming.local("out");
        String value = naming.local("value");
        MethodSpec.Builder method = writeMethod(RuntimeNames.JSON_GENERATOR, record, out, value, "writeStartObject");
        for (ComponentModel c : record.writeOrder()) {
            if (!c.property().written()) {
                continue;
            }
            CodeBlock get = CodeBlock.of("$L.$L()", value, record.accessor(c));
            CodeBlock kept = CodecExpressions.kept(c.shape(), c.property().include(), CodeBlock.of("$L", c.name()));
            if (kept != null) {
                // the accessor is called once, as Jackson calls it, into a local named as the component
                method.addStatement("$T $L = $L", Poet.type(c.shape().type()), c.name(), get)
                        .beginControlFlow("if ($L)", kept);
                get = CodeBlock.of("$L", c.name());
            }
            method.addStatement("$L.writeName(NAMES[$L])", out, naming.position(c));
            CodeBlock direct =
                    c.property().format().applies() ? null : CodecExpressions.staticWrite(c.shape(), out, get);
            if (c.shape() instanceof Shape.Primitive p) {
                method.addStatement(CodecExpressions.writePrimitive(p.type(), out, get));
            } else if (direct != null) {
                method.addStatement(direct);
            } else {
                method.addStatement("$L.write($L, $L)", naming.codecOf(c), out, get);
            }
            if (kept != null) {
                method.endControlFlow();
            }
        }
        return method.addStatement("$L.writeEndObject()", out).build();
    }

    /**
     * The write straight to UTF-8 bytes, the serde's path: the same bytes as {@link #write}, names copied from bytes
     * encoded once with their comma, which is left out where the property is the first one written. Where that depends
     * on which properties {@code @JsonInclude} left out before, a local says whether anything was written yet.
     */
    private MethodSpec writeUtf8(RecordModel record, Naming naming) {
        String out = naming.local("out");
        String value = naming.local("value");
        String first = naming.local("first");
        MethodSpec.Builder method = writeMethod(RuntimeNames.JSON_WRITER, record, out, value, "startObject");
        List<ComponentModel> written =
                record.writeOrder().stream().filter(c -> c.property().written()).toList();
        // Whether something was written before each property: surely not, surely, or only known at run time.
        List<Boolean> kept = written.stream()
                .map(c ->
                        CodecExpressions.kept(c.shape(), c.property().include(), CodeBlock.of("$L", c.name())) != null)
                .toList();
        boolean local = false;
        boolean surely = false;
        for (int i = 0; i < written.size(); i++) {
            if (i > 0 && !surely) {
                local = true;
            }
            surely |= !kept.get(i);
        }
        if (local) {
            method.addStatement("boolean $L = true", first);
        }
        boolean any = false;
        surely = false;
        for (ComponentModel c : written) {
            CodeBlock get = CodeBlock.of("$L.$L()", value, record.accessor(c));
            CodeBlock keep = CodecExpressions.kept(c.shape(), c.property().include(), CodeBlock.of("$L", c.name()));
            if (keep != null) {
                method.addStatement("$T $L = $L", Poet.type(c.shape().type()), c.name(), get)
                        .beginControlFlow("if ($L)", keep);
                get = CodeBlock.of("$L", c.name());
            }
            String isFirst = surely ? "false" : any ? first : "true";
            method.addStatement("$L.name($L, $L)", out, naming.utf8Constant(c), isFirst);
            CodeBlock direct = c.property().format().applies() ? null : CodecExpressions.utf8Write(c.shape(), out, get);
            method.addStatement(
                    direct != null ? direct : CodeBlock.of("$L.write($L, $L)", naming.codecOf(c), out, get));
            if (local && !surely) {
                method.addStatement("$L = false", first);
            }
            if (keep != null) {
                method.endControlFlow();
            }
            any = true;
            surely |= keep == null;
        }
        return method.addStatement("$L.endObject()", out).build();
    }

    private MethodSpec read(RecordModel record, Naming naming) {
        String in = naming.local("in");
        String index = naming.local("index");
        String next = naming.local("next");
        String failure = naming.local("e");
        String object = naming.local("object");
        int count = record.components().size();
        int[] following = following(record);
        boolean uniform = uniform(record, following);
        // One bit per component whose property was read, so that a constructor's refusal can name the components
        // that were absent from the JSON.
        String[] present = new String[Math.max(1, (count + 63) / 64)];
        for (int w = 0; w < present.length; w++) {
            present[w] = naming.local(w == 0 ? "present" : "present" + w);
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder("read")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(Poet.name(record.className()))
                .addParameter(RuntimeNames.JSON_PARSER, in)
                .beginControlFlow("if (!$T.startObject($L))", RuntimeNames.JSON, in)
                .addStatement("return null")
                .endControlFlow();
        for (ComponentModel c : record.components()) {
            method.addStatement(
                    "$T $L = $L", Poet.type(c.shape().type()), c.name(), CodecExpressions.absent(c.shape()));
        }
        for (String word : present) {
            method.addStatement("long $L = 0L", word);
        }
        // A syntax error right after a value (as in "count":12x) is reported as that property's: the last index read,
        // which Json.nextProperty leaves as it was when it fails. It compares the name expected next first, as bytes.
        // The parser reads a number along with the name before it: a failure there belongs to the new name.
        method.addStatement("int $L = -1", index)
                .addStatement("$T $L = $L.streamReadContext()", RuntimeNames.TOKEN_STREAM_CONTEXT, object, in)
                .beginControlFlow("try")
                .addStatement("int $L = $L", next, following[count])
                .beginControlFlow(
                        "while (($L = $T.nextProperty($L, NAMES, $L, INDEX)) != $T.END_OF_OBJECT)",
                        index,
                        RuntimeNames.JSON,
                        in,
                        next,
                        RuntimeNames.JSON)
                .addStatement("$L.nextToken()", in)
                .beginControlFlow("switch ($L)", index);
        cases(
                method,
                record,
                following,
                uniform,
                next,
                "skipChildren",
                c -> {
                    CodeBlock direct =
                            c.property().format().applies() ? null : CodecExpressions.staticRead(c.shape(), in);
                    if (c.shape() instanceof Shape.Primitive p) {
                        return CodecExpressions.readPrimitive(p.type(), in);
                    }
                    return direct != null ? direct : CodeBlock.of("$L.read($L)", naming.codecOf(c), in);
                },
                bit -> CodeBlock.of("$L |= 1L << $L", present[bit / 64], bit % 64),
                in);
        method.endControlFlow();
        if (uniform) {
            method.addStatement("$L |= 1L << $L", present[0], index).addStatement("$L = $L + 1", next, index);
        }
        method.endControlFlow()
                .nextControlFlow("catch ($T $L)", ClassNames.RUNTIME_EXCEPTION, failure)
                .addStatement(
                        "throw $T.in($T.propertyAt($L, $L, $L >= 0 ? PROPERTIES[$L] : null), $L)",
                        RuntimeNames.EVENT_READ_EXCEPTION,
                        RuntimeNames.JSON,
                        in,
                        object,
                        index,
                        index,
                        failure)
                .endControlFlow();
        CodeBlock args = record.components().stream()
                .map(c -> CodeBlock.of("$L", c.name()))
                .collect(CodeBlock.joining(", "));
        return method.beginControlFlow("try")
                .addStatement(record.valueClass()
                        .flatMap(ValueClass::factory)
                        .map(f -> CodeBlock.of("return $T.$L($L)", Poet.name(record.className()), f, args))
                        .orElseGet(() -> CodeBlock.of("return new $T($L)", Poet.name(record.className()), args)))
                // Whatever the user's constructor throws (an AssertionError too) is a verdict on the values read.
                .nextControlFlow("catch ($T $L)", Throwable.class, failure)
                .addStatement(
                        "throw $T.rejected($S, $L,$WPROPERTIES,$Wnew $T[] {$L},$W$L)",
                        RuntimeNames.EVENT_READ_EXCEPTION,
                        record.className().nestedName(),
                        failure,
                        Object.class,
                        record.components().stream()
                                .map(c -> CodeBlock.of("$L", c.name()))
                                .collect(CodeBlock.joining(",$W")),
                        String.join(", ", present))
                .endControlFlow()
                .build();
    }

    /**
     * The read straight from UTF-8 bytes, the serde's first try: the same cases as {@link #read}, each value read by
     * the {@code JsonReader} method of its type's fast path or by its codec. Whatever is not the plain case (and any
     * failure, the constructor's too) makes the reader give up, and the payload is read again by {@link #read}, whose
     * errors are the ones reported; so this method has no error handling of its own.
     */
    private MethodSpec readBytes(RecordModel record, Naming naming) {
        String in = naming.local("in");
        String index = naming.local("index");
        String next = naming.local("next");
        int count = record.components().size();
        int[] following = following(record);
        boolean uniform = uniform(record, following);
        MethodSpec.Builder method = MethodSpec.methodBuilder("read")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(Poet.name(record.className()))
                .addParameter(RuntimeNames.JSON_READER, in)
                .beginControlFlow("if (!$L.startObject())", in)
                .addStatement("return null")
                .endControlFlow();
        for (ComponentModel c : record.components()) {
            method.addStatement(
                    "$T $L = $L", Poet.type(c.shape().type()), c.name(), CodecExpressions.absent(c.shape()));
        }
        method.beginControlFlow("if ($L.firstProperty())", in)
                .addStatement("int $L = $L", next, following[count])
                .beginControlFlow("do")
                .addStatement(
                        "int $L = $L < $L && $L.name(READ_NAMES, $L) ? $L : INDEX.of($L.name())",
                        index,
                        next,
                        count,
                        in,
                        next,
                        next,
                        in)
                .beginControlFlow("switch ($L)", index);
        cases(
                method,
                record,
                following,
                uniform,
                next,
                "skip",
                c -> {
                    CodeBlock direct =
                            c.property().format().applies() ? null : CodecExpressions.bytesRead(c.shape(), in);
                    return direct != null ? direct : CodeBlock.of("$L.read($L)", naming.codecOf(c), in);
                },
                bit -> null,
                in);
        method.endControlFlow();
        if (uniform) {
            method.addStatement("$L = $L + 1", next, index);
        }
        method.endControlFlow("while ($L.nextProperty())", in).endControlFlow();
        CodeBlock args = record.components().stream()
                .map(c -> CodeBlock.of("$L", c.name()))
                .collect(CodeBlock.joining(", "));
        return method.addStatement(record.valueClass()
                        .flatMap(ValueClass::factory)
                        .map(f -> CodeBlock.of("return $T.$L($L)", Poet.name(record.className()), f, args))
                        .orElseGet(() -> CodeBlock.of("return new $T($L)", Poet.name(record.className()), args)))
                .build();
    }

    /**
     * A read's cases, one per component whose property is read (by declaration index): the value read into the
     * component's local, {@code also} (when not {@code null}), the name expected next, then the default case, which
     * skips the value of an unknown property with the reader's {@code skip} method. The switch stays open. For a
     * {@link #uniform} record a case only reads and the default case continues the loop: what every case does alike
     * follows the switch, written by the caller.
     */
    private static void cases(
            MethodSpec.Builder method,
            RecordModel record,
            int[] following,
            boolean uniform,
            String next,
            String skip,
            java.util.function.Function<ComponentModel, CodeBlock> read,
            java.util.function.IntFunction<CodeBlock> also,
            String in) {
        List<ComponentModel> components = record.components();
        for (int i = 0; i < components.size(); i++) {
            ComponentModel c = components.get(i);
            if (!c.property().read()) {
                continue;
            }
            method.addCode("case $L:\n", i).addCode("$>").addStatement("$L = $L", c.name(), read.apply(c));
            CodeBlock extra = uniform ? null : also.apply(i);
            if (extra != null) {
                method.addStatement(extra);
            }
            if (!uniform && following[i] >= 0) {
                method.addStatement("$L = $L", next, following[i]);
            }
            method.addStatement("break").addCode("$<");
        }
        method.addCode("default:\n$>")
                .addStatement("$L.$L()", in, skip)
                .addStatement(uniform ? "continue" : "break")
                .addCode("$<");
    }

    /**
     * Whether a record has properties, all written and read, in declaration order, and fitting one word of presence
     * bits (at most 64): then each component's case only reads it, since after each the name expected next is the
     * following component's, and its presence bit is its index.
     */
    private static boolean uniform(RecordModel record, int[] following) {
        int count = record.components().size();
        if (count == 0 || count > 64 || following[count] != 0) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (!record.components().get(i).property().read() || following[i] != i + 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * For the read's fast path, which compares each name first with the one a writer like Jackson puts next: for
     * each component, by declaration index, the index of the component expected after it, {@code -1} when its
     * property is not written (its case leaves the expectation as it was); at {@code [count]}, the first expected.
     * Only properties both written and read are expected; {@code count} stands for none left.
     */
    private static int[] following(RecordModel record) {
        List<ComponentModel> components = record.components();
        int[] following = new int[components.size() + 1];
        Arrays.fill(following, -1);
        int previous = components.size();
        for (ComponentModel c : record.writeOrder()) {
            if (c.property().written() && c.property().read()) {
                int index = components.indexOf(c);
                following[previous] = index;
                previous = index;
            }
        }
        following[previous] = components.size();
        return following;
    }

    /**
     * The index of the names the codec reads, for properties out of declaration order: {@code Json.index(PROPERTIES)}
     * when every component is read under its own name only, else each name with its component.
     */
    private static CodeBlock index(RecordModel record) {
        // Jackson 3 reads a property's own name before another's alias that spells it the same
        Map<String, Integer> names = new LinkedHashMap<>();
        List<ComponentModel> components = record.components();
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i).property().read()) {
                names.putIfAbsent(components.get(i).property().name(), i);
            }
        }
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i).property().read()) {
                for (String alias : components.get(i).property().aliases()) {
                    names.putIfAbsent(alias, i);
                }
            }
        }
        // every component read under its own name only: the index of PROPERTIES, which keeps a repeated name's first
        if (components.stream()
                .allMatch(c -> c.property().read() && c.property().aliases().isEmpty())) {
            return CodeBlock.of("$T.index(PROPERTIES)", RuntimeNames.JSON);
        }
        return CodeBlock.of(
                "$T.index(new $T[] {$L},$Wnew int[] {$L})",
                RuntimeNames.JSON,
                ClassNames.STRING,
                names.keySet().stream().map(n -> CodeBlock.of("$S", n)).collect(CodeBlock.joining(",$W")),
                names.values().stream().map(i -> CodeBlock.of("$L", i)).collect(CodeBlock.joining(",$W")));
    }

    /** Names in one generated codec: constants per component, and locals that cannot clash with components. */
    private static final class Naming {
        /** The holder class of the codecs that reach other generated codecs. */
        static final String REACHED = "Reached";

        private final Set<String> components = new HashSet<>();
        private final Map<String, Integer> positions = new HashMap<>();
        private final Map<String, String> codecConstants = new LinkedHashMap<>();
        private final Map<String, String> utf8Constants = new LinkedHashMap<>();
        private final Map<String, String> formatConstants = new LinkedHashMap<>();

        Naming(List<ComponentModel> all) {
            Set<String> used = new HashSet<>(Set.of("INSTANCE", "NAMES", "READ_NAMES", "PROPERTIES", "INDEX"));
            for (ComponentModel c : all) {
                positions.put(c.name(), positions.size());
                components.add(c.name());
                codecConstants.put(c.name(), unique(upperSnake(c.name()), used));
                utf8Constants.put(c.name(), unique(upperSnake(c.name()) + "_UTF8", used));
            }
            for (ComponentModel c : all) {
                if (c.property().format().patterned()) {
                    formatConstants.put(c.name(), unique(upperSnake(c.name()) + "_FORMAT", used));
                }
            }
        }

        /** A component's declaration index: its place in {@code PROPERTIES} and {@code NAMES}. */
        int position(ComponentModel c) {
            return positions.get(c.name());
        }

        /** The constant of a property's name as the bytes {@code JsonWriter} copies. */
        String utf8Constant(ComponentModel c) {
            return utf8Constants.get(c.name());
        }

        String codecConstant(ComponentModel c) {
            return codecConstants.get(c.name());
        }

        /** The constant of the formatter of a component's pattern. */
        String formatConstant(ComponentModel c) {
            return formatConstants.get(c.name());
        }

        /** Whether a component's codec is built at class initialisation, in a constant of its own. */
        static boolean needsConstant(ComponentModel c) {
            return CodecExpressions.needsConstant(c.shape())
                    || c.property().format().applies();
        }

        CodeBlock codecOf(ComponentModel c) {
            if (!needsConstant(c)) {
                return CodecExpressions.codec(c.shape());
            }
            return reachesRecord(c.shape())
                    ? CodeBlock.of("$L.$L", REACHED, codecConstant(c))
                    : CodeBlock.of("$L", codecConstant(c));
        }

        /** Whether a shape's codec is, or holds, another generated codec. */
        static boolean reachesRecord(Shape shape) {
            for (Shape s = shape; s != null; s = Shape.contained(s)) {
                if (s instanceof Shape.RecordType
                        || (s instanceof Shape.Polymorphic p && PolymorphicCodecs.reachesRecord(p))) {
                    return true;
                }
            }
            return false;
        }

        /** A local variable or parameter name that no component uses. */
        String local(String base) {
            String name = base;
            while (components.contains(name)) {
                name = name + "_";
            }
            return name;
        }

        private static String unique(String name, Set<String> used) {
            String candidate = name;
            for (int i = 2; !used.add(candidate); i++) {
                candidate = name + "_" + i;
            }
            return candidate;
        }

        private static String upperSnake(String camel) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < camel.length(); i++) {
                char c = camel.charAt(i);
                if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(camel.charAt(i - 1))) {
                    sb.append('_');
                }
                sb.append(c);
            }
            return sb.toString().toUpperCase(Locale.ROOT);
        }
    }
}
