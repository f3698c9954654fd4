package dev.eventrecords.benchmarks.compiletime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;

/**
 * The floor under our processor's compile time, for {@code benchmarks/compile-time.sh}: a processor that does nothing
 * but write, through javac's {@code Filer}, the same files our processor writes (the same class names, the same
 * resources), each with trivial content. What it costs is what javac charges for the number of files alone: its filer
 * checks every new name against the classes it knows and every new file against all the files written before it, and
 * it parses and enters each generated source in a later round.
 *
 * <p>The files come from the option {@value #FILES}, a path to a list with one file per line: {@code source
 * <binary name>} or {@code resource <path under the class output>}. Run it with {@code -processor} naming it, so that
 * no other processor on the path is discovered.
 */
public final class SameFilesProcessor extends AbstractProcessor {

    static final String FILES = "eventrecords.benchmark.files";

    private boolean written;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(FILES);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (written) {
            return false;
        }
        written = true;
        try {
            for (String line : lines()) {
                int space = line.indexOf(' ');
                String kind = line.substring(0, space);
                String name = line.substring(space + 1);
                if (kind.equals("source")) {
                    writeSource(name);
                } else {
                    writeResource(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return false;
    }

    private List<String> lines() throws IOException {
        String list = processingEnv.getOptions().get(FILES);
        if (list == null) {
            throw new IllegalStateException("option -A" + FILES + "=<list of files> is required");
        }
        return Files.readAllLines(Path.of(list), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .toList();
    }

    private void writeSource(String binaryName) throws IOException {
        int dot = binaryName.lastIndexOf('.');
        try (Writer out = processingEnv.getFiler().createSourceFile(binaryName).openWriter()) {
            if (dot > 0) {
                out.write("package " + binaryName.substring(0, dot) + ";\n\n");
            }
            out.write("public final class " + binaryName.substring(dot + 1) + " {}\n");
        }
    }

    private void writeResource(String path) throws IOException {
        try (Writer out = processingEnv
                .getFiler()
                .createResource(StandardLocation.CLASS_OUTPUT, "", path)
                .openWriter()) {
            out.write("{}\n");
        }
    }
}
