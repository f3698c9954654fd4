package dev.eventrecords.processor.rules;

import dev.eventrecords.processor.model.ComponentModel;
import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.model.JavaName;
import dev.eventrecords.processor.model.KafkaKeySerdes;
import dev.eventrecords.processor.model.ModelReader;
import dev.eventrecords.processor.model.RecordModel;
import dev.eventrecords.processor.model.Shape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code eventrecords:key}: at most one {@code @Key}, and of a type with a key serde: {@code String}, {@code UUID},
 * {@code long}/{@code Long}, {@code int}/{@code Integer} or a record. A key record holds no {@code Set} or
 * {@code Map} at any depth: their iteration order, and so the key's bytes, differ between JVMs.
 */
public final class KeyRule implements Rule {

    @Override
    public List<Diagnostic> check(EventModel event, RuleContext context) {
        List<ComponentModel> keys =
                event.components().stream().filter(ComponentModel::key).toList();
        List<Diagnostic> found = new ArrayList<>();
        for (int i = 1; i < keys.size(); i++) {
            found.add(Diagnostic.error(
                    RuleId.KEY,
                    keys.get(i).position(),
                    "event '" + event.simpleName() + "' has more than one '@Key' component: '"
                            + keys.get(0).name()
                            + "' and '" + keys.get(i).name() + "'; the key decides the partition and so the order "
                            + "of events, and a record has one; keep '@Key' on one of them, or make a key record"));
        }
        for (ComponentModel key : keys) {
            Shape shape = key.shape();
            boolean supported = shape instanceof Shape.RecordType
                    || shape instanceof Shape.Unsupported // reported by the unsupported-type rule
                    || KafkaKeySerdes.factory(shape).isPresent();
            if (!supported) {
                found.add(Diagnostic.error(
                        RuleId.KEY,
                        key.position(),
                        "event '" + event.simpleName() + "' has key '" + key.name() + "' of type '" + key.display()
                                + "', which has no key serde: keys are compared as bytes to pick the partition; "
                                + "use " + KafkaKeySerdes.choices() + " or a record"));
            }
            if (shape instanceof Shape.RecordType) {
                String path = unorderedPath(key, "", event.nestedByName(), new HashSet<>());
                if (path != null) {
                    found.add(Diagnostic.error(
                            RuleId.KEY,
                            key.position(),
                            "event '" + event.simpleName() + "' has key '" + key.name() + "' of type '"
                                    + key.display() + "'" + path + ", which is a 'Set' or 'Map': their iteration "
                                    + "order is randomised per JVM, so equal keys serialize to different bytes and "
                                    + "land on different partitions, which breaks ordering and compaction; use a "
                                    + "'List' sorted in the constructor, or a single value"));
                }
            }
        }
        return found;
    }

    /**
     * The path from {@code component} to the first {@code Set} or {@code Map} it reaches ("" when it is one itself),
     * or {@code null} when it reaches none.
     */
    private static String unorderedPath(
            ComponentModel component, String path, Map<JavaName, RecordModel> records, Set<JavaName> seen) {
        if (unordered(component.shape())) {
            return path;
        }
        for (Shape.RecordType ref : ModelReader.recordsIn(component.shape())) {
            RecordModel nested = records.get(ref.type().name());
            if (nested == null || !seen.add(ref.type().name())) {
                continue;
            }
            for (ComponentModel inner : nested.components()) {
                String found = unorderedPath(
                        inner,
                        path + ": '" + ref.type().name().nestedName() + "' component '" + inner.name() + "' of type '"
                                + inner.display() + "'",
                        records,
                        seen);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean unordered(Shape shape) {
        if (shape instanceof Shape.SetOf || shape instanceof Shape.MapOf) {
            return true;
        }
        Shape contained = Shape.contained(shape);
        return contained != null && unordered(contained);
    }
}
