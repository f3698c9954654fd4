package dev.eventrecords.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.eventrecords.processor.avro.AvroSchema;
import dev.eventrecords.processor.avro.AvroSchemas;
import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.model.Origins;
import dev.eventrecords.processor.model.WireFormat;
import dev.eventrecords.processor.output.GeneratedFile;
import dev.eventrecords.processor.output.Output;
import dev.eventrecords.processor.output.OutputContext;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code XSerde}: a Kafka {@code Serde<X>} with a public no-arg constructor, whose nested {@code Serializer}
 * and {@code Deserializer} have public no-arg constructors too, so each can be named in Kafka client properties. The
 * event's codec is nested in it too, {@code XSerde.Codec}, so that an event costs the build three files, not four.
 */
public final class SerdeGenerator implements Output {

    private final CodecGenerator codecs = new CodecGenerator();

    @Override
    public List<GeneratedFile> event(EventModel event, OutputContext context) {
        TypeSpec serde;
        if (event.format() == WireFormat.AVRO) {
            serde = avroSerde(event, context.avroSchemas().of(event));
        } else {
            serde = serde(event);
        }
        return List.of(
                SourceFile.of(event.names().serde().packageName(), serde, event.element(), Origins.ofEvent(event)));
    }

    /**
     * The serde of an Avro event: its schema as a constant, its Avro codec nested as {@code XSerde.Avro}, the
     * serializer and deserializer those of a schema registry. Its JSON codec stays nested too, for code that reads
     * the event's JSON form.
     */
    TypeSpec avroSerde(EventModel event, AvroSchema schema) {
        ClassName serde = Poet.name(event.names().serde());
        ClassName serializer = serde.nestedClass("Serializer");
        ClassName deserializer = serde.nestedClass("Deserializer");
        ClassName avro = serde.nestedClass(AvroCodecGenerator.NESTED_CODEC);
        TypeName type = Poet.name(event.className());
        return TypeSpec.classBuilder(serde)
                .addJavadoc(
                        "The Kafka serde of {@link $T}: the event in Avro through a schema registry, under the schema"
                                + " {@link #AVRO_SCHEMA}.\n",
                        type)
                .addAnnotation(SourceFile.generated(event.element()))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeNames.EVENT_SERDE, type))
                .addField(eventTypeField(event))
                .addField(FieldSpec.builder(
                                ClassNames.STRING, "AVRO_SCHEMA", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The event's Avro schema, as written to {@code $L}.\n", AvroSchemas.path(event))
                        .initializer("$S", schema.text().orElseThrow())
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("super(new $T(), new $T())", serializer, deserializer)
                        .build())
                .addType(TypeSpec.classBuilder(serializer)
                        .addJavadoc(
                                "Writes {@link $T} through the schema registry of {@code schema.registry.url}; for"
                                        + " {@code value.serializer}.\n",
                                type)
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .superclass(ParameterizedTypeName.get(AVRO_EVENT_SERIALIZER, type))
                        .addMethod(MethodSpec.constructorBuilder()
                                .addModifiers(Modifier.PUBLIC)
                                .addStatement(avroSerializerSuper(event, avro))
                                .build())
                        .build())
                .addType(TypeSpec.classBuilder(deserializer)
                        .addJavadoc(
                                "Reads {@link $T} through the schema registry of {@code schema.registry.url}; for"
                                        + " {@code value.deserializer}.\n",
                                type)
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .superclass(ParameterizedTypeName.get(AVRO_EVENT_DESERIALIZER, type))
                        .addMethod(MethodSpec.constructorBuilder()
                                .addModifiers(Modifier.PUBLIC)
                                .addStatement("super($T.INSTANCE, EVENT_TYPE, AVRO_SCHEMA)", avro)
                                .build())
                        .build())
                .addType(AvroCodecGenerator.codec(serde, schema.form().orElseThrow()))
                .addType(codecs.codec(event.record(), true))
                .build();
    }

    /**
     * The Avro serializer's {@code super} call: a family member's format registers under its topic and record, since
     * the family's members share a topic and each evolves apart.
     */
    private static CodeBlock avroSerializerSuper(EventModel event, ClassName avro) {
        return event.family().isPresent()
                ? CodeBlock.of(
                        "super(new $T<>($T.INSTANCE, EVENT_TYPE, AVRO_SCHEMA).inFamily(), EVENT_TYPE, $L)",
                        FamilyGenerator.AVRO_FORMAT,
                        avro,
                        EventTimeFunction.of(event))
                : CodeBlock.of("super($T.INSTANCE, EVENT_TYPE, AVRO_SCHEMA, $L)", avro, EventTimeFunction.of(event));
    }

    private static FieldSpec eventTypeField(EventModel event) {
        return FieldSpec.builder(ClassNames.STRING, "EVENT_TYPE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The event's logical type, written to the {@code ce_type} header.\n")
                .initializer("$S", event.type())
                .build();
    }

    static final ClassName AVRO_EVENT_SERIALIZER =
            ClassName.get(RuntimeNames.KAFKA_GLUE + ".avro", "AvroEventSerializer");
    static final ClassName AVRO_EVENT_DESERIALIZER =
            ClassName.get(RuntimeNames.KAFKA_GLUE + ".avro", "AvroEventDeserializer");

    TypeSpec serde(EventModel event) {
        ClassName serde = Poet.name(event.names().serde());
        ClassName serializer = serde.nestedClass("Serializer");
        ClassName deserializer = serde.nestedClass("Deserializer");
        return TypeSpec.classBuilder(serde)
                .addJavadoc("The Kafka serde of {@link $T}: the event as UTF-8 JSON.\n", Poet.name(event.className()))
                .addAnnotation(SourceFile.generated(event.element()))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeNames.EVENT_SERDE, Poet.name(event.className())))
                .addField(eventTypeField(event))
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("super(new $T(), new $T())", serializer, deserializer)
                        .build())
                .addType(TypeSpec.classBuilder(serializer)
                        .addJavadoc("Writes {@link $T}; for {@code value.serializer}.\n", Poet.name(event.className()))
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .superclass(
                                ParameterizedTypeName.get(RuntimeNames.EVENT_SERIALIZER, Poet.name(event.className())))
                        .addMethod(MethodSpec.constructorBuilder()
                                .addModifiers(Modifier.PUBLIC)
                                .addStatement(
                                        "super($T.INSTANCE, EVENT_TYPE, $L)",
                                        Poet.name(event.names().codec()),
                                        EventTimeFunction.of(event))
                                .build())
                        .build())
                .addType(TypeSpec.classBuilder(deserializer)
                        .addJavadoc("Reads {@link $T}; for {@code value.deserializer}.\n", Poet.name(event.className()))
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .superclass(ParameterizedTypeName.get(
                                RuntimeNames.EVENT_DESERIALIZER, Poet.name(event.className())))
                        .addMethod(MethodSpec.constructorBuilder()
                                .addModifiers(Modifier.PUBLIC)
                                .addStatement(
                                        "super($T.INSTANCE, EVENT_TYPE)",
                                        Poet.name(event.names().codec()))
                                .build())
                        .build())
                .addType(codecs.codec(event.record(), true))
                .build();
    }
}
