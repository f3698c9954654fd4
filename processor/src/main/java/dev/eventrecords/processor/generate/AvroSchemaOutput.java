package dev.eventrecords.processor.generate;

import dev.eventrecords.processor.avro.AvroSchema;
import dev.eventrecords.processor.avro.AvroSchemas;
import dev.eventrecords.processor.contracts.JsonSchemas;
import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.model.WireFormat;
import dev.eventrecords.processor.output.GeneratedFile;
import dev.eventrecords.processor.output.Output;
import dev.eventrecords.processor.output.OutputContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes each Avro event's schema to the class output, {@code META-INF/eventrecords/avro/<event type>.avsc}, so that it
 * ships in the user's jar and a baseline can keep it: the serde's {@code AVRO_SCHEMA}, and a final newline. A JSON event
 * has none.
 */
final class AvroSchemaOutput implements Output {

    private final Set<String> written = new HashSet<>();

    @Override
    public List<GeneratedFile> event(EventModel event, OutputContext context) {
        if (event.format() != WireFormat.AVRO || !written.add(AvroSchemas.path(event))) {
            return List.of();
        }
        AvroSchema schema = context.avroSchemas().of(event);
        return List.of(GeneratedFile.resource(
                AvroSchemas.path(event), schema.text().orElseThrow() + "\n", JsonSchemas.origins(event)));
    }
}
