package dev.eventrecords.processor.rules;

import dev.eventrecords.processor.model.PolymorphicReader;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The Jackson annotations of polymorphic values, where the serde honours them: {@code @JsonTypeInfo} and
 * {@code @JsonSubTypes} on a sealed interface, {@code @JsonTypeName} on a record or enum that implements one. What
 * each member means, and which members and forms are refused (with the component that uses the interface), is
 * {@code PolymorphicReader}'s.
 */
final class PolymorphicAnnotations {

    private PolymorphicAnnotations() {}

    /**
     * Whether the annotation, written on {@code at}, is one the polymorphic shape honours.
     *
     * @param annotation the annotation
     * @param at the element it is written on
     */
    static boolean honoured(AnnotationMirror annotation, Element at) {
        if (!(at instanceof TypeElement type)) {
            return false;
        }
        switch (JacksonAnnotations.type(annotation).getQualifiedName().toString()) {
            case PolymorphicReader.JSON_TYPE_INFO:
            case "com.fasterxml.jackson.annotation.JsonSubTypes":
                return sealedInterface(type);
            case "com.fasterxml.jackson.annotation.JsonTypeName":
                return (type.getKind() == ElementKind.RECORD || type.getKind() == ElementKind.ENUM)
                        && implementsSealed(type);
            default:
                return false;
        }
    }

    /** The interface from which a type inherits {@code @JsonTypeInfo} (not its own), or {@code null}. */
    static TypeElement typeInfoFrom(TypeElement type) {
        for (TypeElement holder : PolymorphicReader.typeInfoHolders(type)) {
            if (!holder.equals(type)) {
                return holder;
            }
        }
        return null;
    }

    private static boolean sealedInterface(TypeElement type) {
        return PolymorphicReader.applies(type);
    }

    private static boolean implementsSealed(TypeElement type) {
        for (TypeMirror parent : type.getInterfaces()) {
            if (parent instanceof DeclaredType d
                    && d.asElement() instanceof TypeElement p
                    && (sealedInterface(p) || implementsSealed(p))) {
                return true;
            }
        }
        return false;
    }
}
