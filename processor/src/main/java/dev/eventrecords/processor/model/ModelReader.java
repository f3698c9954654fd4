package dev.eventrecords.processor.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/** Reads an {@code @Event} record's declaration into an {@link EventModel}. */
public final class ModelReader {

    public static final String EVENT = "dev.eventrecords.Event";
    public static final String KEY = "dev.eventrecords.Key";
    public static final String EVENT_TIME = "dev.eventrecords.EventTime";
    public static final String EVENT_FAMILY = "dev.eventrecords.EventFamily";

    private final Elements elements;
    private final ShapeReader shapes;
    private final WireFormat defaultFormat;

    public ModelReader(Elements elements) {
        this(elements, new UserCodecs());
    }

    /** A reader that carries the types of the users' codecs too. */
    public ModelReader(Elements elements, UserCodecs codecs) {
        this(elements, codecs, WireFormat.JSON);
    }

    /** A reader whose events and families that set no format take {@code defaultFormat}. */
    public ModelReader(Elements elements, UserCodecs codecs, WireFormat defaultFormat) {
        this.elements = elements;
        this.shapes = new ShapeReader(codecs);
        this.defaultFormat = defaultFormat;
    }

    /**
     * Reads an event, or defers it when a type it reaches cannot be resolved yet. The record must have passed the
     * declaration checks (a record, not generic, not local, accessible from its package).
     */
    public Read<EventModel> read(TypeElement event) {
        EventModel model = readModel(event);
        String unresolved = unresolved(model);
        return unresolved == null ? new Read.Ready<>(model) : new Read.Deferred<>(unresolved);
    }

    private EventModel readModel(TypeElement event) {
        RecordModel record = record(event);
        AnnotationMirror annotation = annotation(event, EVENT).orElseThrow();
        Optional<AnnotationValue> topicValue = explicitValue(annotation, "topic");
        Optional<AnnotationValue> typeValue = explicitValue(annotation, "type");
        Optional<FamilyRef> family = family(event);
        String topic = topicValue
                .map(v -> String.valueOf(v.getValue()))
                .filter(v -> !v.isEmpty())
                .orElseGet(() -> family.map(FamilyRef::topic)
                        .orElseGet(
                                () -> TopicNames.kebabCase(event.getSimpleName().toString())));
        String type = typeValue
                .map(v -> String.valueOf(v.getValue()).trim())
                .filter(v -> !v.isEmpty())
                .orElseGet(() -> event.getQualifiedName().toString());
        Optional<AnnotationValue> formatValue = explicitValue(annotation, "format");
        WireFormat format = formatValue
                .flatMap(ModelReader::format)
                .orElseGet(() -> family.map(FamilyRef::format).orElse(defaultFormat));
        return new EventModel(
                record,
                nested(record),
                topic,
                type,
                annotation,
                topicValue,
                GeneratedNames.of(record.className()),
                spec(annotation),
                family,
                format,
                formatValue);
    }

    /** The first type the event's records name that cannot be resolved, as the user wrote it, or {@code null}. */
    private static String unresolved(EventModel model) {
        List<RecordModel> records = new ArrayList<>(model.nested());
        records.add(model.record());
        for (RecordModel record : records) {
            for (ComponentModel component : record.components()) {
                if (containsError(component.typeMirror())) {
                    return component.display();
                }
            }
        }
        return null;
    }

    private static boolean containsError(TypeMirror type) {
        if (type.getKind() == TypeKind.ERROR) {
            return true;
        }
        if (type instanceof DeclaredType declared) {
            return declared.getTypeArguments().stream().anyMatch(ModelReader::containsError);
        }
        if (type instanceof ArrayType array) {
            return containsError(array.getComponentType());
        }
        return false;
    }

    /** The {@code @EventFamily} interface among the record's direct interfaces, if any. */
    public Optional<FamilyRef> family(TypeElement record) {
        for (var type : record.getInterfaces()) {
            if (type instanceof DeclaredType declared && declared.asElement() instanceof TypeElement iface) {
                Optional<AnnotationMirror> annotation = annotation(iface, EVENT_FAMILY);
                if (annotation.isPresent()) {
                    return Optional.of(familyRef(iface, annotation.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** Reads an {@code @EventFamily} interface's topic and spec. */
    public FamilyRef familyRef(TypeElement family, AnnotationMirror annotation) {
        String topic = explicitValue(annotation, "topic")
                .map(v -> String.valueOf(v.getValue()))
                .filter(v -> !v.isEmpty())
                .orElseGet(() -> TopicNames.kebabCase(family.getSimpleName().toString()));
        WireFormat format =
                explicitValue(annotation, "format").flatMap(ModelReader::format).orElse(defaultFormat);
        return new FamilyRef(family, topic, spec(annotation), annotation, format);
    }

    /** The format an {@code EventFormat} annotation value names. */
    private static Optional<WireFormat> format(AnnotationValue value) {
        return value.getValue() instanceof VariableElement constant
                ? WireFormat.parse(constant.getSimpleName().toString())
                : Optional.empty();
    }

    /** The topic spec attributes of {@code @Event} or {@code @EventFamily}. */
    public static TopicSpecModel spec(AnnotationMirror annotation) {
        Map<String, AnnotationValue> values = new LinkedHashMap<>();
        for (String name : List.of("partitions", "replicationFactor", "retention", "cleanupPolicy")) {
            explicitValue(annotation, name).ifPresent(v -> values.put(name, v));
        }
        return new TopicSpecModel(
                values.containsKey("partitions")
                        ? ((Number) values.get("partitions").getValue()).intValue()
                        : -1,
                values.containsKey("replicationFactor")
                        ? ((Number) values.get("replicationFactor").getValue()).intValue()
                        : -1,
                values.containsKey("retention")
                        ? String.valueOf(values.get("retention").getValue()).trim()
                        : "",
                values.containsKey("cleanupPolicy")
                        ? String.valueOf(values.get("cleanupPolicy").getValue()).trim()
                        : "",
                values);
    }

    /** Reads one record (event or not) with its components' shapes. */
    public RecordModel record(TypeElement element) {
        if (element.getKind() != javax.lang.model.element.ElementKind.RECORD) {
            return valueClass(element);
        }
        Map<String, VariableElement> fields = new LinkedHashMap<>();
        for (VariableElement field : ElementFilter.fieldsIn(element.getEnclosedElements())) {
            if (!field.getModifiers().contains(javax.lang.model.element.Modifier.STATIC)) {
                fields.put(field.getSimpleName().toString(), field);
            }
        }
        List<ComponentModel> components = new ArrayList<>();
        NamingStrategy naming = JacksonReader.naming(element);
        Include include = JacksonReader.include(element).orElse(Include.ALWAYS);
        for (RecordComponentElement component : element.getRecordComponents()) {
            String name = component.getSimpleName().toString();
            Element position = fields.containsKey(name) ? fields.get(name) : component;
            Shape shape = shapes.read(component.asType());
            components.add(new ComponentModel(
                    name,
                    JacksonReader.property(name, position, naming, include, element)
                            .withFormat(JsonFormats.read(position, shape).format()),
                    component.asType(),
                    TypeDisplay.of(component.asType()),
                    shape,
                    annotation(component, KEY).isPresent(),
                    annotation(component, EVENT_TIME).isPresent(),
                    annotation(component, EVENT_TIME)
                            .flatMap(a -> explicitValue(a, "recordTimestamp"))
                            .map(v -> Boolean.TRUE.equals(v.getValue()))
                            .orElse(false),
                    component,
                    position));
        }
        JavaName className = JavaName.of(element);
        return new RecordModel(
                element, className, GeneratedNames.codecFor(element), components, JacksonReader.propertyOrder(element));
    }

    /**
     * A value class as the model of a record: its components are its creator's parameters, in order, each named as
     * its {@code @JsonProperty} and positioned at its getter. The shape reader refuses the classes that are not one.
     */
    private RecordModel valueClass(TypeElement element) {
        ValueClass.Analysis analysis = ValueClass.analyse(element);
        List<ComponentModel> components = new ArrayList<>();
        if (analysis.refused() == null) {
            List<? extends VariableElement> parameters = analysis.creator().getParameters();
            for (int i = 0; i < parameters.size(); i++) {
                VariableElement parameter = parameters.get(i);
                String name = parameter.getSimpleName().toString();
                String property = analysis.valueClass().jsonValue()
                        ? analysis.getters().get(0).getSimpleName().toString()
                        : annotation(parameter, ValueClass.JSON_PROPERTY)
                                .flatMap(a -> explicitValue(a, "value"))
                                .map(v -> String.valueOf(v.getValue()))
                                .orElse(name);
                if (analysis.valueClass().jsonValue()) {
                    name = property;
                }
                TypeMirror type = parameter.asType();
                components.add(new ComponentModel(
                        name,
                        WireProperty.plain(property),
                        type,
                        TypeDisplay.of(type),
                        shapes.read(type),
                        false,
                        false,
                        false,
                        null,
                        analysis.getters().get(i)));
            }
        }
        return new RecordModel(
                element,
                JavaName.of(element),
                GeneratedNames.codecFor(element),
                components,
                List.of(),
                Optional.ofNullable(analysis.valueClass()));
    }

    /** The records reachable from an event's components, each once, in the order they are first reached. */
    private List<RecordModel> nested(RecordModel root) {
        Map<JavaName, RecordModel> found = new LinkedHashMap<>();
        found.put(root.className(), root);
        Deque<RecordModel> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            for (ComponentModel component : todo.poll().components()) {
                for (Shape.RecordType ref : recordsIn(component.shape())) {
                    if (!found.containsKey(ref.type().name())) {
                        TypeElement element =
                                elements.getTypeElement(ref.type().name().canonicalName());
                        if (element != null) {
                            RecordModel model = record(element);
                            found.put(ref.type().name(), model);
                            todo.add(model);
                        }
                    }
                }
            }
        }
        found.remove(root.className());
        return List.copyOf(found.values());
    }

    /** The records a shape refers to, directly or through containers, map keys (a '@JsonValue' record) too. */
    public static List<Shape.RecordType> recordsIn(Shape shape) {
        if (shape instanceof Shape.RecordType record) {
            return List.of(record);
        }
        if (shape instanceof Shape.MapOf map && map.key() instanceof Shape.RecordType key) {
            List<Shape.RecordType> records = new ArrayList<>(List.of(key));
            records.addAll(recordsIn(map.value()));
            return records;
        }
        if (shape instanceof Shape.Polymorphic polymorphic) {
            List<Shape.RecordType> records = new ArrayList<>();
            for (Shape.Polymorphic.Variant variant : polymorphic.variants()) {
                records.addAll(recordsIn(variant.shape()));
            }
            return records;
        }
        Shape contained = Shape.contained(shape);
        return contained == null ? List.of() : recordsIn(contained);
    }

    public static Optional<AnnotationMirror> annotation(Element element, String name) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement())
                    .getQualifiedName()
                    .contentEquals(name)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    public static Optional<AnnotationValue> explicitValue(AnnotationMirror annotation, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
                annotation.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }
}
