package dev.eventrecords.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * The {@code @EventFamily} an event belongs to: a sealed interface it implements.
 *
 * @param element the interface
 * @param topic the family's topic
 * @param spec the family's topic spec
 * @param annotation the {@code @EventFamily} annotation
 * @param format the format every member is written in: the family's {@code format}, else the compilation's default
 */
public record FamilyRef(
        TypeElement element, String topic, TopicSpecModel spec, AnnotationMirror annotation, WireFormat format) {

    public String simpleName() {
        return element.getSimpleName().toString();
    }
}
