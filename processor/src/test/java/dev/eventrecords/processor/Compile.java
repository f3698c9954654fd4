package dev.eventrecords.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles user sources with the real javac and our processor, as a user's build would. */
public final class Compile {

    private static final Pattern TYPE = Pattern.compile("(?:class|record|interface|enum)\\s+(\\w+)");
    private static final Pattern PACKAGE = Pattern.compile("package\\s+([\\w.]+)\\s*;");

    private Compile() {}

    /** A source file whose name is taken from its package and first top-level type. */
    public static JavaFileObject source(String code) {
        Matcher type = TYPE.matcher(code);
        if (!type.find()) {
            throw new IllegalArgumentException("no type in " + code);
        }
        Matcher pkg = PACKAGE.matcher(code);
        String name = (pkg.find() ? pkg.group(1) + "." : "") + type.group(1);
        return JavaFileObjects.forSourceString(name, code);
    }

    /**
     * Asserts that the compilation reported an error containing {@code text} on {@code line}, and that it is the
     * only error with that text.
     */
    public static void assertError(Compilation compilation, String text, long line) {
        List<Diagnostic<? extends JavaFileObject>> matching = compilation.errors().stream()
                .filter(d -> d.getMessage(Locale.ROOT).contains(text))
                .collect(Collectors.toList());
        if (matching.size() != 1 || matching.get(0).getLineNumber() != line) {
            throw new AssertionError("expected one error on line " + line + " containing\n  " + text + "\nbut got:\n"
                    + compilation.diagnostics().stream()
                            .map(d -> "  line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                            .collect(Collectors.joining("\n")));
        }
    }

    /** Compiles with {@code -Xlint:all} and our processor. */
    public static Compilation sources(String... code) {
        return withOptions(List.of(), code);
    }

    public static Compilation withOptions(List<String> options, String... code) {
        List<JavaFileObject> files = new ArrayList<>();
        for (String c : code) {
            files.add(source(c));
        }
        List<String> all = new ArrayList<>(List.of("-Xlint:all"));
        all.addAll(options);
        return Compiler.javac()
                .withProcessors(new EventProcessor())
                .withOptions(all)
                .compile(files);
    }
}
