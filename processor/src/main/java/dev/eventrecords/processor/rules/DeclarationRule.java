package dev.eventrecords.processor.rules;

import dev.eventrecords.processor.model.TypeDisplay;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

/**
 * The gate before an event is read: {@code @Event} must sit on a record ({@code not-a-record}) that generated code in
 * its package can name: not generic, not local, not nested in a method or an anonymous class, not private
 * ({@code declaration}). An event that fails here is not read further.
 */
public final class DeclarationRule {

    public List<Diagnostic> check(Element element) {
        if (element.getKind() != ElementKind.RECORD) {
            String name = element.getSimpleName().toString();
            return List.of(Diagnostic.error(
                    RuleId.NOT_A_RECORD,
                    element,
                    "'" + name + "' is " + article(element.getKind()) + ", not a record: only records can be events, "
                            + "because their state is exactly their components; declare it as 'record " + name
                            + "(...)'"));
        }
        TypeElement record = (TypeElement) element;
        String name = TypeDisplay.nestedName(record);
        if (!record.getTypeParameters().isEmpty()) {
            String params = record.getTypeParameters().stream()
                    .map(p -> p.getSimpleName().toString())
                    .collect(Collectors.joining(", "));
            return List.of(Diagnostic.error(
                    RuleId.DECLARATION,
                    record,
                    "event '" + name + "' is generic: the serde must know every component's type at compile time; "
                            + "remove the type parameter"
                            + (record.getTypeParameters().size() > 1 ? "s" : "") + " '"
                            + params + "' and use concrete types"));
        }
        Element current = record;
        while (current instanceof TypeElement type) {
            if (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS) {
                return List.of(Diagnostic.error(
                        RuleId.DECLARATION,
                        record,
                        "event '" + record.getSimpleName() + "' is declared inside a method"
                                + (type == record ? "" : " (in a local or anonymous class)")
                                + ": generated classes cannot name it; move it to the top level or into a class"));
            }
            if (type.getModifiers().contains(Modifier.PRIVATE)) {
                String what =
                        type == record ? "is private" : "is nested in private '" + TypeDisplay.nestedName(type) + "'";
                return List.of(Diagnostic.error(
                        RuleId.DECLARATION,
                        record,
                        "event '" + name + "' " + what + ": generated classes in its package cannot use it; "
                                + "make it package-private or public"));
            }
            current = type.getEnclosingElement();
        }
        if (current != null && current.getKind() != ElementKind.PACKAGE && current.getKind() != ElementKind.MODULE) {
            return List.of(Diagnostic.error(
                    RuleId.DECLARATION,
                    record,
                    "event '" + record.getSimpleName() + "' is declared inside a method: generated classes cannot "
                            + "name it; move it to the top level or into a class"));
        }
        return List.of();
    }

    private static String article(ElementKind kind) {
        switch (kind) {
            case ANNOTATION_TYPE:
                return "an annotation type";
            case INTERFACE:
                return "an interface";
            case ENUM:
                return "an enum";
            default:
                return "a " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }
}
