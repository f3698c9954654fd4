package dev.eventrecords.processor.rules;

import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.model.JacksonReader;
import dev.eventrecords.processor.model.ModelReader;
import dev.eventrecords.processor.model.RecordModel;
import dev.eventrecords.processor.model.TypeDisplay;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * {@code eventrecords:declaration}: an event, or a record in it, must not have a bean-style method ({@code getX()},
 * {@code isX()}) that is not a component. Jackson writes such a method as one more property, so the value would no
 * longer be byte-for-byte what Jackson writes, and consumers with Jackson would see a field we neither write nor
 * read. Methods inherited from interfaces count too: Jackson 3 writes an interface's {@code default} getters, and
 * {@code isX()} returning {@code boolean} or {@code Boolean}; it does not write static methods.
 */
public final class BeanPropertyRule implements Rule {

    @Override
    public List<Diagnostic> check(EventModel event, RuleContext context) {
        List<Diagnostic> found = new ArrayList<>();
        Elements elements = context.env().getElementUtils();
        check(elements, event.record(), "event '" + event.simpleName() + "'", found);
        for (RecordModel nested : event.nested()) {
            if (nested.valueClass().isPresent()) {
                continue; // a value class's getters are its properties
            }
            check(
                    elements,
                    nested,
                    "record '" + TypeDisplay.nestedName(nested.element()) + "' in event '" + event.simpleName() + "'",
                    found);
        }
        return found;
    }

    private static void check(Elements elements, RecordModel record, String owner, List<Diagnostic> found) {
        TypeElement element = record.element();
        Set<String> components = record.components().stream().map(c -> c.name()).collect(Collectors.toSet());
        // getAllMembers gives the record's own methods and what it inherits, each signature once (an override
        // hides the interface method it implements); Object's methods are no getters Jackson writes.
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(element))) {
            TypeElement declaring = (TypeElement) method.getEnclosingElement();
            boolean inherited = !declaring.equals(element);
            if (inherited && declaring.getKind() != ElementKind.INTERFACE) {
                continue;
            }
            String name = method.getSimpleName().toString();
            boolean isPublic = method.getModifiers().contains(Modifier.PUBLIC)
                    || (inherited && !method.getModifiers().contains(Modifier.PRIVATE));
            if (!isPublic
                    || method.getModifiers().contains(Modifier.STATIC)
                    || !method.getParameters().isEmpty()
                    || method.getReturnType().getKind() == TypeKind.VOID
                    || components.contains(name)) {
                continue;
            }
            String property = property(name, returnsBoolean(method.getReturnType()));
            if (property == null || components.contains(property) || (!inherited && ignored(method, components))) {
                continue;
            }
            String has = inherited
                    ? " inherits method '" + name + "()' from '" + declaring.getSimpleName() + "'"
                    : " has method '" + name + "()'";
            found.add(Diagnostic.error(
                    RuleId.DECLARATION,
                    inherited ? element : method,
                    owner + has + ", which Jackson writes as a property '" + property
                            + "' although it is not a component: the value would differ from what Jackson writes and"
                            + " consumers would see a field this serde neither writes nor reads; rename it so it does"
                            + " not start with 'get' or 'is' (as in '" + property
                            + "()'), "
                            + (inherited ? "" : "mark it '@JsonIgnore' so that Jackson leaves it out too, ")
                            + "or make it a component"));
        }
    }

    /**
     * Whether a record's own method is a getter that carries {@code @JsonIgnore} (not {@code @JsonIgnore(false)}) and
     * stands for no component: Jackson 3 then writes and reads the record as if the method were not there, as this
     * serde does. A getter whose property a component is named like, in any case ({@code getURL()} beside
     * {@code url}), is no such getter: Jackson could take the ignoral for the component's property.
     *
     * @param components the names of the record's components
     */
    static boolean ignored(ExecutableElement method, Set<String> components) {
        if (method.getModifiers().contains(Modifier.STATIC)
                || !method.getParameters().isEmpty()
                || method.getReturnType().getKind() == TypeKind.VOID
                || components.contains(method.getSimpleName().toString())) {
            return false;
        }
        String property = property(method.getSimpleName().toString(), returnsBoolean(method.getReturnType()));
        if (property == null || components.stream().anyMatch(property::equalsIgnoreCase)) {
            return false;
        }
        return ModelReader.annotation(method, JacksonReader.JSON_IGNORE)
                .map(a -> ModelReader.explicitValue(a, "value")
                        .map(v -> Boolean.TRUE.equals(v.getValue()))
                        .orElse(true))
                .orElse(false);
    }

    /** Jackson 3 takes {@code isX()} as a getter when it returns {@code boolean} or {@code Boolean}. */
    private static boolean returnsBoolean(TypeMirror type) {
        return type.getKind() == TypeKind.BOOLEAN
                || (type instanceof DeclaredType declared
                        && ((TypeElement) declared.asElement())
                                .getQualifiedName()
                                .contentEquals("java.lang.Boolean"));
    }

    /** The bean property a method name stands for, as Jackson 3 derives it, or {@code null}. */
    private static String property(String name, boolean returnsBoolean) {
        String rest;
        if (name.startsWith("get") && name.length() > 3) {
            rest = name.substring(3);
        } else if (returnsBoolean && name.startsWith("is") && name.length() > 2) {
            rest = name.substring(2);
        } else {
            return null;
        }
        if (!Character.isUpperCase(rest.charAt(0)) && !Character.isDigit(rest.charAt(0)) && rest.charAt(0) != '_') {
            return null;
        }
        // Jackson 3 names it as the Java Beans specification does: getURL is 'URL', getE1 is 'e1'
        if (rest.length() > 1 && Character.isUpperCase(rest.charAt(0)) && Character.isUpperCase(rest.charAt(1))) {
            return rest;
        }
        return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }
}
