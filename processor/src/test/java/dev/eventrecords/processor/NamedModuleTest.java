package dev.eventrecords.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.TypeSpec;
import dev.eventrecords.Event;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonGenerator;

/**
 * Events in a named module, end to end with real javac and a real module layer: the module requires only
 * {@code dev.eventrecords} (transitively, since it exports its events), the generated code compiles there without a warning, {@code EventCatalog} finds the
 * bindings through the module's {@code provides} clause, and an event goes through its serde; without the clause the
 * build fails with the clause to write.
 */
class NamedModuleTest {

    private static final String EVENT = """
            package com.acme.shop;

            import dev.eventrecords.Event;
            import dev.eventrecords.Key;
            import java.util.List;

            @Event(topic = "orders")
            public record OrderPlaced(@Key String orderId, long cents, List<String> skus) {
                public OrderPlaced {
                    skus = List.copyOf(skus);
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void a_module_that_requires_only_the_runtime_compiles_and_its_catalogue_finds_the_binding() throws Exception {
        List<String> errors = compile("""
                module com.acme.shop {
                    requires transitive dev.eventrecords;
                    exports com.acme.shop;
                    provides dev.eventrecords.TopicBinding with com.acme.shop.OrderPlacedTopic;
                }
                """);
        assertThat(errors).as("javac's diagnostics under -Xlint:all -Werror").isEmpty();

        ModuleLayer layer = layer();
        ClassLoader loader = layer.findLoader("com.acme.shop");
        assertThat(layer.findModule("com.acme.shop").orElseThrow().isNamed()).isTrue();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            Class<?> catalog = loader.loadClass("dev.eventrecords.EventCatalog");
            Class<?> bindingType = loader.loadClass("dev.eventrecords.TopicBinding");
            List<?> bindings = (List<?>) catalog.getMethod("bindings").invoke(null);
            assertThat(bindings).hasSize(1);
            Object binding = bindings.get(0);
            assertThat(binding.getClass().getName()).isEqualTo("com.acme.shop.OrderPlacedTopic");
            assertThat(binding.getClass().getModule().getName()).isEqualTo("com.acme.shop");
            assertThat(bindingType.getMethod("topic").invoke(binding)).isEqualTo("orders");

            Class<?> eventClass = (Class<?>) bindingType.getMethod("eventClass").invoke(binding);
            Object event = eventClass.getConstructors()[0].newInstance("o-1", 250L, List.of("a", "b"));
            Object serde = bindingType.getMethod("valueSerde").invoke(binding);
            Class<?> serdeType = loader.loadClass(Serde.class.getName());
            Object serializer = serdeType.getMethod("serializer").invoke(serde);
            Object deserializer = serdeType.getMethod("deserializer").invoke(serde);
            Method serialize = serializer.getClass().getMethod("serialize", String.class, Object.class);
            Method deserialize = deserializer.getClass().getMethod("deserialize", String.class, byte[].class);
            byte[] bytes = (byte[]) serialize.invoke(serializer, "orders", event);
            assertThat(new String(bytes, StandardCharsets.UTF_8))
                    .isEqualTo("{\"orderId\":\"o-1\",\"cents\":250,\"skus\":[\"a\",\"b\"]}");
            assertThat(deserialize.invoke(deserializer, "orders", bytes)).isEqualTo(event);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Test
    void a_module_without_the_provides_clause_is_told_the_exact_clause() throws Exception {
        List<String> errors = compile("""
                module com.acme.shop {
                    requires dev.eventrecords;
                }
                """);
        assertThat(errors)
                .containsExactly("module-info.java:1: [eventrecords:module] module 'com.acme.shop' does not provide the"
                        + " topic binding 'com.acme.shop.OrderPlacedTopic': in a named module ServiceLoader finds only"
                        + " the providers that module-info.java declares, so EventCatalog would not see that event;"
                        + " write 'provides dev.eventrecords.TopicBinding with com.acme.shop.OrderPlacedTopic;' in"
                        + " module-info.java");
    }

    /** Compiles the module with javac and our processor; returns the diagnostics as {@code file:line: message}. */
    private List<String> compile(String moduleInfo) throws IOException, URISyntaxException {
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("com/acme/shop"));
        Files.writeString(src.resolve("module-info.java"), moduleInfo);
        Files.writeString(src.resolve("com/acme/shop/OrderPlaced.java"), EVENT);
        Path out = Files.createDirectories(dir.resolve("out"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of(
                    "-Xlint:all",
                    "-Werror",
                    "--release",
                    "17",
                    "--module-path",
                    modulePath().stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)),
                    "--processor-path",
                    location(EventProcessor.class) + java.io.File.pathSeparator + location(TypeSpec.class),
                    "-d",
                    out.toString());
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjects(
                    src.resolve("module-info.java"), src.resolve("com/acme/shop/OrderPlaced.java"));
            javac.getTask(null, files, diagnostics, options, null, units).call();
        }
        List<String> found = new ArrayList<>();
        for (var d : diagnostics.getDiagnostics()) {
            String file = d.getSource() == null
                    ? ""
                    : Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber() + ": ";
            found.add(file + d.getMessage(Locale.ROOT));
        }
        return found;
    }

    private ModuleLayer layer() throws URISyntaxException {
        List<Path> paths = new ArrayList<>(modulePath());
        paths.add(dir.resolve("out"));
        ModuleFinder finder = ModuleFinder.of(paths.toArray(new Path[0]));
        Configuration configuration =
                ModuleLayer.boot().configuration().resolveAndBind(finder, ModuleFinder.of(), Set.of("com.acme.shop"));
        return ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    }

    /** The runtime and what it requires: Kafka's client and Jackson's core. */
    private static List<Path> modulePath() throws URISyntaxException {
        return List.of(location(Event.class), location(Serde.class), location(JsonGenerator.class));
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
