package dev.eventrecords.processor.model;

import javax.lang.model.element.Element;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.type.TypeMirror;

/**
 * One record component.
 *
 * @param name the component's name, as its accessor and the generated code's locals use it
 * @param property how it appears in JSON: its property name, aliases, whether it is written and read
 * @param typeMirror its declared type
 * @param display its type as the user wrote it, for messages ({@code List<Line>})
 * @param shape how it is carried as JSON
 * @param key whether it carries {@code @Key}
 * @param eventTime whether it carries {@code @EventTime}
 * @param recordTimestamp whether it carries {@code @EventTime(recordTimestamp = true)}: the event time is then the
 *     Kafka record timestamp
 * @param element the component
 * @param position where to report problems: the record's private field of the same name, which javac 17 can
 *     position, or the component when there is no such field
 */
public record ComponentModel(
        String name,
        WireProperty property,
        TypeMirror typeMirror,
        String display,
        Shape shape,
        boolean key,
        boolean eventTime,
        boolean recordTimestamp,
        RecordComponentElement element,
        Element position) {}
