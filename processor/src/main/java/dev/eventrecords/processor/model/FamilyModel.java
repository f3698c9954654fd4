package dev.eventrecords.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * An {@code @EventFamily}: a sealed interface and its permitted subtypes.
 *
 * @param ref the interface, its topic and spec
 * @param topicValue the explicit {@code topic} value, when there is one
 * @param members the permitted subtypes that are {@code @Event} records, read as events
 * @param strangers the permitted subtypes that are not {@code @Event} records
 * @param names the names of the classes generated for it
 */
public record FamilyModel(
        FamilyRef ref,
        Optional<AnnotationValue> topicValue,
        List<EventModel> members,
        List<TypeElement> strangers,
        GeneratedNames names) {

    public FamilyModel {
        members = List.copyOf(members);
        strangers = List.copyOf(strangers);
    }

    public TypeElement element() {
        return ref.element();
    }

    public JavaName className() {
        return JavaName.of(ref.element());
    }

    public String simpleName() {
        return ref.simpleName();
    }

    /** The family's own type name, {@code TopicBinding.eventType()}: its canonical name. */
    public String type() {
        return ref.element().getQualifiedName().toString();
    }
}
