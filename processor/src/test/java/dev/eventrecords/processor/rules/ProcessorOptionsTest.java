package dev.eventrecords.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.eventrecords.processor.Compile;
import dev.eventrecords.processor.EventProcessor;
import dev.eventrecords.processor.model.WireFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processor's options: one typed record, parsed once, which is also what the processor says it supports. */
class ProcessorOptionsTest {

    @Test
    void the_supported_options_are_exactly_the_ones_parsed() {
        assertThat(new EventProcessor().getSupportedOptions()).isEqualTo(ProcessorOptions.NAMES);
        assertThat(ProcessorOptions.NAMES)
                .containsExactlyInAnyOrder(
                        "eventrecords.naming",
                        "eventrecords.verbs",
                        "eventrecords.vagueNames",
                        "eventrecords.immutableTypes",
                        "eventrecords.asyncapi.title",
                        "eventrecords.asyncapi.version",
                        "eventrecords.baseline",
                        "eventrecords.compatibility",
                        "eventrecords.format");
    }

    @Test
    void absent_and_blank_options_give_the_defaults_and_other_processors_options_are_ignored() {
        ProcessorOptions.Parsed parsed = ProcessorOptions.parse(
                Map.of("eventrecords.naming", "  ", "dagger.fastInit", "enabled", "eventrecords.verbs", ""));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.options()).isEqualTo(ProcessorOptions.defaults());
    }

    @Test
    void values_are_read_once_into_types() {
        ProcessorOptions.Parsed parsed = ProcessorOptions.parse(Map.of(
                "eventrecords.naming", " WARN ",
                "eventrecords.vagueNames", "off",
                "eventrecords.verbs", "Upserted, deduped,,",
                "eventrecords.immutableTypes", "com.example.Money",
                "eventrecords.asyncapi.title", " Fitness tracker ",
                "eventrecords.asyncapi.version", "2.1.0",
                "eventrecords.format", " Avro "));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.options())
                .isEqualTo(new ProcessorOptions(
                        Severity.WARN,
                        Set.of("upserted", "deduped"),
                        Severity.OFF,
                        Set.of("com.example.Money"),
                        "Fitness tracker",
                        "2.1.0",
                        Optional.empty(),
                        Compatibility.FULL,
                        WireFormat.AVRO));
    }

    @Test
    void an_unknown_format_is_a_problem_naming_the_valid_ones() {
        ProcessorOptions.Parsed parsed = ProcessorOptions.parse(Map.of("eventrecords.format", "protobuf"));

        assertThat(parsed.problems())
                .containsExactly("option 'eventrecords.format' has unknown value 'protobuf'; valid values are 'json',"
                        + " 'avro'");
        assertThat(parsed.options().format()).isEqualTo(WireFormat.JSON);
    }

    @Test
    void every_bad_value_is_one_problem_and_an_options_error_without_a_position() {
        ProcessorOptions.Parsed parsed = ProcessorOptions.parse(Map.of(
                "eventrecords.naming", "loud",
                "eventrecords.vagueNames", "maybe",
                "eventrecords.verbs", "up-serted"));
        assertThat(parsed.problems()).hasSize(3);

        Compilation compilation =
                Compile.withOptions(List.of("-Aeventrecords.naming=loud", "-Aeventrecords.vagueNames=maybe"), """
                package com.acme;
                import dev.eventrecords.Event;
                @Event
                public record OrderPlaced(String id) {}
                """);
        assertThat(compilation).failed();
        assertThat(compilation.errors()).hasSize(2);
        assertThat(compilation.errors()).allSatisfy(e -> {
            assertThat(e.getMessage(null)).startsWith("[eventrecords:options] option 'eventrecords.");
            assertThat(e.getSource()).isNull();
        });
        // Only the two option errors: the event is not judged or generated with options the user did not mean.
    }

    @Test
    void the_compatibility_mode_is_read_in_any_case_and_a_bad_one_lists_the_modes() {
        assertThat(ProcessorOptions.parse(Map.of("eventrecords.compatibility", " backward "))
                        .options()
                        .compatibility())
                .isEqualTo(Compatibility.BACKWARD);
        assertThat(ProcessorOptions.parse(Map.of("eventrecords.compatibility", "transitive"))
                        .problems())
                .containsExactly("option 'eventrecords.compatibility' has unknown value 'transitive'; valid values are"
                        + " 'BACKWARD', 'FORWARD', 'FULL', 'NONE'");
    }

    @Test
    void the_baseline_must_be_a_directory(@TempDir Path dir) throws IOException {
        assertThat(ProcessorOptions.parse(Map.of("eventrecords.baseline", dir.toString()))
                        .options()
                        .baseline())
                .contains(dir);
        Path file = Files.writeString(dir.resolve("a.json"), "{}");
        for (Path notADirectory : List.of(file, dir.resolve("missing"))) {
            assertThat(ProcessorOptions.parse(Map.of("eventrecords.baseline", notADirectory.toString()))
                            .problems())
                    .containsExactly("option 'eventrecords.baseline' has '" + notADirectory + "', which is not a"
                            + " directory; give the directory holding the schema files of the last release, a copy of"
                            + " the class output's 'META-INF/eventrecords/schemas'");
        }
    }
}
