package dev.eventrecords.processor.avro;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.eventrecords.processor.EventProcessor;
import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.model.ModelReader;
import dev.eventrecords.processor.model.Read;
import dev.eventrecords.processor.model.UserCodecs;
import dev.eventrecords.processor.rules.CodecRule;
import dev.eventrecords.processor.rules.ProcessorOptions;
import dev.eventrecords.processor.rules.RuleContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * A test-only processor that runs beside {@link EventProcessor} and derives the Avro schema of every {@code @Event}
 * record with {@link AvroSchemas}, from the same model the processor reads, until an {@code @Event(format)} member
 * puts the schemas in the class output.
 */
final class AvroProbe extends AbstractProcessor {

    private final Map<String, AvroSchema> schemas = new TreeMap<>();
    private final UserCodecs codecs = new UserCodecs();

    /** Compiles the sources with both processors and returns the schemas by event type. */
    static Result compile(List<JavaFileObject> sources) {
        return compile(List.of(), sources);
    }

    /** Compiles with these processor options too. */
    static Result compile(List<String> options, List<JavaFileObject> sources) {
        AvroProbe probe = new AvroProbe();
        List<String> all = new java.util.ArrayList<>(List.of("-Xlint:all"));
        all.addAll(options);
        Compilation compilation = Compiler.javac()
                .withProcessors(probe, new EventProcessor())
                .withOptions(all)
                .compile(sources);
        return new Result(compilation, Map.copyOf(probe.schemas));
    }

    record Result(Compilation compilation, Map<String, AvroSchema> schemas) {

        AvroSchema of(String type) {
            AvroSchema schema = schemas.get(type);
            if (schema == null) {
                throw new AssertionError("no event of type " + type + " among " + schemas.keySet());
            }
            return schema;
        }

        /** The schema text of an event that has one. */
        String text(String type) {
            AvroSchema schema = of(type);
            return schema.text()
                    .orElseThrow(() -> new AssertionError(type + " has no Avro schema: " + schema.problems()));
        }
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(ModelReader.EVENT, "dev.eventrecords.EventCodec");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        RuleContext context = new RuleContext(
                processingEnv,
                ProcessorOptions.parse(processingEnv.getOptions()).options());
        TypeElement codecMarker = processingEnv.getElementUtils().getTypeElement("dev.eventrecords.EventCodec");
        if (codecMarker != null) {
            for (Element codec : round.getElementsAnnotatedWith(codecMarker)) {
                new CodecRule()
                        .check((TypeElement) codec, codec, context)
                        .registration()
                        .ifPresent(codecs::register);
            }
        }
        TypeElement event = processingEnv.getElementUtils().getTypeElement(ModelReader.EVENT);
        if (event == null) {
            return false;
        }
        ModelReader reader = new ModelReader(processingEnv.getElementUtils(), codecs);
        AvroSchemas avro = new AvroSchemas(processingEnv);
        for (Element element : round.getElementsAnnotatedWith(event)) {
            if (element.getKind() == ElementKind.RECORD
                    && reader.read((TypeElement) element) instanceof Read.Ready<EventModel> ready) {
                schemas.put(ready.model().type(), avro.of(ready.model()));
            }
        }
        return false;
    }
}
