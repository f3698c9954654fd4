package dev.eventrecords.processor.rules;

import dev.eventrecords.processor.avro.AvroSchemas;
import dev.eventrecords.processor.model.ComponentModel;
import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.model.FamilyRef;
import dev.eventrecords.processor.model.RecordModel;
import dev.eventrecords.processor.model.Shape;
import dev.eventrecords.processor.model.WireFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * The event's format can carry it. An Avro event needs an Avro form for every component ({@link AvroSchemas}), each
 * part that has none being an {@code eventrecords:unsupported-type} error on its component with the choice to make;
 * and the members of an {@code @EventFamily}, which share one topic and one serde, share one format, so a member that
 * sets another than its family's is an {@code eventrecords:topic} error on its {@code format}.
 */
public final class FormatRule implements Rule {

    @Override
    public List<Diagnostic> check(EventModel event, RuleContext context) {
        List<Diagnostic> found = new ArrayList<>();
        Optional<FamilyRef> family = event.family();
        if (family.isPresent()
                && event.formatValue().isPresent()
                && event.format() != family.get().format()) {
            found.add(Diagnostic.errorOn(
                    RuleId.TOPIC,
                    event.element(),
                    event.annotation(),
                    event.formatValue().get(),
                    "event '" + event.simpleName() + "' has format '" + event.format() + "', but its family '"
                            + family.get().simpleName() + "' is written as '"
                            + family.get().format()
                            + "': the members of a family share one topic and one serde, so one format; remove"
                            + " 'format' here, or set it on '@EventFamily'"));
        }
        if (event.format() == WireFormat.AVRO) {
            // a part JSON cannot carry either is the unsupported-type rule's to report, once
            Set<Element> reported = new HashSet<>();
            List<RecordModel> records = new ArrayList<>(event.nested());
            records.add(event.record());
            for (RecordModel record : records) {
                for (ComponentModel c : record.components()) {
                    if (unsupported(c.shape())) {
                        reported.add(c.position());
                    }
                }
            }
            context.avroSchemas().of(event).problems().stream()
                    .filter(d -> !reported.contains(d.element()))
                    .forEach(found::add);
        }
        return found;
    }

    private static boolean unsupported(Shape shape) {
        Shape contained = Shape.contained(shape);
        return shape instanceof Shape.Unsupported
                || (contained != null && unsupported(contained))
                || (shape instanceof Shape.MapOf map && unsupported(map.key()));
    }
}
