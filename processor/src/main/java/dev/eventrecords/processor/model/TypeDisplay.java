package dev.eventrecords.processor.model;

import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/** Spells a type as a user wrote it, with simple names: {@code List<Line>}, {@code Map<String, Set<Tag>>}. */
public final class TypeDisplay {

    private TypeDisplay() {}

    public static String of(TypeMirror type) {
        switch (type.getKind()) {
            case DECLARED: {
                DeclaredType declared = (DeclaredType) type;
                TypeElement element = (TypeElement) declared.asElement();
                String name = nestedName(element);
                if (declared.getTypeArguments().isEmpty()) {
                    return name;
                }
                return name
                        + declared.getTypeArguments().stream()
                                .map(TypeDisplay::of)
                                .collect(Collectors.joining(", ", "<", ">"));
            }
            case ARRAY:
                return of(((ArrayType) type).getComponentType()) + "[]";
            case WILDCARD: {
                WildcardType wildcard = (WildcardType) type;
                if (wildcard.getExtendsBound() != null) {
                    return "? extends " + of(wildcard.getExtendsBound());
                }
                if (wildcard.getSuperBound() != null) {
                    return "? super " + of(wildcard.getSuperBound());
                }
                return "?";
            }
            default:
                String text = type.toString();
                int dot = text.lastIndexOf('.');
                return dot < 0 ? text : text.substring(dot + 1);
        }
    }

    /** {@code Outer.Inner} for a nested type, the simple name otherwise. */
    public static String nestedName(TypeElement element) {
        StringBuilder name = new StringBuilder(element.getSimpleName());
        var enclosing = element.getEnclosingElement();
        while (enclosing instanceof TypeElement outer) {
            name.insert(0, outer.getSimpleName() + ".");
            enclosing = outer.getEnclosingElement();
        }
        return name.toString();
    }
}
