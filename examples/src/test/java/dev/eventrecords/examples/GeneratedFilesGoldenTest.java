package dev.eventrecords.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pins every file the processor wrote when Maven compiled this module, compared whole with its copy under {@code
 * src/test/golden}: the example application's sources ({@code main}) and the test events' ({@code test}), and the
 * service files and the events' JSON Schemas. A change to generated code shows up as a diff of these copies in review; after an intended change,
 * rewrite them with {@code mvn verify -Deventrecords.golden.update=true} and read the diff.
 */
class GeneratedFilesGoldenTest {

    private static final Path TARGET = Path.of("target");
    private static final Path GOLDEN = Path.of("src/test/golden");
    private static final String SERVICES = "META-INF/services/dev.eventrecords.TopicBinding";
    private static final String SCHEMAS = "META-INF/eventrecords/schemas";
    private static final String AVRO_SCHEMAS = "META-INF/eventrecords/avro";

    @Test
    void theExampleApplicationsGeneratedFilesEqualTheirGoldenCopies() throws IOException {
        check("main", written("generated-sources/annotations", "classes"));
    }

    @Test
    void theTestEventsGeneratedFilesEqualTheirGoldenCopies() throws IOException {
        check("test", written("generated-test-sources/test-annotations", "test-classes"));
    }

    private static Map<String, String> written(String sources, String classes) throws IOException {
        Map<String, String> files = tree(TARGET.resolve(sources));
        assertThat(files).as("generated sources under target/" + sources).isNotEmpty();
        Path services = TARGET.resolve(classes).resolve(SERVICES);
        if (Files.exists(services)) {
            files.put(SERVICES, Files.readString(services));
        }
        Path schemas = TARGET.resolve(classes).resolve(SCHEMAS);
        tree(schemas).forEach((path, content) -> files.put(SCHEMAS + "/" + path, content));
        Path avro = TARGET.resolve(classes).resolve(AVRO_SCHEMAS);
        if (Files.exists(avro)) {
            tree(avro).forEach((path, content) -> files.put(AVRO_SCHEMAS + "/" + path, content));
        }
        return files;
    }

    private static void check(String name, Map<String, String> actual) throws IOException {
        Path dir = GOLDEN.resolve(name);
        if (Boolean.getBoolean("eventrecords.golden.update")) {
            rewrite(dir, actual);
            return;
        }
        Map<String, String> expected = tree(dir);
        List<String> problems = new ArrayList<>();
        expected.keySet().stream()
                .filter(path -> !actual.containsKey(path))
                .forEach(path -> problems.add("no longer generated: " + path));
        actual.forEach((path, content) -> {
            String want = expected.get(path);
            if (want == null) {
                problems.add("generated but has no golden copy: " + path);
            } else if (!want.equals(content)) {
                problems.add("differs: " + path + firstDifference(want, content));
            }
        });
        assertThat(problems)
                .as("generated files against " + dir + " (after an intended change, run with"
                        + " -Deventrecords.golden.update=true and review the diff)")
                .isEmpty();
    }

    private static String firstDifference(String expected, String actual) {
        String[] want = expected.split("\n", -1);
        String[] got = actual.split("\n", -1);
        int line = 0;
        while (line < want.length && line < got.length && want[line].equals(got[line])) {
            line++;
        }
        return " at line " + (line + 1) + "\n  golden:    " + (line < want.length ? want[line] : "<end of file>")
                + "\n  generated: " + (line < got.length ? got[line] : "<end of file>");
    }

    private static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readString(file));
                }
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
