package dev.eventrecords.processor.avro;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.eventrecords.processor.Compile;
import dev.eventrecords.processor.EventProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the processor makes of an Avro event: its serde holds the schema and a generated codec, its schema file ships
 * in the class output, and all of it compiles without a warning under {@code -Xlint:all}; an event that Avro cannot
 * carry, or a family member in another format than its family's, fails the build with the reason.
 */
class AvroEventsCompileTest {

    @Test
    void anEventOfEveryTypeCompilesWithoutWarningsAndShipsItsSchema() throws IOException {
        Compilation compilation = Compiler.javac()
                .withProcessors(new EventProcessor())
                .withOptions("-Xlint:all", "-Aeventrecords.format=avro")
                .compile(AvroSchemasTest.goldenSources("every-type"));

        assertThat(compilation).succeededWithoutWarnings();
        JavaFileObject avsc = compilation
                .generatedFile(
                        StandardLocation.CLASS_OUTPUT,
                        "META-INF/eventrecords/avro/com.acme.all.EverythingRecorded.avsc")
                .orElseThrow();
        String text = avsc.getCharContent(true).toString();
        assertThat(new Schema.Parser().parse(text).getFullName()).isEqualTo("com.acme.all.EverythingRecorded");
        String serde = compilation
                .generatedSourceFile("com.acme.all.EverythingRecordedSerde")
                .orElseThrow()
                .getCharContent(true)
                .toString();
        assertThat(serde)
                .contains("extends AvroEventSerializer<EverythingRecorded>")
                .contains("public static final class Avro implements AvroCodec<EverythingRecorded>");
    }

    @Test
    void theFormatIsChosenOnTheEvent() throws IOException {
        Compilation compilation = Compile.sources("""
                package com.acme;
                import dev.eventrecords.Event;
                import dev.eventrecords.EventFormat;
                @Event(format = EventFormat.AVRO)
                public record OrderPlaced(String orderId, int quantity) {
                    public OrderPlaced { java.util.Objects.requireNonNull(orderId); }
                }
                """);

        assertThat(compilation).succeededWithoutWarnings();
        String text = compilation
                .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/eventrecords/avro/com.acme.OrderPlaced.avsc")
                .orElseThrow()
                .getCharContent(true)
                .toString();
        assertThat(new Schema.Parser().parse(text))
                .isEqualTo(new Schema.Parser()
                        .parse("{\"type\":\"record\",\"name\":\"OrderPlaced\",\"namespace\":\"com.acme\","
                                + "\"fields\":[{\"name\":\"orderId\",\"type\":\"string\"},"
                                + "{\"name\":\"quantity\",\"type\":\"int\",\"default\":0}]}"));
    }

    @Test
    void theFormatOnTheEventWinsOverTheOption() {
        Compilation compilation = Compile.withOptions(List.of("-Aeventrecords.format=avro"), """
                package com.acme;
                import dev.eventrecords.Event;
                import dev.eventrecords.EventFormat;
                @Event(format = EventFormat.JSON)
                public record OrderPlaced(String orderId) {}
                """);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedFiles().stream().map(f -> f.toUri().toString()))
                .noneMatch(uri -> uri.endsWith(".avsc"));
    }

    @Test
    void aJsonEventHasNoAvroSchema() {
        Compilation compilation = Compile.sources("""
                package com.acme;
                import dev.eventrecords.Event;
                @Event
                public record OrderPlaced(String orderId) {}
                """);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedFiles().stream().map(f -> f.toUri().toString()))
                .noneMatch(uri -> uri.endsWith(".avsc"));
    }

    @Test
    void anEventAvroCannotCarryIsAnErrorOnItsComponent() {
        Compilation compilation = Compile.sources("""
                package com.acme;
                import dev.eventrecords.Event;
                import dev.eventrecords.EventFormat;
                import java.util.Optional;
                @Event(format = EventFormat.AVRO)
                public record OrderPlaced(String orderId, Optional<Optional<String>> note) {}
                """);

        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining("[eventrecords:unsupported-type] event 'OrderPlaced' component 'note' of type"
                        + " 'Optional<Optional<String>>' has no Avro form: 'Optional' of 'Optional' has two kinds of"
                        + " empty");
    }

    @Test
    void aComponentNeitherFormatCarriesIsReportedOnce() {
        Compilation compilation = Compile.sources("""
                package com.acme;
                import dev.eventrecords.Event;
                import dev.eventrecords.EventFormat;
                @Event(format = EventFormat.AVRO)
                public record OrderPlaced(String orderId, Object payload) {}
                """);

        assertThat(compilation).failed();
        assertThat(compilation.errors().stream()
                        .map(e -> e.getMessage(java.util.Locale.ROOT))
                        .filter(m -> m.contains("[eventrecords:unsupported-type]")))
                .hasSize(1);
        assertThat(compilation)
                .hadErrorContaining("[eventrecords:unsupported-type] event 'OrderPlaced' component 'payload'");
    }

    @Test
    void aMemberInAnotherFormatThanItsFamilysIsAnError() {
        Compilation compilation = Compile.sources("""
                package com.acme;
                import dev.eventrecords.EventFamily;
                @EventFamily(topic = "parcels")
                public sealed interface ParcelEvent permits ParcelMoved {}
                """, """
                package com.acme;
                import dev.eventrecords.Event;
                import dev.eventrecords.EventFormat;
                @Event(format = EventFormat.AVRO)
                public record ParcelMoved(String parcelId) implements ParcelEvent {}
                """);

        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining("[eventrecords:topic] event 'ParcelMoved' has format 'AVRO', but its family"
                        + " 'ParcelEvent' is written as 'JSON': the members of a family share one topic and one serde,"
                        + " so one format; remove 'format' here, or set it on '@EventFamily'");
    }

    @Test
    void anAvroFamilyCompilesWithoutWarnings() {
        Compilation compilation = Compile.sources("""
                package com.acme;
                import dev.eventrecords.EventFamily;
                import dev.eventrecords.EventFormat;
                @EventFamily(topic = "parcels", format = EventFormat.AVRO)
                public sealed interface ParcelEvent permits ParcelMoved, ParcelLost {}
                """, """
                package com.acme;
                import dev.eventrecords.Event;
                import dev.eventrecords.Key;
                @Event
                public record ParcelMoved(@Key String parcelId, String depot) implements ParcelEvent {}
                """, """
                package com.acme;
                import dev.eventrecords.Event;
                import dev.eventrecords.Key;
                @Event
                public record ParcelLost(@Key String parcelId, java.util.List<String> reasons) implements ParcelEvent {
                    public ParcelLost {
                        reasons = java.util.List.copyOf(reasons);
                    }
                }
                """);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(List.of("com.acme.ParcelMovedSerde", "com.acme.ParcelLostSerde"))
                .allSatisfy(name ->
                        assertThat(compilation.generatedSourceFile(name)).isPresent());
        assertThat(compilation)
                .generatedSourceFile("com.acme.ParcelEventSerde")
                .contentsAsUtf8String()
                .contains("new AvroFormat<>(ParcelMovedSerde.Avro.INSTANCE, ParcelMovedSerde.EVENT_TYPE,");
    }

    private static final String V1 = """
            package com.acme;
            import dev.eventrecords.Event;
            import dev.eventrecords.EventFormat;
            @Event(format = EventFormat.AVRO)
            public record OrderPlaced(String orderId, int quantity) {
                public OrderPlaced { java.util.Objects.requireNonNull(orderId); }
            }
            """;

    /** The baseline directory of a release that had {@link #V1}: its .avsc, as the build wrote it. */
    private static Path baselineOfV1(Path directory) throws IOException {
        Compilation v1 = Compile.sources(V1);
        assertThat(v1).succeededWithoutWarnings();
        String avsc = v1.generatedFile(
                        StandardLocation.CLASS_OUTPUT, "META-INF/eventrecords/avro/com.acme.OrderPlaced.avsc")
                .orElseThrow()
                .getCharContent(true)
                .toString();
        Files.writeString(directory.resolve("com.acme.OrderPlaced.avsc"), avsc);
        return directory;
    }

    @Test
    void aBreakingChangeToTheAvroSchemaFailsTheBaselineCheck(@TempDir Path directory) throws IOException {
        Path baseline = baselineOfV1(directory);
        Compilation v2 = Compile.withOptions(
                List.of("-Aeventrecords.baseline=" + baseline, "-Aeventrecords.compatibility=BACKWARD"),
                V1.replace("int quantity)", "int quantity, String depot)")
                        .replace(
                                "requireNonNull(orderId);",
                                "requireNonNull(orderId); java.util.Objects.requireNonNull(depot);"));

        assertThat(v2).failed();
        assertThat(v2)
                .hadErrorContaining("[eventrecords:compatibility] event 'OrderPlaced' changed incompatibly since the"
                        + " baseline Avro schema 'com.acme.OrderPlaced.avsc': reading with the schema now, 'depot' is a"
                        + " field without a default that the writer's schema does not have, so the reader finds no value"
                        + " for it: consumers built now (BACKWARD) cannot read the events written before, and a schema"
                        + " registry checking BACKWARD refuses it");
    }

    @Test
    void aCompatibleChangeToTheAvroSchemaPassesTheBaselineCheck(@TempDir Path directory) throws IOException {
        Path baseline = baselineOfV1(directory);
        // a nullable field: ["null", "string"] with default null, which the older events read as
        Compilation v2 = Compile.withOptions(
                List.of("-Aeventrecords.baseline=" + baseline, "-Aeventrecords.compatibility=FULL"),
                V1.replace("int quantity)", "int quantity, String depot)"));

        assertThat(v2).succeededWithoutWarnings();
    }
}
