package dev.eventrecords.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A record that is carried as JSON: an event or a record nested in one.
 *
 * @param element the record's declaration
 * @param className the record's name
 * @param codec the generated codec's name ({@code Outer_InnerJsonCodec})
 * @param components the components in declaration order, which is also the JSON property order
 */
public record RecordModel(TypeElement element, JavaName className, JavaName codec, List<ComponentModel> components) {

    public RecordModel {
        components = List.copyOf(components);
    }
}
