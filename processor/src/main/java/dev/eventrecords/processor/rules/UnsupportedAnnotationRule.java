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
import dev.eventrecords.processor.rules.JacksonAnnotations.Advice;
import dev.eventrecords.processor.rules.JacksonAnnotations.Place;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * {@code eventrecords:unsupported-annotation}: no Jackson annotation on an event, on a record or enum it reaches (at
 * any depth, through containers too), on an interface they implement, or on any of their members. Jackson 3 reads the
 * annotations of {@code com.fasterxml.jackson.annotation} and {@code tools.jackson.databind.annotation}, and those a
 * user's annotation bundles with {@code @JacksonAnnotationsInside}; the generated serde applies none of them, so with
 * one the bytes would differ from what Jackson 3 writes, and a {@code @JsonIgnore} component would be published. The
 * error sits on the annotation.
 *
 * <p>An annotation on a record component reaches the private field, the accessor and the canonical constructor's
 * parameter, as its {@code @Target} allows; it is reported once, on the field when it is there (javac 17 cannot
 * position a message on a component or an implicit accessor), else on the parameter, else on the field's name.
 */
public final class UnsupportedAnnotationRule implements Rule {

    private static final RuleId RULE = RuleId.UNSUPPORTED_ANNOTATION;

    /** One annotation as written, the element to report it on, and the mirror there when javac can point at it. */
    private record Occurrence(AnnotationMirror annotation, Element at, Optional<AnnotationMirror> mirror) {}

    /** Where an annotation sits, for the message: the owner's description, the place and the element's name. */
    private record Site(String subject, Place place, String name, TypeElement owner) {}

    @Override
    public List<Diagnostic> check(EventModel event, RuleContext context) {
        Scan scan = new Scan(context, CompilerTrees.of(context.env()));
        String in = " in event '" + event.simpleName() + "'";
        scan.record(event.element(), "event '" + event.simpleName() + "'");
        TypeElement typed = PolymorphicAnnotations.typeInfoFrom(event.element());
        if (typed != null) {
            scan.found.add(Diagnostic.error(
                    RULE,
                    event.element(),
                    "event '" + event.simpleName() + "' inherits '@JsonTypeInfo' from '"
                            + TypeDisplay.nestedName(typed) + "', so Jackson 3 writes a type id in it, which its serde"
                            + " does not write: the type of an event travels in its 'ce_type' header; remove"
                            + " '@JsonTypeInfo' from '" + TypeDisplay.nestedName(typed)
                            + "', or carry the sealed interface as a component of an event"));
        }
        scan.names(event.record(), "event '" + event.simpleName() + "'");
        Set<TypeElement> enums = new LinkedHashSet<>();
        Set<TypeElement> interfaces = new LinkedHashSet<>();
        scan.enumsIn(event.record(), enums);
        scan.interfacesOf(event.element(), interfaces);
        for (RecordModel nested : event.nested()) {
            if (nested.valueClass().isPresent()) {
                // a value class's Jackson annotations are checked where its shape is read
                scan.enumsIn(nested, enums);
                continue;
            }
            scan.record(nested.element(), "record '" + TypeDisplay.nestedName(nested.element()) + "'" + in);
            scan.names(nested, "record '" + TypeDisplay.nestedName(nested.element()) + "'" + in);
            scan.enumsIn(nested, enums);
            scan.interfacesOf(nested.element(), interfaces);
        }
        for (TypeElement type : enums) {
            scan.members(type, "enum '" + TypeDisplay.nestedName(type) + "'" + in, Set.of());
            scan.interfacesOf(type, interfaces);
        }
        for (TypeElement type : interfaces) {
            scan.members(
                    type,
                    "interface '" + TypeDisplay.nestedName(type) + "' of event '" + event.simpleName() + "'",
                    Set.of());
        }
        return scan.found;
    }

    /** One event's scan: what it found so far. */
    private static final class Scan {

        private final Elements elements;
        private final Types types;
        private final Optional<Trees> trees;
        private final List<Diagnostic> found = new ArrayList<>();

        Scan(RuleContext context, Optional<Trees> trees) {
            this.elements = context.env().getElementUtils();
            this.types = context.env().getTypeUtils();
            this.trees = trees;
        }

        /** A record: its type, its components (each annotation once), then its other members. */
        void record(TypeElement record, String subject) {
            Map<String, VariableElement> fields = new LinkedHashMap<>();
            for (VariableElement field : ElementFilter.fieldsIn(record.getEnclosedElements())) {
                if (!field.getModifiers().contains(Modifier.STATIC)) {
                    fields.put(field.getSimpleName().toString(), field);
                }
            }
            List<? extends RecordComponentElement> components = record.getRecordComponents();
            ExecutableElement canonical = canonicalConstructor(record, components);
            Set<Element> done = new HashSet<>();
            for (int i = 0; i < components.size(); i++) {
                RecordComponentElement component = components.get(i);
                String name = component.getSimpleName().toString();
                VariableElement field = fields.get(name);
                Element fallback = field != null ? field : component;
                Map<String, Occurrence> written = new LinkedHashMap<>();
                take(field, true, fallback, written);
                take(canonical == null ? null : canonical.getParameters().get(i), true, fallback, written);
                take(component, false, fallback, written);
                ExecutableElement accessor = component.getAccessor();
                if (accessor != null && implicit(accessor)) {
                    // javac prints no position for an implicit accessor: annotations only it carries (their @Target
                    // has METHOD but neither FIELD nor PARAMETER) are reported on the field
                    take(accessor, false, fallback, written);
                    done.add(accessor);
                }
                done.add(fallback);
                Site site = new Site(subject + " component '" + name + "'", Place.COMPONENT, name, record);
                written.values().forEach(o -> report(o, site));
            }
            if (canonical != null) {
                done.addAll(canonical.getParameters());
            }
            members(record, subject, done);
        }

        /** A type's own annotations and those of its members, except the elements in {@code done}. */
        void members(TypeElement type, String subject, Set<Element> done) {
            each(type, new Site(subject, Place.TYPE, type.getSimpleName().toString(), type));
            Set<String> components = type.getRecordComponents().stream()
                    .map(c -> c.getSimpleName().toString())
                    .collect(Collectors.toSet());
            for (Element member : type.getEnclosedElements()) {
                if (done.contains(member)) {
                    continue;
                }
                String name = member.getSimpleName().toString();
                switch (member.getKind()) {
                    case ENUM_CONSTANT ->
                        each(member, new Site(subject + " constant '" + name + "'", Place.CONSTANT, name, type));
                    case FIELD -> each(member, new Site(subject + " field '" + name + "'", Place.MEMBER, name, type));
                    case METHOD -> {
                        ExecutableElement method = (ExecutableElement) member;
                        String signature = signature(method);
                        boolean accessor = method.getParameters().isEmpty() && components.contains(name);
                        Site site = accessor
                                ? new Site(subject + " accessor '" + signature + "'", Place.COMPONENT, name, type)
                                : new Site(subject + " method '" + signature + "'", Place.MEMBER, signature, type);
                        each(method, site);
                        parameters(method, subject + " method '" + signature + "'", type, done);
                    }
                    case CONSTRUCTOR -> {
                        ExecutableElement constructor = (ExecutableElement) member;
                        String signature =
                                type.getSimpleName() + signature(constructor).substring(name.length());
                        each(
                                constructor,
                                new Site(subject + " constructor '" + signature + "'", Place.MEMBER, signature, type));
                        parameters(constructor, subject + " constructor '" + signature + "'", type, done);
                    }
                    default -> {
                        // nested types are checked when the event reaches them; a record's components above
                    }
                }
            }
        }

        /**
         * Two components that their Jackson annotations give one JSON name: Jackson 3 refuses such a record, or merges
         * the two into one property, or reads one name into the other component, so it is refused here. A name
         * counts as a component's when it is its JSON name, one of its aliases, or its own name (which Jackson 3 still
         * links to the component when it is renamed or ignored).
         */
        void names(RecordModel record, String subject) {
            for (ComponentModel c : record.components()) {
                if (!c.property().include().knows(c.shape())) {
                    found.add(Diagnostic.error(
                            RULE,
                            c.position(),
                            subject + " component '" + c.name() + "' of type '" + c.display()
                                    + "' is written with '@JsonInclude(NON_EMPTY)', on it or on its record: Jackson 3"
                                    + " leaves its value out when its serializer calls it empty, which this serde does"
                                    + " not know for '" + c.display() + "'; use 'NON_NULL' or 'NON_ABSENT' for it,"
                                    + " with '@JsonInclude' on the component"));
                }
            }
            Map<Integer, ComponentModel> indexes = new LinkedHashMap<>();
            for (ComponentModel c : record.components()) {
                int index = c.property().index();
                ComponentModel other = index < 0 || !c.property().written() ? null : indexes.putIfAbsent(index, c);
                if (other != null) {
                    // Jackson 3 sorts by index in a map of index to property: of two with one index, one is not written
                    found.add(Diagnostic.error(
                            RULE,
                            c.position(),
                            subject + " component '" + c.name() + "' has '@JsonProperty(index = " + index
                                    + ")', as component '" + other.name() + "' has: Jackson 3 then leaves one of"
                                    + " them out of the JSON; give each component an index of its own"));
                }
            }
            Map<String, ComponentModel> owners = new LinkedHashMap<>();
            for (ComponentModel c : record.components()) {
                owners.putIfAbsent(c.name(), c);
            }
            ignoredNames(record, subject);
            for (ComponentModel c : record.components()) {
                List<String> names = new ArrayList<>();
                names.add(c.property().name());
                names.addAll(c.property().aliases());
                for (String name : names) {
                    ComponentModel other = owners.putIfAbsent(name, c);
                    if (other != null && other != c) {
                        found.add(Diagnostic.error(
                                RULE,
                                c.position(),
                                subject + " component '" + c.name() + "' is read or written as \"" + name
                                        + "\", which is also the name of component '" + other.name()
                                        + "': Jackson 3 refuses such a record, or merges the two into one property,"
                                        + " so the bytes could differ from what Jackson 3 writes; give each component"
                                        + " names of its own in '@JsonProperty' and '@JsonAlias'"));
                    }
                }
            }
        }

        /**
         * The names of a record's {@code @JsonIgnoreProperties}: one that names a component under its own name, or no
         * component at all, is applied; one that a component is renamed from or to, or an alias, is refused, as
         * Jackson 3 matches such a name by the Java name for {@code @JsonProperty} renames but not for
         * {@code @JsonNaming} ones.
         */
        private void ignoredNames(RecordModel record, String subject) {
            Optional<AnnotationMirror> annotation =
                    ModelReader.annotation(record.element(), JacksonReader.JSON_IGNORE_PROPERTIES);
            if (annotation.isEmpty()) {
                return;
            }
            for (String name : JacksonReader.ignoredProperties(record.element())) {
                for (ComponentModel c : record.components()) {
                    boolean renamed = !c.property().name().equals(c.name())
                            && (c.name().equals(name) || c.property().name().equals(name));
                    if (renamed || c.property().aliases().contains(name)) {
                        found.add(Diagnostic.errorOn(
                                RULE,
                                record.element(),
                                annotation.get(),
                                subject + " carries '@JsonIgnoreProperties' with \"" + name + "\", which component '"
                                        + c.name() + "' is " + (renamed ? "renamed from or to" : "also read as")
                                        + ": Jackson 3 applies such a name in ways that depend on how the component"
                                        + " is renamed, so the bytes could differ from what Jackson 3 writes; use"
                                        + " '@JsonIgnore' on component '" + c.name() + "' instead"));
                    }
                }
            }
        }

        /** The enums an event's record reaches through its components, directly or in containers. */
        void enumsIn(RecordModel record, Set<TypeElement> enums) {
            for (ComponentModel component : record.components()) {
                for (Shape shape = component.shape(); shape != null; shape = Shape.contained(shape)) {
                    // An enum map key is written by Jackson as its value would be: its annotations count too.
                    Shape enumShape = shape instanceof Shape.MapOf m ? m.key() : shape;
                    if (shape instanceof Shape.Polymorphic p) {
                        for (Shape.Polymorphic.Variant variant : p.variants()) {
                            if (variant.shape() instanceof Shape.EnumType e) {
                                TypeElement type =
                                        elements.getTypeElement(e.type().name().canonicalName());
                                if (type != null) {
                                    enums.add(type);
                                }
                            }
                        }
                    }
                    if (enumShape instanceof Shape.EnumType e) {
                        TypeElement type =
                                elements.getTypeElement(e.type().name().canonicalName());
                        if (type != null) {
                            enums.add(type);
                        }
                    }
                }
            }
        }

        /**
         * The interfaces a type implements, through their superinterfaces: Jackson 3 reads the annotations of an
         * implemented interface, and of the interface methods a class overrides, as if written on the class.
         */
        void interfacesOf(TypeElement type, Set<TypeElement> interfaces) {
            for (TypeMirror mirror : type.getInterfaces()) {
                if (mirror instanceof DeclaredType declared
                        && declared.asElement() instanceof TypeElement iface
                        && !iface.getQualifiedName().toString().startsWith("java.")
                        && interfaces.add(iface)) {
                    interfacesOf(iface, interfaces);
                }
            }
        }

        private void parameters(ExecutableElement executable, String subject, TypeElement type, Set<Element> done) {
            for (VariableElement parameter : executable.getParameters()) {
                if (!done.contains(parameter)) {
                    String name = parameter.getSimpleName().toString();
                    each(parameter, new Site(subject + " parameter '" + name + "'", Place.MEMBER, name, type));
                }
            }
        }

        private void each(Element element, Site site) {
            for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
                report(new Occurrence(mirror, element, Optional.of(mirror)), site);
            }
        }

        /**
         * Adds the Jackson annotations of {@code element} not seen yet; on {@code element} itself when javac can
         * position them there, else on {@code fallback}.
         */
        private static void take(
                Element element, boolean positioned, Element fallback, Map<String, Occurrence> written) {
            if (element == null) {
                return;
            }
            for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
                TypeElement type = JacksonAnnotations.type(mirror);
                if (JacksonAnnotations.isJackson(type)
                        || !JacksonAnnotations.bundled(type).isEmpty()) {
                    written.putIfAbsent(
                            type.getQualifiedName().toString(),
                            positioned
                                    ? new Occurrence(mirror, element, Optional.of(mirror))
                                    : new Occurrence(mirror, fallback, Optional.empty()));
                }
            }
        }

        private void report(Occurrence occurrence, Site site) {
            TypeElement type = JacksonAnnotations.type(occurrence.annotation());
            String annotation = "'@" + type.getSimpleName() + "'";
            String message;
            // written on the component itself, javac puts it on the record's private field, where the model reads it
            boolean onComponent = site.place() == Place.COMPONENT
                    && occurrence.mirror().isPresent()
                    && occurrence.at().getKind() == ElementKind.FIELD;
            boolean onRecord = site.place() == Place.TYPE
                    && site.owner().getKind() == ElementKind.RECORD
                    && occurrence.at().equals(site.owner());
            if (JacksonAnnotations.honoured(occurrence.annotation(), site.place(), onComponent || onRecord)
                    || JsonValueRule.claims(occurrence.annotation(), site.owner())
                    || (site.place() == Place.TYPE
                            && occurrence.at().equals(site.owner())
                            && PolymorphicAnnotations.honoured(occurrence.annotation(), site.owner()))
                    || ignoredGetter(occurrence, site)) {
                return;
            }
            if (JacksonAnnotations.isJackson(type)
                    && site.place() == Place.COMPONENT
                    && !onComponent
                    && JacksonAnnotations.honoured(occurrence.annotation(), Place.COMPONENT, true)) {
                message = site.subject() + " carries " + annotation + ", which the generated serde applies only"
                        + " written on the component: Jackson 3 merges what the field, the accessor and the constructor"
                        + " parameter carry, this serde reads the component's annotations, so the bytes could differ"
                        + " from what Jackson 3 writes; write " + annotation + " on the component '" + site.name()
                        + "' in the record header instead";
            } else if (JacksonAnnotations.isJackson(type)) {
                Advice advice =
                        JacksonAnnotations.advice(occurrence.annotation(), site.place(), site.name(), site.owner());
                message = site.subject() + " carries " + annotation + ", which the generated serde does not apply: "
                        + advice.effect() + "; " + advice.instead();
            } else {
                List<String> bundled = JacksonAnnotations.bundled(type);
                if (bundled.isEmpty()) {
                    return;
                }
                message = site.subject() + " carries " + annotation + ", which bundles the Jackson annotation"
                        + (bundled.size() == 1 ? " " : "s ") + String.join(", ", bundled)
                        + " through '@JacksonAnnotationsInside', and the generated serde does not apply them: Jackson 3"
                        + " applies them as if written here, so the bytes would differ from what Jackson 3 writes;"
                        + " remove " + annotation + " and write what it stands for without Jackson annotations";
            }
            found.add(occurrence
                    .mirror()
                    .map(m -> Diagnostic.errorOn(RULE, occurrence.at(), m, message))
                    .orElseGet(() -> Diagnostic.error(RULE, occurrence.at(), message)));
        }

        /**
         * A {@code @JsonIgnore} on a record's own getter that stands for no component ({@code isRisky()} beside
         * {@code score}): Jackson 3 leaves the getter out, and so does this serde, which writes only components.
         */
        private static boolean ignoredGetter(Occurrence occurrence, Site site) {
            if (!(occurrence.at() instanceof ExecutableElement method)
                    || occurrence.mirror().isEmpty()
                    || site.owner().getKind() != ElementKind.RECORD
                    || !method.getEnclosingElement().equals(site.owner())
                    || !JacksonAnnotations.type(occurrence.annotation())
                            .getQualifiedName()
                            .contentEquals(JacksonReader.JSON_IGNORE)) {
                return false;
            }
            Set<String> components = new HashSet<>();
            for (RecordComponentElement component :
                    ElementFilter.recordComponentsIn(site.owner().getEnclosedElements())) {
                components.add(component.getSimpleName().toString());
            }
            return BeanPropertyRule.ignored(method, components);
        }

        /** Whether the accessor is the one javac writes for the component: it has no tree of its own. */
        private boolean implicit(ExecutableElement accessor) {
            if (trees.isEmpty()) {
                return true; // without trees, the accessor's annotations are taken as the component's
            }
            try {
                return trees.get().getTree(accessor) == null;
            } catch (RuntimeException e) {
                return true;
            }
        }

        private ExecutableElement canonicalConstructor(
                TypeElement record, List<? extends RecordComponentElement> components) {
            for (ExecutableElement constructor : ElementFilter.constructorsIn(record.getEnclosedElements())) {
                List<? extends VariableElement> parameters = constructor.getParameters();
                if (parameters.size() != components.size()) {
                    continue;
                }
                boolean same = true;
                for (int i = 0; i < parameters.size() && same; i++) {
                    same = types.isSameType(
                            types.erasure(parameters.get(i).asType()),
                            types.erasure(components.get(i).asType()));
                }
                if (same) {
                    return constructor;
                }
            }
            return null;
        }

        private static String signature(ExecutableElement executable) {
            return executable.getSimpleName()
                    + executable.getParameters().stream()
                            .map(p -> TypeDisplay.simple(p.asType()))
                            .collect(Collectors.joining(", ", "(", ")"));
        }
    }
}
