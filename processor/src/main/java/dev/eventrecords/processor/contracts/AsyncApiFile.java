package dev.eventrecords.processor.contracts;

import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.model.Origins;
import dev.eventrecords.processor.rules.Diagnostic;
import dev.eventrecords.processor.rules.ProcessorOptions;
import dev.eventrecords.processor.rules.RuleId;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the compilation's AsyncAPI 3.0 document, {@code META-INF/eventrecords/asyncapi.json}, to the class output
 * when processing is over, from every event generated in it; its originating elements are all of theirs.
 */
public final class AsyncApiFile {

    public static final String PATH = "META-INF/eventrecords/asyncapi.json";

    /**
     * Writes the document.
     *
     * @param events the canonical names of the events generated in this compilation
     * @param models reads an event's model in this round
     * @return an internal error when the document cannot be written, else nothing
     */
    public List<Diagnostic> write(
            Collection<String> events,
            Function<String, EventModel> models,
            ProcessingEnvironment env,
            ProcessorOptions options) {
        if (events.isEmpty()) {
            return List.of();
        }
        try {
            List<EventModel> read = new ArrayList<>();
            Set<Element> origins = new LinkedHashSet<>();
            for (String name : new TreeSet<>(events)) {
                EventModel model = models.apply(name);
                if (model != null) {
                    read.add(model);
                    origins.addAll(Origins.ofEvent(model));
                }
            }
            String text = JsonText.write(new AsyncApiDocument(new JsonSchemas(env))
                    .document(read, options.asyncApiTitle(), options.asyncApiVersion()));
            FileObject file = env.getFiler()
                    .createResource(StandardLocation.CLASS_OUTPUT, "", PATH, origins.toArray(new Element[0]));
            try (OutputStream out = file.openOutputStream()) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
            return List.of();
        } catch (IOException | RuntimeException e) {
            return List.of(Diagnostic.error(
                    RuleId.INTERNAL,
                    null,
                    "eventrecords cannot write the AsyncAPI document " + PATH + ": " + e + "; please report this"));
        }
    }
}
