package dev.eventrecords.processor.contracts;

import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.output.GeneratedFile;
import dev.eventrecords.processor.output.Output;
import dev.eventrecords.processor.output.OutputContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes each event's JSON Schema to the class output, {@code META-INF/eventrecords/schemas/<event type>.json}, so
 * that it ships in the user's jar; its originating elements are the event and the records and enums it reaches.
 */
public final class SchemaOutput implements Output {

    private final Set<String> written = new HashSet<>();
    private JsonSchemas schemas;

    /**
     * The event's schema. A second event of the same type gets none: the type names one schema, and the rules report
     * the clash (two members of a family with one type).
     */
    @Override
    public List<GeneratedFile> event(EventModel event, OutputContext context) {
        String path = JsonSchemas.path(event);
        if (!written.add(path)) {
            return List.of();
        }
        if (schemas == null) {
            schemas = new JsonSchemas(context.environment());
        }
        return List.of(GeneratedFile.resource(path, schemas.text(event), JsonSchemas.origins(event)));
    }
}
