package dev.eventrecords.processor.rules;

import dev.eventrecords.processor.model.ComponentModel;
import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.model.KafkaKeySerdes;
import dev.eventrecords.processor.model.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code eventrecords:key}: at most one {@code @Key}, and of a type with a key serde: {@code String}, {@code UUID},
 * {@code long}/{@code Long}, {@code int}/{@code Integer} or a record.
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
                                + "use 'String', 'UUID', 'long', 'int' or a record"));
            }
        }
        return found;
    }
}
