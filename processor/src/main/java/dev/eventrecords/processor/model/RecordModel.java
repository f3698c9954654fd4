package dev.eventrecords.processor.model;

import java.util.ArrayList;
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

    /**
     * The components in the order Jackson 3 writes their properties: declaration order, except that a read-only
     * component with a name of its own ({@code @JsonProperty(value = "total", access = READ_ONLY)}) comes after all the
     * others. Jackson 3 drops such a property from the record's constructor, so it becomes a property of the accessor
     * alone, and those follow the constructor's properties; read-only under its own name, it stays in place.
     */
    public List<ComponentModel> writeOrder() {
        List<ComponentModel> order = new ArrayList<>();
        List<ComponentModel> last = new ArrayList<>();
        for (ComponentModel c : components) {
            boolean detached = c.property().written()
                    && !c.property().read()
                    && !c.property().name().equals(c.name());
            (detached ? last : order).add(c);
        }
        order.addAll(last);
        return List.copyOf(order);
    }
}
