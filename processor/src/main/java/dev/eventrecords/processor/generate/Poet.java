package dev.eventrecords.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.eventrecords.processor.model.JavaName;
import dev.eventrecords.processor.model.JavaType;
import java.util.List;

/** Turns the model's plain names and types into JavaPoet's, which only the generators use. */
final class Poet {

    private Poet() {}

    static ClassName name(JavaName name) {
        List<String> simple = name.simpleNames();
        return ClassName.get(
                name.packageName(),
                simple.get(0),
                simple.subList(1, simple.size()).toArray(new String[0]));
    }

    static TypeName type(JavaType type) {
        if (type instanceof JavaType.Primitive p) {
            return switch (p.keyword()) {
                case "boolean" -> TypeName.BOOLEAN;
                case "byte" -> TypeName.BYTE;
                case "short" -> TypeName.SHORT;
                case "int" -> TypeName.INT;
                case "long" -> TypeName.LONG;
                case "char" -> TypeName.CHAR;
                case "float" -> TypeName.FLOAT;
                case "double" -> TypeName.DOUBLE;
                default -> throw new IllegalArgumentException("not a primitive: " + p.keyword());
            };
        }
        JavaType.Declared declared = (JavaType.Declared) type;
        ClassName raw = name(declared.name());
        return declared.arguments().isEmpty()
                ? raw
                : ParameterizedTypeName.get(
                        raw, declared.arguments().stream().map(Poet::type).toArray(TypeName[]::new));
    }
}
