package dev.eventrecords.processor.output;

import dev.eventrecords.processor.rules.ProcessorOptions;
import javax.annotation.processing.Filer;
import javax.lang.model.util.Elements;

/**
 * What an output may consult: the compilation's elements (to see what exists already, on the class path or from an
 * earlier round), the filer (to read what an earlier incremental compile wrote; outputs never write through it), and
 * the options.
 *
 * @param elements the compilation's elements
 * @param filer the filer, for reading only
 * @param options the processor's options
 */
public record OutputContext(Elements elements, Filer filer, ProcessorOptions options) {

    /** Whether a class of this name exists in the compilation, on its class path or generated in an earlier round. */
    public boolean exists(String canonicalName) {
        return elements.getTypeElement(canonicalName) != null;
    }
}
