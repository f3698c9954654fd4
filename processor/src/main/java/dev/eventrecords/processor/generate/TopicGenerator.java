package dev.eventrecords.processor.generate;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.model.Origins;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code XTopic}: the event's {@code TopicBinding}, with a public no-arg constructor so that
 * {@code ServiceLoader} (and so {@code EventCatalog}) can create it.
 */
public final class TopicGenerator {

    public void generate(EventModel event, Filer filer) {
        SourceFile.write(
                filer, event.names().topic().packageName(), binding(event), event.element(), Origins.ofEvent(event));
    }

    TypeSpec binding(EventModel event) {
        return TypeSpec.classBuilder(event.names().topic())
                .addJavadoc("Binds {@link $T} to the Kafka topic {@code $L}.\n", event.className(), event.topic())
                .addAnnotation(SourceFile.generated(event.element()))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(
                        RuntimeNames.EVENT_BINDING, KeyTypes.keyType(event), event.className()))
                .addField(
                        FieldSpec.builder(ClassNames.STRING, "TOPIC", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                                .addJavadoc("The topic's name.\n")
                                .initializer("$S", event.topic())
                                .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement(
                                "super(TOPIC, $T.EVENT_TYPE, $T.class, $L, new $T(), new $T(), $L, $L)",
                                event.names().serde(),
                                event.className(),
                                KeyTypes.keySerde(event),
                                event.names().serde(),
                                event.names().keyExtractor(),
                                EventTimeFunction.withRecordTimestamp(event),
                                TopicSpecs.of(event.effectiveSpec()))
                        .build())
                .build();
    }
}
