package dev.eventrecords.processor.generate;

import dev.eventrecords.processor.contracts.AsyncApiOutput;
import dev.eventrecords.processor.contracts.SchemaOutput;
import dev.eventrecords.processor.output.Output;
import java.util.List;

/** Every output, in the order its files are written; a fresh set for each compilation. */
public final class Outputs {

    private Outputs() {}

    public static List<Output> all() {
        return List.of(
                new CodecGenerator(),
                new SerdeGenerator(),
                new KeyExtractorGenerator(),
                new TopicGenerator(),
                new SchemaOutput(),
                new AvroSchemaOutput(),
                new FamilyGenerator(),
                new ServiceFileGenerator(),
                new AsyncApiOutput());
    }
}
