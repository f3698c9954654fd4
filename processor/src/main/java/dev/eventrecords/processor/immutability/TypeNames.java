package dev.eventrecords.processor.immutability;

import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;

/**
 * Spells types for the mutability rule's messages with simple names only, as a user usually writes them inside their
 * own file: {@code List<Line>} for {@code java.util.List<com.example.OrderPlaced.Line>}, {@code byte[]},
 * {@code Map<String, ? extends Tag>}.
 */
final class TypeNames {

    private TypeNames() {}

    static String of(TypeMirror type) {
        switch (type.getKind()) {
            case DECLARED: {
                DeclaredType declared = (DeclaredType) type;
                String name = of((TypeElement) declared.asElement());
                if (declared.getTypeArguments().isEmpty()) {
                    return name;
                }
                return name
                        + declared.getTypeArguments().stream()
                                .map(TypeNames::of)
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
            case TYPEVAR:
                return ((TypeVariable) type).asElement().getSimpleName().toString();
            default:
                String text = type.toString();
                int dot = text.lastIndexOf('.');
                return dot < 0 ? text : text.substring(dot + 1);
        }
    }

    static String of(TypeElement element) {
        return element.getSimpleName().toString();
    }
}
