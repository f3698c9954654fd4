package dev.eventrecords.processor.rules;

import dev.eventrecords.processor.model.ComponentModel;
import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.model.JsonFormats;
import dev.eventrecords.processor.model.ModelReader;
import dev.eventrecords.processor.model.RecordModel;
import dev.eventrecords.processor.model.Shape;
import dev.eventrecords.processor.model.TypeDisplay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;

/**
 * {@code eventrecords:unsupported-annotation} for {@code @JsonFormat} written on a component: a combination of shape,
 * pattern, locale, time zone and type that {@link JsonFormats} does not carry exactly as Jackson 3 does, or a pattern
 * that Jackson 3 could not write or read back. The error points at the member at fault.
 */
final class JsonFormatRule implements Rule {

    private static final RuleId RULE = RuleId.UNSUPPORTED_ANNOTATION;

    @Override
    public List<Diagnostic> check(EventModel event, RuleContext context) {
        List<Diagnostic> found = new ArrayList<>();
        String in = " in event '" + event.simpleName() + "'";
        check(event.record(), "event '" + event.simpleName() + "'", found);
        for (RecordModel nested : event.nested()) {
            check(nested, "record '" + TypeDisplay.nestedName(nested.element()) + "'" + in, found);
        }
        return found;
    }

    private static void check(RecordModel record, String subject, List<Diagnostic> found) {
        for (ComponentModel c : record.components()) {
            if (c.position().getKind() != ElementKind.FIELD || c.shape() instanceof Shape.Unsupported) {
                continue;
            }
            Optional<AnnotationMirror> annotation = ModelReader.annotation(c.position(), JsonFormats.JSON_FORMAT);
            if (annotation.isEmpty()) {
                continue;
            }
            JsonFormats.read(annotation.get(), c.shape()).refusal().ifPresent(refusal -> {
                String message = subject + " component '" + c.name() + "' carries '@JsonFormat', which the"
                        + " generated serde does not apply: " + refusal.effect() + "; " + refusal.instead();
                Optional<AnnotationValue> at = JsonFormats.member(annotation.get(), refusal.member());
                found.add(
                        at.isPresent()
                                ? Diagnostic.errorOn(RULE, c.position(), annotation.get(), at.get(), message)
                                : Diagnostic.errorOn(RULE, c.position(), annotation.get(), message));
            });
        }
    }
}
