package dev.eventrecords.processor.contracts;

import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.model.Origins;
import dev.eventrecords.processor.output.Catalogue;
import dev.eventrecords.processor.output.GeneratedFile;
import dev.eventrecords.processor.output.Output;
import dev.eventrecords.processor.output.OutputContext;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * Writes the compilation's AsyncAPI 3.0 document, {@code META-INF/eventrecords/asyncapi.json}, to the class output
 * when processing is over, from every event generated in it, in the order of their names; its originating elements
 * are all of theirs.
 */
public final class AsyncApiOutput implements Output {

    public static final String PATH = "META-INF/eventrecords/asyncapi.json";

    @Override
    public List<GeneratedFile> catalogue(Catalogue catalogue, OutputContext context) {
        if (catalogue.events().isEmpty()) {
            return List.of();
        }
        List<EventModel> events = catalogue.events().stream()
                .sorted(Comparator.comparing(e -> e.element().getQualifiedName().toString()))
                .toList();
        Set<TypeElement> origins = new LinkedHashSet<>();
        events.forEach(e -> origins.addAll(Origins.ofEvent(e)));
        String text = JsonText.write(new AsyncApiDocument(new JsonSchemas(context.environment()))
                .document(
                        events,
                        context.options().asyncApiTitle(),
                        context.options().asyncApiVersion()));
        return List.of(GeneratedFile.resource(PATH, text, List.copyOf(origins)));
    }
}
