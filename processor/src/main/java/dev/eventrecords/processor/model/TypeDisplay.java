package dev.eventrecords.processor.model;

import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/** Spells a type as a user wrote it, with simple names: {@code List<Line>}, {@code Map<String, Set<Tag>>}. */
public final class TypeDisplay {

    private TypeDisplay() {}

    /** Nested types with their outer names: {@code List<OrderPlaced.Line>}. */
    public static String of(TypeMirror type) {
        return spell(type, TypeDisplay::nestedName);
    }

    /** Simple names only, as a user writes them inside their own file: {@code List<Line>}. */
    public static String simple(TypeMirror type) {
        return spell(type, element -> element.getSimpleName().toString());
    }

    private static String spell(TypeMirror type, Function<TypeElement, String> naming) {
        switch (type.getKind()) {
            case DECLARED: {
                DeclaredType declared = (DeclaredType) type;
                String name = naming.apply((TypeElement) declared.asElement());
                if (declared.getTypeArguments().isEmpty()) {
                    return name;
                }
                return name
                        + declared.getTypeArguments().stream()
                                .map(t -> spell(t, naming))
                                .collect(Collectors.joining(", ", "<", ">"));
            }
            case ARRAY:
                return spell(((ArrayType) type).getComponentType(), naming) + "[]";
            case WILDCARD: {
                WildcardType wildcard = (WildcardType) type;
                if (wildcard.getExtendsBound() != null) {
                    return "? extends " + spell(wildcard.getExtendsBound(), naming);
                }
                if (wildcard.getSuperBound() != null) {
                    return "? super " + spell(wildcard.getSuperBound(), naming);
                }
                return "?";
            }
            case TYPEVAR:
                return ((javax.lang.model.type.TypeVariable) type)
                        .asElement()
                        .getSimpleName()
                        .toString();
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
