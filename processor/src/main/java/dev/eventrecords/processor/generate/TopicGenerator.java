package dev.eventrecords.processor.generate;

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
 * Writes {@code XTopic}: the event's {@code TopicBinding}, with a public no-arg constructor so that
 * {@code ServiceLoader} (and so {@code EventCatalog}) can create it.
 */
public final class TopicGenerator implements Output {

    @Override
    public List<GeneratedFile> event(EventModel event, OutputContext context) {
        return List.of(SourceFile.of(
                event.names().topic().packageName(), binding(event), event.element(), Origins.ofEvent(event)));
    }

    TypeSpec binding(EventModel event) {
        return TypeSpec.classBuilder(Poet.name(event.names().topic()))
                .addJavadoc(
                        "Binds {@link $T} to the Kafka topic {@code $L}.\n",
                        Poet.name(event.className()),
                        event.topic())
                .addAnnotation(SourceFile.generated(event.element()))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(
                        RuntimeNames.EVENT_BINDING, KeyTypes.keyType(event), Poet.name(event.className())))
                .addField(
                        FieldSpec.builder(ClassNames.STRING, "TOPIC", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                                .addJavadoc("The topic's name.\n")
                                .initializer("$S", event.topic())
                                .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement(
                                "super(TOPIC, $T.EVENT_TYPE, $T.class, $L, new $T(), new $T(), $L, $L)",
                                Poet.name(event.names().serde()),
                                Poet.name(event.className()),
                                KeyTypes.keySerde(event),
                                Poet.name(event.names().serde()),
                                Poet.name(event.names().keyExtractor()),
                                EventTimeFunction.withRecordTimestamp(event),
                                TopicSpecs.of(event.effectiveSpec()))
                        .build())
                .build();
    }
}
