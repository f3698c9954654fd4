package dev.eventrecords.processor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The model is plain data: no type of the model package names a code-generation type (JavaPoet's) in a field, a
 * record component, a method's signature or a generic argument of one. Only the generators turn it into code.
 */
class ModelIsPlainDataTest {

    @Test
    void noModelTypeNamesAJavaPoetType() throws IOException, URISyntaxException, ClassNotFoundException {
        Path dir = Path.of(JavaName.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .resolve("dev/eventrecords/processor/model");
        List<String> classes;
        try (Stream<Path> files = Files.list(dir)) {
            classes = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".class"))
                    .map(n -> "dev.eventrecords.processor.model." + n.substring(0, n.length() - ".class".length()))
                    .sorted()
                    .toList();
        }
        assertThat(classes).contains("dev.eventrecords.processor.model.Shape$RecordType");
        List<String> found = new ArrayList<>();
        for (String name : classes) {
            Class<?> type = Class.forName(name, false, getClass().getClassLoader());
            for (Field field : type.getDeclaredFields()) {
                check(found, name + "." + field.getName(), field.getGenericType());
            }
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    check(found, name + "#" + component.getName(), component.getGenericType());
                }
            }
            for (Method method : type.getDeclaredMethods()) {
                check(found, name + "." + method.getName() + "()", method.getGenericReturnType());
                for (Type parameter : method.getGenericParameterTypes()) {
                    check(found, name + "." + method.getName() + "(..)", parameter);
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static void check(List<String> found, String where, Type type) {
        if (type.getTypeName().contains("com.palantir.javapoet")) {
            found.add(where + ": " + type.getTypeName());
        }
    }
}
