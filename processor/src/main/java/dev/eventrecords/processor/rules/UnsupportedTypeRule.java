package dev.eventrecords.processor.rules;

import dev.eventrecords.processor.model.ComponentModel;
import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.model.JavaName;
import dev.eventrecords.processor.model.ModelReader;
import dev.eventrecords.processor.model.RecordModel;
import dev.eventrecords.processor.model.Shape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code eventrecords:unsupported-type}: every component, and every component of every record reached from it, has
 * a type the serde can carry. The error sits on the event's component and names the path to the type at fault.
 */
public final class UnsupportedTypeRule implements Rule {

    @Override
    public List<Diagnostic> check(EventModel event, RuleContext context) {
        Map<JavaName, RecordModel> records = event.nestedByName();
        List<Diagnostic> found = new ArrayList<>();
        for (ComponentModel component : event.components()) {
            String head = "event '" + event.simpleName() + "' component '" + component.name() + "' of type '"
                    + component.display() + "'";
            List<String> problems = new ArrayList<>();
            Set<JavaName> seen = new HashSet<>();
            seen.add(event.className());
            collect(component, "", records, seen, problems);
            for (String problem : problems) {
                found.add(Diagnostic.error(RuleId.UNSUPPORTED_TYPE, component.position(), head + problem));
            }
        }
        return found;
    }

    private static void collect(
            ComponentModel component,
            String path,
            Map<JavaName, RecordModel> records,
            Set<JavaName> seen,
            List<String> problems) {
        Shape.Unsupported unsupported = firstUnsupported(component.shape());
        if (unsupported != null) {
            if (unsupported.reason().equals("the type cannot be resolved")) {
                return; // javac reports the missing type itself
            }
            String inner =
                    unsupported.display().equals(component.display()) ? "" : " (its '" + unsupported.display() + "')";
            problems.add(path + inner + " cannot be carried as JSON: " + unsupported.reason());
            return;
        }
        for (Shape.RecordType ref : ModelReader.recordsIn(component.shape())) {
            RecordModel nested = records.get(ref.type().name());
            if (nested == null || !seen.add(ref.type().name())) {
                continue;
            }
            for (ComponentModel inner : nested.components()) {
                collect(
                        inner,
                        path + ": '" + ref.type().name().nestedName() + "' component '" + inner.name() + "' of type '"
                                + inner.display() + "'",
                        records,
                        seen,
                        problems);
            }
        }
    }

    private static Shape.Unsupported firstUnsupported(Shape shape) {
        if (shape instanceof Shape.Unsupported u) {
            return u;
        }
        Shape contained = Shape.contained(shape);
        return contained == null ? null : firstUnsupported(contained);
    }
}
