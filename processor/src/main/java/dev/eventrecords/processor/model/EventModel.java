package dev.eventrecords.processor.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * Everything the rules and the generators need to know about one {@code @Event} record. Pure data: it is read once
 * from the declaration and never changes.
 *
 * @param record the record itself
 * @param nested the records reachable from its components, each once, not including the event itself
 * @param topic the Kafka topic, from {@code @Event(topic)} or derived from the name
 * @param type the logical type name, from {@code @Event(type)} or the canonical name
 * @param annotation the {@code @Event} annotation, for positioning errors on its values
 * @param topicValue the explicit {@code topic} value, when there is one
 * @param names the names of the classes generated for it
 * @param spec the topic spec written on {@code @Event} itself
 * @param family the family the event belongs to, when it implements an {@code @EventFamily} interface
 * @param format how its value is written: its own {@code format}, else its family's, else the compilation's default
 * @param formatValue the explicit {@code format} value, when there is one
 */
public record EventModel(
        RecordModel record,
        List<RecordModel> nested,
        String topic,
        String type,
        AnnotationMirror annotation,
        Optional<AnnotationValue> topicValue,
        GeneratedNames names,
        TopicSpecModel spec,
        Optional<FamilyRef> family,
        WireFormat format,
        Optional<AnnotationValue> formatValue) {

    public EventModel {
        nested = List.copyOf(nested);
    }

    /** The spec the topic is created with: the event's own values, the family's where the event sets none. */
    public TopicSpecModel effectiveSpec() {
        return family.map(f -> spec.orElse(f.spec())).orElse(spec);
    }

    public TypeElement element() {
        return record.element();
    }

    public JavaName className() {
        return record.className();
    }

    /** The record's simple name, as the user wrote it ({@code Withdrawn} for {@code AccountEvent.Withdrawn}). */
    public String simpleName() {
        return record.element().getSimpleName().toString();
    }

    public List<ComponentModel> components() {
        return record.components();
    }

    /** The records nested in the event, by name, for rules that follow a component into them. */
    public Map<JavaName, RecordModel> nestedByName() {
        Map<JavaName, RecordModel> byName = new HashMap<>();
        for (RecordModel record : nested) {
            byName.put(record.className(), record);
        }
        return byName;
    }

    /** The component marked {@code @Key}, when there is exactly one. */
    public Optional<ComponentModel> key() {
        var keys = components().stream().filter(ComponentModel::key).toList();
        return keys.size() == 1 ? Optional.of(keys.get(0)) : Optional.empty();
    }

    /** The component marked {@code @EventTime}, when there is exactly one. */
    public Optional<ComponentModel> eventTime() {
        var times = components().stream().filter(ComponentModel::eventTime).toList();
        return times.size() == 1 ? Optional.of(times.get(0)) : Optional.empty();
    }
}
