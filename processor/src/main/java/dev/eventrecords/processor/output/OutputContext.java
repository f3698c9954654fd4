package dev.eventrecords.processor.output;

import dev.eventrecords.processor.avro.AvroSchemas;
import dev.eventrecords.processor.rules.ProcessorOptions;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.util.Elements;

/**
 * What an output may consult: the compilation's environment (its elements, to see what exists already, on the class
 * path or from an earlier round; its types and trees, to read declarations; its filer, to read what an earlier
 * incremental compile wrote: outputs never write through it) and the options.
 *
 * @param environment the compilation's processing environment
 * @param options the processor's options
 * @param avroSchemas the Avro schemas of the events, derived once for the rules and the outputs
 */
public record OutputContext(ProcessingEnvironment environment, ProcessorOptions options, AvroSchemas avroSchemas) {

    public Elements elements() {
        return environment.getElementUtils();
    }

    /** The filer, for reading only. */
    public Filer filer() {
        return environment.getFiler();
    }

    /** Whether a class of this name exists in the compilation, on its class path or generated in an earlier round. */
    public boolean exists(String canonicalName) {
        return elements().getTypeElement(canonicalName) != null;
    }
}
