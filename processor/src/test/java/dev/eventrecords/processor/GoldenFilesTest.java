package dev.eventrecords.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Pins every file the processor writes, compared whole: each case under {@code src/test/golden/<case>/in} is compiled
 * with the real javac and the processor, and every generated source and resource must equal its copy under {@code
 * src/test/golden/<case>/out}, with no file missing or extra. A change to generated code shows up as a diff of these
 * files in review. After an intended change, rewrite them with {@code -Deventrecords.golden.update=true} and read the
 * diff.
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Path.of("src/test/golden");

    @TestFactory
    Stream<DynamicTest> everyGeneratedFileEqualsItsGoldenCopy() throws IOException {
        try (Stream<Path> cases = Files.list(GOLDEN)) {
            return cases
                    .sorted()
                    .map(dir -> DynamicTest.dynamicTest(
                            dir.getFileName().toString(), () -> GoldenFiles.check(dir.resolve("out"), generated(dir))))
                    .toList()
                    .stream();
        }
    }

    /** The files the processor writes for the case's sources, by their path under the source or class output. */
    private static Map<String, String> generated(Path dir) throws IOException {
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("in"))) {
            for (Path file : files.sorted().toList()) {
                sources.add(Files.readString(file));
            }
        }
        Compilation compilation = Compile.sources(sources.toArray(String[]::new));
        assertThat(compilation).succeededWithoutWarnings();
        Map<String, String> written = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                continue;
            }
            written.put(outputPath(file), content(file));
        }
        return written;
    }

    /** {@code mem:///SOURCE_OUTPUT/com/acme/X.java} becomes {@code com/acme/X.java}. */
    private static String outputPath(JavaFileObject file) {
        String path = file.toUri().getPath();
        String[] parts = path.replaceFirst("^/+", "").split("/", 2);
        return parts.length == 2 ? parts[1] : parts[0];
    }

    private static String content(JavaFileObject file) {
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Comparison of a set of written files with their golden copies, or rewriting the copies on request. */
    static final class GoldenFiles {

        private GoldenFiles() {}

        static void check(Path expectedDir, Map<String, String> actual) throws IOException {
            if (Boolean.getBoolean("eventrecords.golden.update")) {
                rewrite(expectedDir, actual);
                return;
            }
            Map<String, String> expected = read(expectedDir);
            List<String> problems = new ArrayList<>();
            for (String path : expected.keySet()) {
                if (!actual.containsKey(path)) {
                    problems.add("no longer generated: " + path);
                }
            }
            for (Map.Entry<String, String> file : actual.entrySet()) {
                String want = expected.get(file.getKey());
                if (want == null) {
                    problems.add("generated but has no golden copy: " + file.getKey());
                } else if (!want.equals(file.getValue())) {
                    problems.add("differs: " + file.getKey() + "\n" + firstDifference(want, file.getValue()));
                }
            }
            if (!problems.isEmpty()) {
                throw new AssertionError(problems.size() + " generated file(s) differ from " + expectedDir
                        + " (after an intended change, run with -Deventrecords.golden.update=true and review the"
                        + " diff):\n" + String.join("\n", problems));
            }
        }

        private static String firstDifference(String expected, String actual) {
            String[] want = expected.split("\n", -1);
            String[] got = actual.split("\n", -1);
            for (int i = 0; i < Math.max(want.length, got.length); i++) {
                String w = i < want.length ? want[i] : "<end of file>";
                String g = i < got.length ? got[i] : "<end of file>";
                if (!w.equals(g)) {
                    return "  line " + (i + 1) + "\n  golden:    " + w + "\n  generated: " + g;
                }
            }
            return "  (line endings differ)";
        }

        private static Map<String, String> read(Path dir) throws IOException {
            Map<String, String> files = new TreeMap<>();
            if (!Files.isDirectory(dir)) {
                return files;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readString(file));
                }
            }
            return files;
        }

        private static void rewrite(Path dir, Map<String, String> files) throws IOException {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path file : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                        Files.delete(file);
                    }
                }
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        }
    }
}
