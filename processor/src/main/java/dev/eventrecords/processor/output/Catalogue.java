package dev.eventrecords.processor.output;

import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.model.FamilyModel;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.lang.model.element.TypeElement;

/**
 * The events and families whose files this compilation generated, in the order they were generated.
 *
 * @param events the events
 * @param families the families
 */
public record Catalogue(List<EventModel> events, List<FamilyModel> families) {

    public Catalogue {
        events = List.copyOf(events);
        families = List.copyOf(families);
    }

    public boolean isEmpty() {
        return events.isEmpty() && families.isEmpty();
    }

    /** Each generated topic binding's class name, sorted, with the event or family it binds. */
    public SortedMap<String, TypeElement> bindings() {
        SortedMap<String, TypeElement> bindings = new TreeMap<>();
        events.forEach(e -> bindings.put(e.names().topic().canonicalName(), e.element()));
        families.forEach(f -> bindings.put(f.names().topic().canonicalName(), f.element()));
        return bindings;
    }
}
