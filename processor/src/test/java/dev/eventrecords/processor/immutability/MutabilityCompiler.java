package dev.eventrecords.processor.immutability;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.eventrecords.processor.EventProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles user sources with the eventrecords processor and picks out what the mutability rule reported. */
public final class MutabilityCompiler {

    public static final String PREFIX = "[eventrecords:mutable] ";

    private MutabilityCompiler() {}

    /** A source file {@code com.example.<simpleName>} whose text starts with {@code package com.example;} on line 1. */
    public static JavaFileObject source(String simpleName, String text) {
        return JavaFileObjects.forSourceString("com.example." + simpleName, text);
    }

    public static Compilation compile(JavaFileObject... sources) {
        return compile(List.of(), sources);
    }

    public static Compilation compile(List<String> options, JavaFileObject... sources) {
        return compile(new EventProcessor(), options, sources);
    }

    public static Compilation compile(Processor processor, List<String> options, JavaFileObject... sources) {
        return Compiler.javac().withProcessors(processor).withOptions(options).compile(sources);
    }

    /**
     * The mutability findings, each as {@code "ERROR 4: 'E' component ..."} (line, then the message without the rule
     * id), in the order javac printed them.
     */
    public static List<String> findings(Compilation compilation) {
        List<String> found = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
            String message = d.getMessage(Locale.ROOT);
            if (message.startsWith(PREFIX)) {
                found.add(d.getKind() + " " + d.getLineNumber() + ": " + message.substring(PREFIX.length()));
            }
        }
        return found;
    }

    /** Asserts that the rule reported exactly these errors, {@code "line: message"} each. */
    public static void assertErrors(Compilation compilation, String... expected) {
        List<String> wanted = new ArrayList<>();
        for (String e : expected) {
            wanted.add("ERROR " + e);
        }
        assertThat(findings(compilation)).containsExactlyElementsOf(wanted);
        assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    }

    /** Asserts that the rule reported nothing. */
    public static void assertAccepted(Compilation compilation) {
        assertThat(findings(compilation)).isEmpty();
    }

    /** Asserts that the rule reported nothing and the whole compilation, generated code included, succeeded. */
    public static void assertCompiles(Compilation compilation) {
        assertThat(findings(compilation)).isEmpty();
        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    }
}
