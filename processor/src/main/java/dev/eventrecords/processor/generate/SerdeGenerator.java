package dev.eventrecords.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.model.Origins;
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
        return List.of(SourceFile.of(
                event.names().serde().packageName(), serde(event), event.element(), Origins.ofEvent(event)));
    }

    TypeSpec serde(EventModel event) {
        ClassName serde = Poet.name(event.names().serde());
        ClassName serializer = serde.nestedClass("Serializer");
        ClassName deserializer = serde.nestedClass("Deserializer");
        return TypeSpec.classBuilder(serde)
                .addJavadoc("The Kafka serde of {@link $T}: the event as UTF-8 JSON.\n", Poet.name(event.className()))
                .addAnnotation(SourceFile.generated(event.element()))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeNames.EVENT_SERDE, Poet.name(event.className())))
                .addField(FieldSpec.builder(
                                ClassNames.STRING, "EVENT_TYPE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The event's logical type, written to the {@code ce_type} header.\n")
                        .initializer("$S", event.type())
                        .build())
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
