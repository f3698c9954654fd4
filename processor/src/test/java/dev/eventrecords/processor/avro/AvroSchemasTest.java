package dev.eventrecords.processor.avro;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import dev.eventrecords.processor.model.ValueType;
import dev.eventrecords.processor.model.ValueTypes;
import dev.eventrecords.processor.rules.Diagnostic;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;

/**
 * The Avro schema of an event ({@link AvroSchemas}), checked against Apache Avro 1.12: every schema of the processor's
 * and the examples' events parses with {@code Schema.Parser} (which validates names and defaults), its logical types
 * are ones Avro knows, it is the same bytes from two compilations, and random values round-trip through Avro's
 * {@code GenericDatumWriter} and {@code GenericDatumReader} under it. Each run draws a new seed; a failure names it.
 */
class AvroSchemasTest {

    private static final Path GOLDEN = Path.of("src/test/golden");
    private static final Path EXAMPLES = Path.of("..", "examples", "src");
    private static final Path EXPECTED = Path.of("src/test/resources/dev/eventrecords/processor/avro");
    private static final int VALUES = 200;
    private static final Pattern PACKAGE = Pattern.compile("package\\s+([\\w.]+)\\s*;");

    /** Imports an events-only file of the examples may have: the events compile here without their tests' libraries. */
    private static final Pattern FOREIGN_IMPORT =
            Pattern.compile("(?m)^import (static )?+(?!java\\.|dev\\.eventrecords\\."
                    + "|com\\.fasterxml\\.jackson\\.annotation\\.|tools\\.jackson\\.databind\\.annotation\\."
                    + "|tools\\.jackson\\.databind\\.PropertyNamingStrategies;)");

    /**
     * The examples' events that have no Avro form, and why: the rest must all have one. Their JSON names are
     * Jackson's to choose; Avro's are narrower.
     */
    private static final Map<String, String> NO_AVRO_FORM = Map.of(
            "dev.eventrecords.examples.jackson.ParcelDelivered",
            "its JSON name 'order.id' is not an Avro name, which is a letter or '_' followed by letters, digits and '_';"
                    + " its record's '@JsonNaming(PropertyNamingStrategies.LowerDotCaseStrategy.class)' gives it that"
                    + " name; choose a strategy whose names are Avro names, such as 'SnakeCaseStrategy', or give it an"
                    + " Avro name with '@JsonProperty(\"order_id\")'",
            "dev.eventrecords.examples.jackson.ParcelWeighed",
            "its JSON name 'url-value' is not an Avro name");

    /** An import of one of the examples' own classes. */
    private static final Pattern OWN_IMPORT =
            Pattern.compile("(?m)^import (?:static )?(dev\\.eventrecords\\.examples\\.[\\w.]+?)(?:\\.\\*)?;");

    /** The class a nested class or member is in: the name without its last part. */
    private static String outer(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private final long seed = Long.getLong("eventrecords.seed", System.nanoTime());

    @Test
    void anEventWithEveryTypeHasThePinnedSchema() throws IOException {
        String text = AvroProbe.compile(goldenSources("every-type")).text("com.acme.all.EverythingRecorded");

        assertThat(text).isEqualTo(expected("EverythingRecorded.avsc", text));
    }

    @Test
    void everyValueTypeHasAnAvroFormThatAvroParses() {
        for (ValueType type : ValueTypes.all()) {
            assertThat(type.avro()).as(type.name()).isPresent();
            ValueType.AvroForm form = type.avro().orElseThrow();
            assertThat(form.encoding()).as(type.name()).isNotBlank();
            Schema schema = new Schema.Parser().parse(form.schema());
            if (schema.getProp("logicalType") != null) {
                assertThat(schema.getLogicalType()).as(type.name()).isNotNull();
            }
        }
    }

    @Test
    void everyEventOfTheProcessorAndTheExamplesHasASchemaThatCarriesRandomValues() throws IOException {
        Map<String, AvroSchema> schemas = wideSet();
        List<String> checked = new ArrayList<>();
        Map<String, List<String>> unexpected = new TreeMap<>();
        for (Map.Entry<String, AvroSchema> event : schemas.entrySet()) {
            AvroSchema schema = event.getValue();
            if (NO_AVRO_FORM.containsKey(event.getKey())) {
                assertThat(messages(schema.problems()))
                        .as(event.getKey())
                        .anyMatch(m -> m.contains(NO_AVRO_FORM.get(event.getKey())));
                continue;
            }
            if (!schema.problems().isEmpty()) {
                unexpected.put(event.getKey(), messages(schema.problems()));
                continue;
            }
            roundTrips(event.getKey(), schema.text().orElseThrow());
            checked.add(event.getKey());
        }
        assertThat(unexpected).isEmpty();
        assertThat(checked).hasSizeGreaterThan(30);
    }

    @Test
    void theSameDeclarationGivesTheSameBytes() throws IOException {
        Map<String, AvroSchema> first = wideSet();
        Map<String, AvroSchema> second = wideSet();

        assertThat(second.keySet()).isEqualTo(first.keySet());
        for (String type : first.keySet()) {
            assertThat(second.get(type).text())
                    .as(type)
                    .isEqualTo(first.get(type).text());
        }
    }

    /** Parses the schema, checks its logical types, and round-trips random values through Avro's generic codec. */
    private void roundTrips(String type, String text) {
        Schema schema = new Schema.Parser().parse(text);
        assertThat(schema.getFullName()).as(type).isNotEmpty();
        checkLogicalTypes(schema, new HashSet<>());
        RandomAvro random = new RandomAvro(seed ^ type.hashCode());
        GenericDatumWriter<Object> writer = new GenericDatumWriter<>(schema);
        GenericDatumReader<Object> reader = new GenericDatumReader<>(schema);
        for (int i = 0; i < VALUES; i++) {
            Object value = random.value(schema);
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
                writer.write(value, encoder);
                encoder.flush();
                Object read = reader.read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
                // GenericData.Record's equals compares by the schema, as Avro's own tests do
                assertThat(read).as("%s, seed %d", type, seed).isEqualTo(value);
            } catch (IOException | RuntimeException e) {
                throw new AssertionError(type + ", seed " + seed + ": " + value, e);
            }
        }
    }

    /** Every {@code logicalType} the schema names is one Avro knows, so a reader gets the type, not its carrier. */
    private static void checkLogicalTypes(Schema schema, Set<String> seen) {
        if (schema.getProp("logicalType") != null) {
            assertThat(schema.getLogicalType()).as(schema.toString()).isNotNull();
        }
        switch (schema.getType()) {
            case RECORD -> {
                if (seen.add(schema.getFullName())) {
                    schema.getFields().forEach(f -> checkLogicalTypes(f.schema(), seen));
                }
            }
            case ARRAY -> checkLogicalTypes(schema.getElementType(), seen);
            case MAP -> checkLogicalTypes(schema.getValueType(), seen);
            case UNION -> schema.getTypes().forEach(t -> checkLogicalTypes(t, seen));
            default -> {}
        }
    }

    /**
     * The schemas of the golden cases' events, each case compiled alone, and of every events-only file of the examples,
     * compiled together; each compilation must succeed.
     */
    static Map<String, AvroSchema> wideSet() throws IOException {
        Map<String, AvroSchema> schemas = new TreeMap<>();
        try (Stream<Path> cases = Files.list(GOLDEN)) {
            for (Path dir : cases.sorted().toList()) {
                schemas.putAll(compiled(goldenSources(dir.getFileName().toString())));
            }
        }
        // the examples' events-only files, by class name: those without foreign imports or tests, and then without
        // imports of the examples' own classes left out (a test's helper)
        Map<String, String> code = new TreeMap<>();
        for (Path root : List.of(EXAMPLES.resolve("main/java"), EXAMPLES.resolve("test/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                        .sorted()
                        .toList()) {
                    String text = Files.readString(file);
                    if (!FOREIGN_IMPORT.matcher(text).find() && !text.contains("@Test")) {
                        code.put(
                                root.relativize(file)
                                        .toString()
                                        .replace(".java", "")
                                        .replace('/', '.'),
                                text);
                    }
                }
            }
        }
        boolean removed = true;
        while (removed) {
            removed = code.values().removeIf(text -> {
                Matcher own = OWN_IMPORT.matcher(text);
                while (own.find()) {
                    if (!code.containsKey(own.group(1)) && !code.containsKey(outer(own.group(1)))) {
                        return true;
                    }
                }
                return false;
            });
        }
        List<JavaFileObject> sources = new ArrayList<>();
        code.forEach((name, text) -> sources.add(JavaFileObjects.forSourceString(name, text)));
        schemas.putAll(compiled(sources));
        return schemas;
    }

    private static Map<String, AvroSchema> compiled(List<JavaFileObject> sources) {
        AvroProbe.Result result = AvroProbe.compile(sources);
        assertThat(result.compilation()).succeeded();
        return result.schemas();
    }

    static List<JavaFileObject> goldenSources(String name) throws IOException {
        Path root = GOLDEN.resolve(name).resolve("in");
        List<JavaFileObject> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(root)) {
            for (Path file : files.sorted().toList()) {
                String code = Files.readString(file);
                Matcher pkg = PACKAGE.matcher(code);
                String prefix = pkg.find() ? pkg.group(1) + "." : "";
                sources.add(JavaFileObjects.forSourceString(
                        prefix + file.getFileName().toString().replace(".java", ""), code));
            }
        }
        return sources;
    }

    /** A source file named by its path under its source root. */
    static List<String> messages(List<Diagnostic> problems) {
        return problems.stream().map(Diagnostic::message).toList();
    }

    /** The pinned text of a schema; a missing file is written from the actual text for review, and fails. */
    static String expected(String file, String actual) throws IOException {
        Path path = EXPECTED.resolve(file);
        if (!Files.exists(path) || Boolean.getBoolean("eventrecords.golden.update")) {
            Files.createDirectories(path.getParent());
            Files.writeString(path, actual, StandardCharsets.UTF_8);
            if (!Boolean.getBoolean("eventrecords.golden.update")) {
                throw new AssertionError("wrote " + path + " for review; rerun");
            }
        }
        return Files.readString(path, StandardCharsets.UTF_8);
    }
}
