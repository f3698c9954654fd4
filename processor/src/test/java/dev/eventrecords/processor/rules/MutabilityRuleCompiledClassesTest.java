package dev.eventrecords.processor.rules;

import static dev.eventrecords.processor.immutability.MutabilityCompiler.assertAccepted;
import static dev.eventrecords.processor.immutability.MutabilityCompiler.findings;
import static dev.eventrecords.processor.immutability.MutabilityCompiler.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.eventrecords.processor.EventProcessor;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Types that come compiled, from a jar: judged from their class files, without source or constructor bodies. */
class MutabilityRuleCompiledClassesTest {

    @TempDir
    static Path dir;

    private static File library;

    /** A small library jar, compiled here from source. */
    @BeforeAll
    static void buildLibrary() throws IOException {
        Compilation compiled = Compiler.javac()
                .compile(
                        source("lib.Money", """
                                package com.example.lib;
                                public final class Money {
                                    private final long cents;
                                    private final String currency;
                                    public Money(long cents, String currency) {
                                        this.cents = cents;
                                        this.currency = currency;
                                    }
                                }
                                """),
                        source("lib.Counter", """
                                package com.example.lib;
                                public final class Counter {
                                    private int count;
                                }
                                """),
                        source("lib.Base", """
                                package com.example.lib;
                                public abstract class Base {
                                    private java.util.Date touched;
                                }
                                """),
                        source("lib.Basket", """
                                package com.example.lib;
                                import java.util.List;
                                public record Basket(String id, List<String> items) {
                                    public Basket {
                                        items = List.copyOf(items);
                                    }
                                }
                                """),
                        source("lib.Sealed", """
                                package com.example.lib;
                                public sealed interface Sealed permits Sealed.A, Sealed.B {
                                    record A(String name) implements Sealed {}
                                    final class B implements Sealed {
                                        private final java.util.Calendar when = null;
                                    }
                                }
                                """),
                        source("lib.Stamp", """
                                package com.example.lib;
                                @Stamp.Immutable
                                public class Stamp {
                                    private long at;
                                    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.CLASS)
                                    public @interface Immutable {}
                                }
                                """));
        assertThat(compiled.status()).isEqualTo(Compilation.Status.SUCCESS);
        library = dir.resolve("library.jar").toFile();
        try (OutputStream out = Files.newOutputStream(library.toPath());
                JarOutputStream jar = new JarOutputStream(out)) {
            for (JavaFileObject file : compiled.generatedFiles()) {
                if (file.getKind() != JavaFileObject.Kind.CLASS) {
                    continue;
                }
                String path = file.toUri().getPath();
                jar.putNextEntry(new JarEntry(path.substring(path.indexOf("com/example/"))));
                try (InputStream in = file.openInputStream()) {
                    in.transferTo(jar);
                }
                jar.closeEntry();
            }
        }
    }

    private static Compilation compileWithLibrary(List<String> options, String event) {
        List<File> classpath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classpath.add(new File(entry));
        }
        classpath.add(library);
        return Compiler.javac()
                .withProcessors(new EventProcessor())
                .withOptions(options)
                .withClasspath(classpath)
                .compile(source("Paid", event));
    }

    private static String event(String type) {
        return """
                package com.example;
                import dev.eventrecords.Event;
                @Event
                public record Paid(String id, %s value) {}
                """.formatted(type);
    }

    @Test
    void acceptsFinalClassWithFinalFieldsFromAJar() {
        assertAccepted(compileWithLibrary(List.of(), event("com.example.lib.Money")));
    }

    @Test
    void rejectsClassWithNonFinalFieldFromAJar() {
        assertThat(findings(compileWithLibrary(List.of(), event("com.example.lib.Counter"))))
                .containsExactly(
                        "ERROR 4: 'Paid' component 'value' of type 'Counter': field 'count' of 'Counter' is not final");
    }

    @Test
    void rejectsMutableFieldOfASuperclassFromAJar() {
        var compilation = compileWithLibrary(List.of(), """
                package com.example;
                import dev.eventrecords.Event;
                @Event
                public record Paid(String id, Receipt value) {}
                final class Receipt extends com.example.lib.Base {}
                """);
        assertThat(findings(compilation))
                .containsExactly("ERROR 4: 'Paid' component 'value' of type 'Receipt': field 'touched' of 'Base' is"
                        + " not final");
    }

    @Test
    void rejectsCompiledRecordWhoseCopyCannotBeRead() {
        assertThat(findings(compileWithLibrary(List.of(), event("com.example.lib.Basket"))))
                .containsExactly("ERROR 4: 'Paid' component 'value' of type 'Basket': component 'items' of 'Basket' of"
                        + " type 'List<String>' cannot be checked for a copy: 'Basket' is compiled, so its constructor"
                        + " cannot be read; if it copies 'items', list 'com.example.lib.Basket' in the option"
                        + " 'eventrecords.immutableTypes'");
    }

    @Test
    void acceptsCompiledRecordListedInTheOption() {
        assertAccepted(compileWithLibrary(
                List.of("-Aeventrecords.immutableTypes=com.example.lib.Basket"), event("com.example.lib.Basket")));
    }

    @Test
    void rejectsCompiledSealedFamilyWithAMutableMember() {
        assertThat(findings(compileWithLibrary(List.of(), event("com.example.lib.Sealed"))))
                .containsExactly("ERROR 4: 'Paid' component 'value' of type 'Sealed': permitted subtype 'B' of"
                        + " 'Sealed': field 'when' of 'B' of type 'Calendar': 'Calendar' is mutable; use"
                        + " 'java.time.ZonedDateTime'");
    }

    @Test
    void readsAnImmutableAnnotationFromAClassFile() {
        assertAccepted(compileWithLibrary(List.of(), event("com.example.lib.Stamp")));
    }

    @Test
    void judgesJdkClassesFromTheirClassFiles() {
        assertThat(findings(compileWithLibrary(List.of(), event("java.util.concurrent.atomic.LongAdder"))))
                .containsExactly("ERROR 4: 'Paid' component 'value' of type 'LongAdder': 'LongAdder' is mutable; use"
                        + " 'long'");
        assertThat(findings(compileWithLibrary(List.of(), event("java.util.StringJoiner"))))
                .singleElement()
                .satisfies(f -> assertThat(f)
                        .startsWith("ERROR 4: 'Paid' component 'value' of type 'StringJoiner':" + " field '"));
    }
}
