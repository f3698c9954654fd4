package dev.eventrecords.processor.contracts;

import dev.eventrecords.processor.model.EventModel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes each event's JSON Schema to the class output, {@code META-INF/eventrecords/schemas/<event type>.json}, so
 * that it ships in the user's jar; its originating elements are the event and the records it reaches.
 */
public final class SchemaFiles {

    private JsonSchemas schemas;

    public void write(EventModel event, ProcessingEnvironment env) {
        if (schemas == null) {
            schemas = new JsonSchemas(env);
        }
        String path = JsonSchemas.path(event);
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
