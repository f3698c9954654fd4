package dev.eventrecords.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.model.FamilyModel;
import dev.eventrecords.processor.model.Origins;
import dev.eventrecords.processor.model.WireFormat;
import dev.eventrecords.processor.output.GeneratedFile;
import dev.eventrecords.processor.output.Output;
import dev.eventrecords.processor.output.OutputContext;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes the three classes of an {@code @EventFamily} {@code F}: {@code FSerde} (dispatching over the closed set of
 * members by {@code ce_type}), {@code FKeyExtractor} and {@code FTopic}.
 */
public final class FamilyGenerator implements Output {

    static final ClassName FAMILY_SERDE = ClassName.get(RuntimeNames.KAFKA_GLUE, "FamilySerde");
    static final ClassName FAMILY_MEMBER = ClassName.get(RuntimeNames.KAFKA_GLUE, "FamilyMember");
    static final ClassName FAMILY_BINDING = ClassName.get(RuntimeNames.KAFKA_GLUE, "FamilyBinding");
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName OBJECTS = ClassName.get("java.util", "Objects");

    @Override
    public List<GeneratedFile> family(FamilyModel family, OutputContext context) {
        String pkg = family.names().serde().packageName();
        List<TypeElement> origins = Origins.ofFamily(family);
        return List.of(
                SourceFile.of(pkg, serde(family), family.element(), origins),
                SourceFile.of(pkg, keyExtractor(family), family.element(), origins),
                SourceFile.of(pkg, binding(family), family.element(), origins));
    }

    /**
     * How a member's value is written: its JSON codec, or for an Avro family its Avro format, registered under its
     * topic and record ({@code AvroFormat.inFamily}) so that each member's schema evolves apart.
     */
    private static CodeBlock memberFormat(EventModel member) {
        ClassName serde = Poet.name(member.names().serde());
        if (member.format() == WireFormat.AVRO) {
            return CodeBlock.of(
                    "new $T<>($T.INSTANCE, $T.EVENT_TYPE, $T.AVRO_SCHEMA).inFamily()",
                    AVRO_FORMAT,
                    serde.nestedClass(AvroCodecGenerator.NESTED_CODEC),
                    serde,
                    serde);
        }
        return CodeBlock.of("$T.INSTANCE", Poet.name(member.names().codec()));
    }

    static final ClassName AVRO_FORMAT = ClassName.get(RuntimeNames.KAFKA_GLUE + ".avro", "AvroFormat");

    TypeSpec serde(FamilyModel family) {
        ClassName serde = Poet.name(family.names().serde());
        ClassName f = Poet.name(family.className());
        TypeName members = ParameterizedTypeName.get(LIST, ParameterizedTypeName.get(FAMILY_MEMBER, f));
        CodeBlock list = family.members().stream()
                .map(m -> CodeBlock.of(
                        "\n$T.<$T, $T>of($T.class, $T.EVENT_TYPE, $L, $L)",
                        FAMILY_MEMBER,
                        f,
                        Poet.name(m.className()),
                        Poet.name(m.className()),
                        Poet.name(m.names().serde()),
                        memberFormat(m),
                        EventTimeFunction.withRecordTimestamp(m)))
                .collect(CodeBlock.joining(","));
        return TypeSpec.classBuilder(serde)
                .addJavadoc(
                        "The Kafka serde of the event family {@link $T}: each member as its own $L, read by its"
                                + " {@code ce_type}.\n",
                        f,
                        family.ref().format() == WireFormat.AVRO ? "Avro, through a schema registry" : "JSON")
                .addAnnotation(SourceFile.generated(family.element()))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(FAMILY_SERDE, f))
                .addField(FieldSpec.builder(
                                ClassNames.STRING, "FAMILY_TYPE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The family's name.\n")
                        .initializer("$S", family.type())
                        .build())
                .addField(FieldSpec.builder(members, "MEMBERS", Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The closed set of members: a {@code ce_type} is only ever looked up here.\n")
                        .initializer("$T.of($>$L$<)", LIST, list)
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("super(FAMILY_TYPE, MEMBERS)")
                        .build())
                .addType(nested("Serializer", "FamilySerializer", "Writes", f))
                .addType(nested("Deserializer", "FamilyDeserializer", "Reads", f))
                .build();
    }

    private static TypeSpec nested(String name, String base, String verb, ClassName family) {
        return TypeSpec.classBuilder(name)
                .addJavadoc("$L the members of {@link $T}; for client properties.\n", verb, family)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(FAMILY_SERDE.nestedClass(base), family))
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("super(FAMILY_TYPE, MEMBERS)")
                        .build())
                .build();
    }

    TypeSpec keyExtractor(FamilyModel family) {
        TypeName key = keyType(family);
        MethodSpec.Builder method = MethodSpec.methodBuilder("key")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(key)
                .addParameter(Poet.name(family.className()), "event")
                .addStatement("$T.requireNonNull(event, $S)", OBJECTS, "event");
        for (EventModel member : family.members()) {
            method.beginControlFlow("if (event instanceof $T member)", Poet.name(member.className()));
            if (member.key().isPresent()) {
                method.addStatement("return member.$L()", member.key().get().name());
            } else {
                method.addStatement("return null");
            }
            method.endControlFlow();
        }
        method.addStatement(
                "throw new $T($S + event.getClass().getName())",
                IllegalArgumentException.class,
                "not a member of " + family.simpleName() + ": ");
        return TypeSpec.classBuilder(Poet.name(family.names().keyExtractor()))
                .addJavadoc("Reads the key of every member of {@link $T}.\n", Poet.name(family.className()))
                .addAnnotation(SourceFile.generated(family.element()))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(
                        ParameterizedTypeName.get(RuntimeNames.KEY_EXTRACTOR, Poet.name(family.className()), key))
                .addMethod(SourceFile.statelessConstructor("extractor"))
                .addMethod(method.build())
                .build();
    }

    TypeSpec binding(FamilyModel family) {
        return TypeSpec.classBuilder(Poet.name(family.names().topic()))
                .addJavadoc(
                        "Binds the event family {@link $T} to the Kafka topic {@code $L}.\n",
                        Poet.name(family.className()),
                        family.ref().topic())
                .addAnnotation(SourceFile.generated(family.element()))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(FAMILY_BINDING, keyType(family), Poet.name(family.className())))
                .addField(
                        FieldSpec.builder(ClassNames.STRING, "TOPIC", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                                .addJavadoc("The topic's name.\n")
                                .initializer("$S", family.ref().topic())
                                .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement(
                                "super(TOPIC, $T.FAMILY_TYPE, $T.class, $L, new $T(), new $T(), $T.MEMBERS, $L)",
                                Poet.name(family.names().serde()),
                                Poet.name(family.className()),
                                keySerde(family),
                                Poet.name(family.names().serde()),
                                Poet.name(family.names().keyExtractor()),
                                Poet.name(family.names().serde()),
                                TopicSpecs.of(family.ref().spec()))
                        .build())
                .build();
    }

    private static TypeName keyType(FamilyModel family) {
        List<EventModel> members = family.members();
        return members.isEmpty() ? ClassNames.VOID : KeyTypes.keyType(members.get(0));
    }

    private static CodeBlock keySerde(FamilyModel family) {
        List<EventModel> members = family.members();
        return members.isEmpty() ? CodeBlock.of("$T.Void()", RuntimeNames.SERDES) : KeyTypes.keySerde(members.get(0));
    }
}
