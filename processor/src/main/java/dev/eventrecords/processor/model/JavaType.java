package dev.eventrecords.processor.model;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * A Java type as generated code names it: a primitive, or a class with its type arguments. Plain data, read once from
 * the declaration; the generators turn it into code.
 */
public sealed interface JavaType {

    /** {@code Object}: what a type that cannot be named (unresolved, a wildcard) stands for. */
    JavaType OBJECT = new Declared(JavaName.of("java.lang", "Object"), List.of());

    /** The type as Java source spells it in full: {@code int}, {@code java.util.List<com.acme.Line>}. */
    String spelling();

    /** The type as a generic argument names it: a primitive's wrapper, any other type itself. */
    Declared boxed();

    /** The type of a component or a type argument, as declared (annotations dropped). */
    static JavaType of(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return new Primitive(type.getKind().name().toLowerCase(Locale.ROOT));
        }
        if (type.getKind() == TypeKind.DECLARED && ((DeclaredType) type).asElement() instanceof TypeElement element) {
            List<JavaType> arguments = ((DeclaredType) type)
                    .getTypeArguments().stream().map(JavaType::of).toList();
            return new Declared(JavaName.of(element), arguments);
        }
        return OBJECT;
    }

    /**
     * A primitive type.
     *
     * @param keyword {@code int}, {@code boolean}, ...
     */
    record Primitive(String keyword) implements JavaType {

        @Override
        public String spelling() {
            return keyword;
        }

        @Override
        public Declared boxed() {
            String wrapper = switch (keyword) {
                case "int" -> "Integer";
                case "char" -> "Character";
                default -> Character.toUpperCase(keyword.charAt(0)) + keyword.substring(1);
            };
            return new Declared(JavaName.of("java.lang", wrapper), List.of());
        }
    }

    /**
     * A class, interface, record or enum, with its type arguments.
     *
     * @param name the raw type's name
     * @param arguments the type arguments, empty for a non-generic use
     */
    record Declared(JavaName name, List<JavaType> arguments) implements JavaType {

        public Declared {
            arguments = List.copyOf(arguments);
        }

        /** A non-generic use of a class. */
        public static Declared of(JavaName name) {
            return new Declared(name, List.of());
        }

        @Override
        public String spelling() {
            return arguments.isEmpty()
                    ? name.canonicalName()
                    : name.canonicalName()
                            + arguments.stream().map(JavaType::spelling).collect(Collectors.joining(", ", "<", ">"));
        }

        @Override
        public Declared boxed() {
            return this;
        }
    }
}
