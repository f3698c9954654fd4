package dev.eventrecords.processor.rules;

import com.sun.source.util.Trees;
import dev.eventrecords.processor.immutability.CompilerTrees;
import dev.eventrecords.processor.model.ComponentModel;
import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.model.Include;
import dev.eventrecords.processor.model.JacksonReader;
import dev.eventrecords.processor.model.JavaName;
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
import java.util.stream.Collectors;
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
        // on a record of one component written through @JsonValue, which this rule checks the creators of
        return name.equals(JacksonReader.JSON_CREATOR)
                && ValueRecord.isValueRecord(owner)
                && owner.getRecordComponents().size() == 1
                && ModelReader.annotation(owner, ModelReader.EVENT).isEmpty();
    }

    @Override
    public List<Diagnostic> check(EventModel event, RuleContext context) {
        Check check = new Check(
                context.env().getTypeUtils(),
                CompilerTrees.of(context.env()),
                " in event '" + event.simpleName() + "'");
        check.record(event.record(), true);
        event.nested().stream()
                .filter(r -> r.valueClass().isEmpty()) // a value class is checked where its shape is read
                .forEach(r -> check.record(r, false));
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
        Map<JavaName, RecordModel> nested = event.nestedByName();
        for (RecordModel record : records) {
            for (ComponentModel c : record.components()) {
                RecordModel held = c.shape() instanceof Shape.RecordType r
                        ? nested.get(r.type().name())
                        : null;
                if (held != null
                        && c.property().include() == Include.NON_EMPTY
                        && ValueRecord.of(held).isPresent()) {
                    check.found.add(Diagnostic.error(
                            RULE,
                            c.position(),
                            (record == event.record() ? "event '" : "record '")
                                    + TypeDisplay.nestedName(record.element()) + "' component '" + c.name()
                                    + "' of type '" + c.display() + "' is written with '@JsonInclude(NON_EMPTY)', on"
                                    + " it or on its record: Jackson 3 leaves out a '@JsonValue' record whose value"
                                    + " its serializer calls empty ('', an empty list, the nil UUID, null), which this"
                                    + " serde does not apply to such a record; use 'NON_NULL' or 'NON_ABSENT' for it,"
                                    + " with '@JsonInclude' on the component"));
                }
            }
        }
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
            boolean allowed = true;
            for (Element e : marked) {
                allowed &= disabledAllowed(e, subject + place(e, type));
            }
            if (!allowed) {
                return;
            }
            if (isEvent) {
                for (Element e : marked) {
                    refuse(
                            e,
                            subject + place(e, type),
                            "Jackson 3 would write the event as that one value, but an event is a JSON object of its"
                                    + " components, which its schema and headers describe",
                            "remove " + JSON_VALUE + ", or give the value a record of its own, with " + JSON_VALUE
                                    + " on its one component, and hold that in the event");
                }
                return;
            }
            List<? extends RecordComponentElement> components = type.getRecordComponents();
            if (components.size() != 1) {
                for (Element e : marked) {
                    refuse(
                            e,
                            subject + place(e, type),
                            "Jackson 3 writes '" + type.getSimpleName() + "' as that one value alone, yet reads it"
                                    + " through its canonical constructor as an object of all its " + components.size()
                                    + " components, so it cannot read back what it writes",
                            "remove " + JSON_VALUE + ", or give it to a record of one component, as in 'record"
                                    + " OrderId(@JsonValue UUID value) {}'");
                }
                return;
            }
            ComponentModel component = record.components().get(0);
            // its creators are judged whatever else is wrong, so that no @JsonCreator this rule claims goes unreported
            if (ValueRecord.isValueRecord(type)) {
                creators(record, component, subject);
            }
            boolean misplaced = false;
            for (Element e : marked) {
                if (e.getModifiers().contains(Modifier.STATIC)) {
                    refuse(
                            e,
                            subject + place(e, type),
                            "Jackson 3 does not use a static member as the value",
                            "remove " + JSON_VALUE + ", or write it on the component '" + component.name() + "'");
                    misplaced = true;
                } else if (e.getKind() == ElementKind.METHOD && !isAccessor((ExecutableElement) e, component.name())) {
                    refuse(
                            e,
                            subject + place(e, type),
                            "Jackson 3 writes '" + type.getSimpleName() + "' as what '" + e.getSimpleName()
                                    + "()' returns, and reads it back through its canonical constructor as the"
                                    + " component '" + component.name() + "', so it cannot read back what it writes",
                            "remove " + JSON_VALUE + " and write it on the component '" + component.name()
                                    + "' in the record header instead");
                    misplaced = true;
                }
            }
            if (misplaced) {
                return;
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
            Optional<ValueRecord> value = ValueRecord.of(record);
            if (value.isEmpty()) {
                return; // no @JsonValue on the component itself: what is marked is refused above
            }
            if (value.get().reading() == ValueRecord.Reading.OTHER_SCALAR) {
                refuse(
                        marked.get(0),
                        subject + place(marked.get(0), type),
                        "Jackson 3 reads a record whose value is a '" + component.display() + "' through a creator"
                                + " that takes a 'double', 'boolean', 'BigInteger' or 'BigDecimal', by rules of its"
                                + " own that this serde does not carry",
                        "remove " + JSON_VALUE + " and hold the '" + component.display() + "' itself, or wrap a"
                                + " 'String', 'int', 'long' or another supported type");
                return;
            }
            otherAnnotations(record, component, subject);
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
                            + " the canonical constructor, which the generated serde calls (it does so even for a"
                            + " private one); remove it, or turn it into a static method";
                    found.add(creator.map(c -> Diagnostic.errorOn(RULE, at, c, message))
                            .orElseGet(() -> Diagnostic.error(RULE, at, message)));
                }
            }
            // Jackson 3 ignores static valueOf and fromString factories here: the canonical constructor delegates
            List<ExecutableElement> factories = ValueRecord.factories(type);
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
            boolean allowed = true;
            for (Element e : marked) {
                allowed &= disabledAllowed(e, subject + place(e, type));
            }
            if (!allowed) {
                return;
            }
            String fix = "remove " + JSON_VALUE + " and write it on one public method without parameters that returns"
                    + " a 'String', as in '@JsonValue public String code()'";
            List<Element> accessors = new ArrayList<>();
            for (Element e : marked) {
                if (e.getKind() == ElementKind.ENUM_CONSTANT) {
                    refuse(
                            e,
                            subject + place(e, type),
                            "Jackson 3 takes the text of every constant from a method or field that carries it, and"
                                    + " a constant gives none",
                            fix);
                } else {
                    accessors.add(e);
                }
            }
            if (accessors.size() > 1) {
                for (Element e : accessors) {
                    refuse(
                            e,
                            subject + place(e, type),
                            "Jackson 3 refuses a type with more than one",
                            "keep it on one of "
                                    + accessors.stream()
                                            .map(a -> "'" + a.getSimpleName() + "'")
                                            .collect(Collectors.joining(", ")));
                }
                return;
            }
            if (accessors.isEmpty() || accessors.size() != marked.size()) {
                return;
            }
            Element member = accessors.get(0);
            String problem = null;
            TypeMirror text = member.getKind() == ElementKind.METHOD
                    ? ((ExecutableElement) member).getReturnType()
                    : member.asType();
            if (member.getKind() == ElementKind.METHOD
                    && !((ExecutableElement) member).getParameters().isEmpty()) {
                problem = "Jackson 3 refuses a '@JsonValue' method with parameters";
            } else if (!(text.getKind() == TypeKind.DECLARED
                    && TypeDisplay.of(text).equals("String"))) {
                problem = "Jackson 3 writes each constant as the '" + TypeDisplay.of(text) + "' it gives and reads it"
                        + " back by that value's text, which this serde carries only for a 'String'";
            } else if (member.getModifiers().contains(Modifier.STATIC)) {
                problem = "it is static, so it gives no constant a text of its own";
            } else if (member.getModifiers().contains(Modifier.PRIVATE)) {
                problem = "it is private, so the generated codec cannot call it";
            } else if (!member.getModifiers().contains(Modifier.PUBLIC)) {
                for (RecordModel user : users) {
                    if (!packageOf(user.element()).equals(packageOf(type))) {
                        problem = "it is not public, and the codec of '" + TypeDisplay.nestedName(user.element())
                                + "', generated in another package, calls it";
                        break;
                    }
                }
            }
            if (problem != null) {
                refuse(member, subject + place(member, type), problem, fix);
            }
        }

        /** {@code @JsonValue(false)}: Jackson's way to turn off an inherited one; refused, as it has none to undo. */
        private boolean disabledAllowed(Element e, String subject) {
            if (JacksonReader.jsonValue(e)) {
                return true;
            }
            refuse(
                    e,
                    subject,
                    "'@JsonValue(false)' only undoes an inherited '@JsonValue', which no type here has",
                    "remove " + JSON_VALUE);
            return false;
        }

        /**
         * The members of a record that carry {@code @JsonValue}: its fields and the methods declared in its body (an
         * implicit accessor carries what its component does, which the field stands for).
         */
        private List<Element> marked(TypeElement type) {
            List<Element> marked = new ArrayList<>();
            for (Element member : type.getEnclosedElements()) {
                boolean declared = member.getKind() == ElementKind.FIELD
                        || (member.getKind() == ElementKind.METHOD
                                && !(isAccessorOf(type, (ExecutableElement) member)
                                        && implicit((ExecutableElement) member)));
                if (declared
                        && ModelReader.annotation(member, JacksonReader.JSON_VALUE)
                                .isPresent()) {
                    marked.add(member);
                }
            }
            return marked;
        }

        private static boolean isAccessorOf(TypeElement type, ExecutableElement method) {
            return type.getRecordComponents().stream()
                    .anyMatch(c -> isAccessor(method, c.getSimpleName().toString()));
        }

        private static boolean isAccessor(ExecutableElement method, String component) {
            return method.getSimpleName().contentEquals(component)
                    && method.getParameters().isEmpty()
                    && !method.getModifiers().contains(Modifier.STATIC);
        }

        /** Where a member sits, for the message: " component 'x'", " accessor 'x()'", " method 'm(int)'", ... */
        private static String place(Element member, TypeElement type) {
            String name = member.getSimpleName().toString();
            switch (member.getKind()) {
                case ENUM_CONSTANT:
                    return " constant '" + name + "'";
                case FIELD:
                    return type.getKind() == ElementKind.RECORD
                                    && !member.getModifiers().contains(Modifier.STATIC)
                            ? " component '" + name + "'"
                            : " field '" + name + "'";
                case METHOD:
                    ExecutableElement method = (ExecutableElement) member;
                    return (isAccessorOf(type, method) ? " accessor '" : " method '") + name + "("
                            + method.getParameters().stream()
                                    .map(p -> TypeDisplay.simple(p.asType()))
                                    .collect(Collectors.joining(", "))
                            + ")'";
                default:
                    return " '" + name + "'";
            }
        }

        /** The standard refusal of a {@code @JsonValue}, on it: what Jackson 3 does, and what to write instead. */
        private void refuse(Element element, String subject, String why, String fix) {
            report(
                    element,
                    JacksonReader.JSON_VALUE,
                    subject + " carries " + JSON_VALUE + ", which the generated serde does not apply: " + why + "; "
                            + fix);
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
