package dev.eventrecords.processor.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The originating elements of each generated file: every type whose declaration the processor read to write it (a
 * sealed interface of a polymorphic component, with its variants, too), so
 * that an incremental build (Gradle's, an IDE's) regenerates the file when, and only when, one of them changes. A
 * record's codec comes from the record and every record and enum it reaches; an event's serde, key extractor and
 * binding from those and, for a member, its family interface; a family's files from the family and its members'.
 */
public final class Origins {

    private Origins() {}

    /** A record and every record and enum reachable from its components, at any depth, in the order first reached. */
    public static List<TypeElement> ofRecord(TypeElement record) {
        Set<TypeElement> found = new LinkedHashSet<>();
        reach(record, found);
        return List.copyOf(found);
    }

    /** An event's own files: its record's origins and its family interface. */
    public static List<TypeElement> ofEvent(EventModel event) {
        Set<TypeElement> found = new LinkedHashSet<>(ofRecord(event.element()));
        event.family().ifPresent(f -> found.add(f.element()));
        return List.copyOf(found);
    }

    /** A family's files: the interface, then each member's origins. */
    public static List<TypeElement> ofFamily(FamilyModel family) {
        Set<TypeElement> found = new LinkedHashSet<>();
        found.add(family.ref().element());
        for (EventModel member : family.members()) {
            found.addAll(ofEvent(member));
        }
        return List.copyOf(found);
    }

    private static void reach(TypeElement type, Set<TypeElement> found) {
        if (!found.add(type)) {
            return;
        }
        if (PolymorphicReader.applies(type)) {
            // a polymorphic value: the interfaces its type id comes from, and every variant
            for (TypeMirror parent : type.getInterfaces()) {
                if (parent instanceof DeclaredType declared && declared.asElement() instanceof TypeElement p) {
                    found.add(p);
                }
            }
            type.getPermittedSubclasses().forEach(permitted -> reach(permitted, found));
            return;
        }
        if (type.getKind() != ElementKind.RECORD) {
            return;
        }
        for (Element member : type.getEnclosedElements()) {
            if (member instanceof RecordComponentElement component) {
                reach(component.asType(), found);
            }
        }
    }

    private static void reach(TypeMirror type, Set<TypeElement> found) {
        if (type instanceof ArrayType array) {
            reach(array.getComponentType(), found);
        } else if (type instanceof DeclaredType declared) {
            if (declared.asElement() instanceof TypeElement element
                    && (element.getKind() == ElementKind.RECORD
                            || element.getKind() == ElementKind.ENUM
                            || PolymorphicReader.applies(element))) {
                reach(element, found);
            }
            declared.getTypeArguments().forEach(argument -> reach(argument, found));
        }
    }
}
