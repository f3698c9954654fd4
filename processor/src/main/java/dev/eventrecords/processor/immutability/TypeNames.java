package dev.eventrecords.processor.immutability;

import dev.eventrecords.processor.model.TypeDisplay;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Spells types for the mutability rule's messages with simple names only, as a user usually writes them inside their
 * own file: {@code List<Line>} for {@code java.util.List<com.example.OrderPlaced.Line>}, {@code byte[]},
 * {@code Map<String, ? extends Tag>}.
 */
final class TypeNames {

    private TypeNames() {}

    static String of(TypeMirror type) {
        return TypeDisplay.simple(type);
    }

    static String of(TypeElement element) {
        return element.getSimpleName().toString();
    }
}
