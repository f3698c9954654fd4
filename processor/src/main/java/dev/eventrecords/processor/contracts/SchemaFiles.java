package dev.eventrecords.processor.contracts;

import dev.eventrecords.processor.model.EventModel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes each event's JSON Schema to the class output, {@code META-INF/eventrecords/schemas/<event type>.json}, so
 * that it ships in the user's jar; its originating elements are the event and the records it reaches.
 */
public final class SchemaFiles {

    private final Set<String> written = new HashSet<>();
    private JsonSchemas schemas;

    /**
     * Writes the event's schema. A second event of the same type gets none: the type names one schema, and the rules
     * report the clash (two members of a family with one type).
     */
    public void write(EventModel event, ProcessingEnvironment env) {
        if (schemas == null) {
            schemas = new JsonSchemas(env);
        }
        String path = JsonSchemas.path(event);
        if (!written.add(path)) {
            return;
        }
        try {
            FileObject file = env.getFiler()
                    .createResource(
                            StandardLocation.CLASS_OUTPUT,
                            "",
                            path,
                            JsonSchemas.origins(event).toArray(new Element[0]));
            try (OutputStream out = file.openOutputStream()) {
                out.write(schemas.bytes(event));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }
}
