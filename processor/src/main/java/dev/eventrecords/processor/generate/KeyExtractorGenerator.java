package dev.eventrecords.processor.generate;

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

/** Writes {@code XKeyExtractor}: the {@code @Key} component, or {@code null} for a keyless event. */
public final class KeyExtractorGenerator implements Output {

    @Override
    public List<GeneratedFile> event(EventModel event, OutputContext context) {
        return List.of(SourceFile.of(
                event.names().keyExtractor().packageName(), extractor(event), event.element(), Origins.ofEvent(event)));
    }

    TypeSpec extractor(EventModel event) {
        MethodSpec.Builder key = MethodSpec.methodBuilder("key")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(KeyTypes.keyType(event))
                .addParameter(Poet.name(event.className()), "event");
        if (event.key().isPresent()) {
            key.addStatement("return event.$L()", event.key().get().name());
        } else {
            key.addStatement("return null");
        }
        return TypeSpec.classBuilder(Poet.name(event.names().keyExtractor()))
                .addJavadoc(
                        event.key().isPresent()
                                ? "Reads the key of {@link $T}: its {@code $L} component.\n"
                                : "The key of {@link $T}, which has none: always {@code null}.$L\n",
                        Poet.name(event.className()),
                        event.key().map(k -> k.name()).orElse(""))
                .addAnnotation(SourceFile.generated(event.element()))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(
                        RuntimeNames.KEY_EXTRACTOR, Poet.name(event.className()), KeyTypes.keyType(event)))
                .addMethod(SourceFile.statelessConstructor("extractor"))
                .addMethod(key.build())
                .build();
    }
}
