package dev.eventrecords.processor.output;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * One file an {@link Output} writes: a Java source or a class-output resource, its whole content, and its originating
 * elements, every declaration it was derived from, so that an incremental build regenerates it when, and only when,
 * one of them changes.
 *
 * @param kind a source or a resource
 * @param name a source's qualified class name, or a resource's path in the class output
 * @param content the whole file
 * @param origins the declarations it was derived from
 */
public record GeneratedFile(Kind kind, String name, String content, List<TypeElement> origins) {

    /** What kind of file. */
    public enum Kind {
        /** A Java source file, compiled with the user's code. */
        SOURCE,
        /** A resource in the class output, shipped in the user's jar. */
        RESOURCE
    }

    public GeneratedFile {
        origins = List.copyOf(origins);
    }

    /** A generated class. */
    public static GeneratedFile source(JavaFile file, List<TypeElement> origins) {
        String name = file.packageName().isEmpty()
                ? file.typeSpec().name()
                : file.packageName() + "." + file.typeSpec().name();
        return new GeneratedFile(Kind.SOURCE, name, file.toString(), origins);
    }

    /** A resource, UTF-8 text. */
    public static GeneratedFile resource(String path, String content, List<TypeElement> origins) {
        return new GeneratedFile(Kind.RESOURCE, path, content, origins);
    }

    /** Writes the file through the filer, with its originating elements. */
    public void writeTo(Filer filer) {
        TypeElement[] elements = origins.toArray(new TypeElement[0]);
        try {
            FileObject file = kind == Kind.SOURCE
                    ? filer.createSourceFile(name, elements)
                    : filer.createResource(StandardLocation.CLASS_OUTPUT, "", name, elements);
            try (Writer out = kind == Kind.SOURCE
                    ? file.openWriter()
                    : new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
                out.write(content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name, e);
        }
    }
}
