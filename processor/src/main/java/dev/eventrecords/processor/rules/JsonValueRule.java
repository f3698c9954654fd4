package dev.eventrecords.processor.rules;

import com.sun.source.util.Trees;
import dev.eventrecords.processor.immutability.CompilerTrees;
import dev.eventrecords.processor.model.ComponentModel;
import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.model.JacksonReader;
import dev.eventrecords.processor.model.ModelReader;
import dev.eventrecords.processor.model.RecordModel;
import dev.eventrecords.processor.model.Shape;
import dev.eventrecords.processor.model.TypeDisplay;
import dev.eventrecords.processor.model.ValueRecord;
import dev.eventrecords.processor.rules.JacksonAnnotations.Place;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * {@code eventrecords:unsupported-annotation} for {@code @JsonValue} and {@code @JsonCreator}, which the
 * {@link UnsupportedAnnotationRule} leaves to this rule on records and enums. Honoured, as Jackson 3 applies them:
 *
 * <ul>
 *   <li>{@code @JsonValue} on the single component of a record nested in an event ({@code record OrderId(@JsonValue
 *       UUID value) {}}, written as {@code "86af99cc-..."}), whose value is any supported type but {@code double},
 *       {@code boolean}, {@code BigInteger} or {@code BigDecimal}. Jackson 3 reads it back through the canonical
 *       constructor as a delegating creator without any {@code @JsonCreator}; {@code @JsonCreator} on the canonical
 *       constructor with the default mode or {@code DELEGATING} changes nothing, and a static {@code @JsonCreator}
 *       factory taking the component's type reads it instead.
 *   <li>{@code @JsonValue} on an enum's method without parameters, or field, of type {@code String}: each constant is
 *       written as that text and read back by it.
 * </ul>
 *
 * <p>Every other form is an error that says why: Jackson 3 would write what it cannot read back, would read through a
 * creator the serde does not call, or would read by rules the serde does not carry.
 */
public final class JsonValueRule implements Rule {

    private static final RuleId RULE = RuleId.UNSUPPORTED_ANNOTATION;

    private static final String JSON_VALUE = "'@JsonValue'";

    /**
     * Whether this rule, not the {@link UnsupportedAnnotationRule}, judges an annotation: {@code @JsonValue} on a
     * record or enum or their members, {@code @JsonCreator} in a record that has a {@code @JsonValue} component.
     */
    static boolean claims(AnnotationMirror annotation, TypeElement owner) {
        String name = JacksonAnnotations.type(annotation).getQualifiedName().toString();
        boolean recordOrEnum = owner.getKind() == ElementKind.RECORD || owner.getKind() == ElementKind.ENUM;
        if (name.equals(JacksonReader.JSON_VALUE)) {
            return recordOrEnum;
        }
        return name.equals(JacksonReader.JSON_CREATOR) && ValueRecord.isValueRecord(owner);
    }

    @Override
    public List<Diagnostic> check(EventModel event, RuleContext context) {
        Check check = new Check(
                context.env().getTypeUtils(),
                CompilerTrees.of(context.env()),
                " in event '" + event.simpleName() + "'");
        check.record(event.record(), true);
        event.nested().forEach(r -> check.record(r, false));
        Map<TypeElement, List<RecordModel>> enums = new LinkedHashMap<>();
        List<RecordModel> records = new ArrayList<>(event.nested());
        records.add(0, event.record());
        for (RecordModel record : records) {
            for (ComponentModel c : record.components()) {
                for (Shape shape = c.shape(); shape != null; shape = Shape.contained(shape)) {
                    Shape enumShape = shape instanceof Shape.MapOf m ? m.key() : shape;
                    TypeElement type = enumShape instanceof Shape.EnumType e
                            ? context.env()
                                    .getElementUtils()
                                    .getTypeElement(e.type().name().canonicalName())
                            : null;
                    if (type != null) {
                        enums.computeIfAbsent(type, t -> new ArrayList<>()).add(record);
                    }
                }
            }
        }
        enums.forEach(check::enumType);
        return check.found;
    }

    /** One event's check: what it found so far. */
    private static final class Check {

        private final Types types;
        private final Optional<Trees> trees;
        private final String in;
        private final List<Diagnostic> found = new ArrayList<>();

        Check(Types types, Optional<Trees> trees, String in) {
            this.types = types;
            this.trees = trees;
            this.in = in;
        }

        void record(RecordModel record, boolean isEvent) {
            TypeElement type = record.element();
            String subject =
                    (isEvent ? "event '" : "record '") + TypeDisplay.nestedName(type) + "'" + (isEvent ? "" : in);
            List<Element> marked = marked(type);
            if (marked.isEmpty()) {
                return;
            }
            for (Element e : marked) {
                if (!disabledAllowed(e, subject)) {
                    return;
                }
            }
            if (isEvent) {
                report(
                        marked.get(0),
                        JacksonReader.JSON_VALUE,
                        subject + " carries " + JSON_VALUE + ", which the generated serde does not apply to an event:"
                                + " Jackson 3 would write the event as one value, but an event is a JSON object of"
                                + " its components, whose schema and headers describe it; remove " + JSON_VALUE
                                + ", or give the value its own record, '@JsonValue' on its component, and hold it"
                                + " in the event");
                return;
            }
            List<? extends RecordComponentElement> components = type.getRecordComponents();
            if (components.size() != 1) {
                report(
                        marked.get(0),
                        JacksonReader.JSON_VALUE,
                        subject + " carries " + JSON_VALUE + " but has " + components.size() + " components:"
                                + " Jackson 3 writes it as that one value alone, yet reads it through its canonical"
                                + " constructor as an object of all its components, so it cannot read back what it"
                                + " writes; give " + JSON_VALUE + " only to a record of one component, as in 'record"
                                + " OrderId(@JsonValue UUID value) {}'");
                return;
            }
            ComponentModel component = record.components().get(0);
            for (Element e : marked) {
                if (e.getKind() == ElementKind.METHOD
                        && !(e.getSimpleName().contentEquals(component.name())
                                && ((ExecutableElement) e).getParameters().isEmpty()
                                && ValueRecord.isValueRecord(type))) {
                    report(
                            e,
                            JacksonReader.JSON_VALUE,
                            subject + " method '" + e.getSimpleName() + "()' carries " + JSON_VALUE + ", which the"
                                    + " generated serde applies only written on the record's single component:"
                                    + " Jackson 3 writes what that method returns, and reads it back through a"
                                    + " constructor that takes a component; write " + JSON_VALUE + " on the component '"
                                    + component.name() + "' in the record header instead");
                    return;
                }
            }
            ExecutableElement accessor = component.element().getAccessor();
            if (accessor != null && !implicit(accessor) && !JacksonReader.jsonValue(accessor)) {
                report(
                        accessor,
                        null,
                        subject + " declares accessor '" + component.name() + "()' without " + JSON_VALUE + ","
                                + " which its component carries: Jackson 3 then writes the field '" + component.name()
                                + "', not what '" + component.name() + "()' returns, and the generated serde calls"
                                + " the accessor; write " + JSON_VALUE + " on '" + component.name() + "()' too, or"
                                + " remove the accessor");
                return;
            }
            ValueRecord value = ValueRecord.of(record).orElseThrow();
            if (value.reading() == ValueRecord.Reading.OTHER_SCALAR) {
                report(
                        marked.get(0),
                        JacksonReader.JSON_VALUE,
                        subject + " carries " + JSON_VALUE + " on component '" + component.name() + "' of type '"
                                + component.display() + "': Jackson 3 reads such a record through a creator that"
                                + " takes a 'double', 'boolean', 'BigInteger' or 'BigDecimal', by rules of its own"
                                + " that the generated serde does not carry; wrap a 'String', 'int', 'long' or another"
                                + " supported type, or hold the '" + component.display() + "' itself");
                return;
            }
            otherAnnotations(record, component, subject);
            creators(record, component, subject);
        }

        /** Jackson annotations that would be honoured on an object record but mean something else on this one. */
        private void otherAnnotations(RecordModel record, ComponentModel component, String subject) {
            List<Element> places = List.of(record.element(), component.position());
            for (Element place : places) {
                for (AnnotationMirror mirror : place.getAnnotationMirrors()) {
                    TypeElement type = JacksonAnnotations.type(mirror);
                    if (!JacksonAnnotations.isJackson(type)
                            || type.getQualifiedName().contentEquals(JacksonReader.JSON_VALUE)
                            || !JacksonAnnotations.honoured(
                                    mirror, place == record.element() ? Place.TYPE : Place.COMPONENT, true)) {
                        continue;
                    }
                    String annotation = "'@" + type.getSimpleName() + "'";
                    found.add(Diagnostic.errorOn(
                            RULE,
                            place,
                            mirror,
                            subject + (place == record.element() ? "" : " component '" + component.name() + "'")
                                    + " carries " + annotation + ", which the generated serde does not apply in a"
                                    + " record written through " + JSON_VALUE + ": Jackson 3 writes the record as the"
                                    + " value of '" + component.name() + "' alone, and " + annotation + " can change"
                                    + " how it finds the creator that reads it back; remove " + annotation));
                }
            }
        }

        /**
         * The creators Jackson 3 would read the record through: the canonical constructor, or a static
         * {@code @JsonCreator} factory taking the component's type; any other constructor or factory it would detect
         * is refused.
         */
        private void creators(RecordModel record, ComponentModel component, String subject) {
            TypeElement type = record.element();
            TypeMirror valueType = component.typeMirror();
            boolean canonicalCreator = false;
            for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
                List<? extends VariableElement> parameters = constructor.getParameters();
                boolean canonical = parameters.size() == 1
                        && types.isSameType(types.erasure(parameters.get(0).asType()), types.erasure(valueType));
                Optional<AnnotationMirror> creator = ModelReader.annotation(constructor, JacksonReader.JSON_CREATOR);
                String signature = type.getSimpleName() + "("
                        + String.join(
                                ", ",
                                parameters.stream()
                                        .map(p -> TypeDisplay.simple(p.asType()))
                                        .toList())
                        + ")";
                if (canonical) {
                    if (creator.isPresent()) {
                        String mode = mode(creator.get());
                        if (mode.equals("PROPERTIES") || mode.equals("DISABLED")) {
                            found.add(Diagnostic.errorOn(
                                    RULE,
                                    constructor,
                                    creator.get(),
                                    subject + " constructor '" + signature + "' carries '@JsonCreator(mode = " + mode
                                            + ")': Jackson 3 writes '" + type.getSimpleName() + "' as the value of '"
                                            + component.name() + "' alone, but "
                                            + (mode.equals("PROPERTIES")
                                                    ? "then reads it only from an object with a property '"
                                                            + component.name() + "'"
                                                    : "then has no creator to read it with")
                                            + ", so it cannot read back what it writes; remove 'mode', or write"
                                            + " 'mode = DELEGATING'"));
                        }
                        canonicalCreator = true;
                    }
                    continue;
                }
                if (creator.isPresent() || parameters.size() == 1) {
                    // Jackson 3 detects a one-argument constructor as a creator even without @JsonCreator
                    Element at = constructor;
                    String message = subject + " declares constructor '" + signature + "'"
                            + (creator.isPresent() ? " with '@JsonCreator'" : "")
                            + ": Jackson 3 may read '" + type.getSimpleName() + "' through it rather than through"
                            + " the canonical constructor, which the generated serde calls; remove it, or turn it"
                            + " into a static method with another name than 'valueOf' or 'fromString'";
                    found.add(creator.map(c -> Diagnostic.errorOn(RULE, at, c, message))
                            .orElseGet(() -> Diagnostic.error(RULE, at, message)));
                }
            }
            List<ExecutableElement> factories = ValueRecord.factories(type);
            for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
                if (!method.getModifiers().contains(Modifier.STATIC)
                        || method.getParameters().size() != 1
                        || factories.contains(method)
                        || !types.isAssignable(method.getReturnType(), type.asType())) {
                    continue;
                }
                String name = method.getSimpleName().toString();
                boolean text = name.equals("fromString")
                        && (TypeDisplay.of(method.getParameters().get(0).asType())
                                        .equals("String")
                                || TypeDisplay.of(method.getParameters().get(0).asType())
                                        .equals("CharSequence"));
                if (name.equals("valueOf") || text) {
                    found.add(Diagnostic.error(
                            RULE,
                            method,
                            subject + " declares static method '" + name + "("
                                    + TypeDisplay.simple(
                                            method.getParameters().get(0).asType()) + ")': Jackson 3"
                                    + " reads '" + type.getSimpleName() + "' through a one-argument '" + name + "'"
                                    + " factory even without '@JsonCreator', rather than through the canonical"
                                    + " constructor, which the generated serde calls; rename it"));
                }
            }
            for (int i = 0; i < factories.size(); i++) {
                ExecutableElement factory = factories.get(i);
                AnnotationMirror creator = ModelReader.annotation(factory, JacksonReader.JSON_CREATOR)
                        .orElseThrow();
                String mode = mode(creator);
                List<? extends VariableElement> parameters = factory.getParameters();
                String problem = null;
                if (i > 0 || canonicalCreator) {
                    problem = "'" + type.getSimpleName() + "' has another '@JsonCreator', and Jackson 3 refuses two";
                } else if (!mode.equals("DEFAULT") && !mode.equals("DELEGATING")) {
                    problem = "with 'mode = " + mode + "' Jackson 3 cannot read back the value it writes";
                } else if (parameters.size() != 1
                        || !types.isSameType(parameters.get(0).asType(), valueType)) {
                    problem = "the generated serde calls a factory only when it takes the component's type, '"
                            + component.display() + "'";
                } else if (!types.isSameType(factory.getReturnType(), type.asType())) {
                    problem = "it does not return '" + type.getSimpleName() + "'";
                } else if (factory.getModifiers().contains(Modifier.PRIVATE)) {
                    problem = "it is private, so the generated codec cannot call it";
                } else if (parameters.get(0).getAnnotationMirrors().stream()
                        .anyMatch(a -> JacksonAnnotations.isJackson(JacksonAnnotations.type(a)))) {
                    problem = "Jackson 3 reads through a factory whose parameter carries Jackson annotations as"
                            + " through a properties creator, from an object";
                }
                if (problem != null) {
                    found.add(Diagnostic.errorOn(
                            RULE,
                            factory,
                            creator,
                            subject + " method '" + factory.getSimpleName() + "' carries '@JsonCreator', which the"
                                    + " generated serde does not apply: " + problem + "; declare one static"
                                    + " '@JsonCreator' factory, not private, that takes a '" + component.display()
                                    + "' and returns '" + type.getSimpleName() + "', or remove it to read through"
                                    + " the canonical constructor"));
                }
            }
        }

        /** An enum with a {@code @JsonValue}: one, on a method without parameters or a field, of type String. */
        void enumType(TypeElement type, List<RecordModel> users) {
            String subject = "enum '" + TypeDisplay.nestedName(type) + "'" + in;
            List<Element> marked = new ArrayList<>();
            for (Element member : type.getEnclosedElements()) {
                if (ModelReader.annotation(member, JacksonReader.JSON_VALUE).isPresent()) {
                    marked.add(member);
                }
            }
            if (marked.isEmpty()) {
                return;
            }
            for (Element e : marked) {
                if (!disabledAllowed(e, subject)) {
                    return;
                }
            }
            if (marked.size() > 1) {
                report(
                        marked.get(1),
                        JacksonReader.JSON_VALUE,
                        subject + " carries " + JSON_VALUE + " on '"
                                + marked.get(0).getSimpleName() + "' and on '"
                                + marked.get(1).getSimpleName() + "': Jackson 3 refuses a type with two; keep one");
                return;
            }
            Element member = marked.get(0);
            String name = member.getSimpleName().toString();
            String problem = null;
            TypeMirror text;
            if (member.getKind() == ElementKind.METHOD) {
                ExecutableElement method = (ExecutableElement) member;
                text = method.getReturnType();
                name = name + "()";
                if (!method.getParameters().isEmpty()) {
                    problem = "Jackson 3 refuses a '@JsonValue' method with parameters";
                }
            } else if (member.getKind() == ElementKind.FIELD) {
                text = member.asType();
            } else {
                report(
                        member,
                        JacksonReader.JSON_VALUE,
                        subject + " constant '" + name + "' carries " + JSON_VALUE + ", which the generated serde"
                                + " applies to an enum only on a method or field that gives each constant's text;"
                                + " write " + JSON_VALUE + " on such a method, as in '@JsonValue String code()'");
                return;
            }
            if (problem == null
                    && !(text.getKind() == TypeKind.DECLARED
                            && TypeDisplay.of(text).equals("String"))) {
                problem = "Jackson 3 writes each constant as the '" + TypeDisplay.of(text) + "' it returns and reads it"
                        + " back by that value's text, which the generated serde carries only for a 'String'";
            }
            if (problem == null && member.getModifiers().contains(Modifier.STATIC)) {
                problem = "it is static, so it gives no constant a text of its own";
            }
            if (problem == null && member.getModifiers().contains(Modifier.PRIVATE)) {
                problem = "it is private, so the generated codec cannot call it";
            }
            if (problem == null && !member.getModifiers().contains(Modifier.PUBLIC)) {
                for (RecordModel user : users) {
                    if (!packageOf(user.element()).equals(packageOf(type))) {
                        problem = "it is not public, and the codec of '" + TypeDisplay.nestedName(user.element())
                                + "', generated in another package, calls it";
                        break;
                    }
                }
            }
            if (problem != null) {
                report(
                        member,
                        JacksonReader.JSON_VALUE,
                        subject + " carries " + JSON_VALUE + " on '" + name + "', which the generated serde does not"
                                + " apply: " + problem + "; write it on a public method without parameters that"
                                + " returns a 'String', as in '@JsonValue public String code()'");
            }
        }

        /** {@code @JsonValue(false)}: Jackson's way to turn off an inherited one; refused, as it has none to undo. */
        private boolean disabledAllowed(Element e, String subject) {
            AnnotationMirror mirror =
                    ModelReader.annotation(e, JacksonReader.JSON_VALUE).orElseThrow();
            if (JacksonReader.jsonValue(e)) {
                return true;
            }
            found.add(Diagnostic.errorOn(
                    RULE,
                    e,
                    mirror,
                    subject + " '" + e.getSimpleName() + "' carries '@JsonValue(false)', which the generated serde"
                            + " does not apply: it only undoes an inherited '@JsonValue', which no type here has;"
                            + " remove it"));
            return false;
        }

        /** The members of a record that carry {@code @JsonValue}: its fields and methods. */
        private static List<Element> marked(TypeElement type) {
            List<Element> marked = new ArrayList<>();
            for (Element member : type.getEnclosedElements()) {
                if ((member.getKind() == ElementKind.FIELD || member.getKind() == ElementKind.METHOD)
                        && ModelReader.annotation(member, JacksonReader.JSON_VALUE)
                                .isPresent()) {
                    marked.add(member);
                }
            }
            return marked;
        }

        private void report(Element element, String annotation, String message) {
            Optional<AnnotationMirror> mirror =
                    annotation == null ? Optional.empty() : ModelReader.annotation(element, annotation);
            found.add(mirror.map(m -> Diagnostic.errorOn(RULE, element, m, message))
                    .orElseGet(() -> Diagnostic.error(RULE, element, message)));
        }

        private boolean implicit(ExecutableElement accessor) {
            if (trees.isEmpty()) {
                return true;
            }
            try {
                return trees.get().getTree(accessor) == null;
            } catch (RuntimeException e) {
                return true;
            }
        }

        private static String mode(AnnotationMirror creator) {
            return ModelReader.explicitValue(creator, "mode")
                    .map(v -> v.getValue() instanceof VariableElement e
                            ? e.getSimpleName().toString()
                            : String.valueOf(v.getValue()))
                    .orElse("DEFAULT");
        }

        private static String packageOf(Element type) {
            Element e = type;
            while (e != null && !(e instanceof PackageElement)) {
                e = e.getEnclosingElement();
            }
            return e == null ? "" : ((PackageElement) e).getQualifiedName().toString();
        }
    }
}
