package dev.eventrecords.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.eventrecords.processor.Compile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code @JsonFormat} on a component: the combinations the serde carries compile and their codec is built once, in
 * constants; every other combination is an {@code eventrecords:unsupported-annotation} error on the member at fault,
 * saying what Jackson 3 does and what to write. The examples module's {@code ShipmentScheduledDifferentialTest} and
 * {@code MeterReadingTakenDifferentialTest} prove the honoured ones against Jackson 3 itself.
 */
class JsonFormatRuleTest {

    private static final String RULE = "[eventrecords:unsupported-annotation] ";

    /** The component as written, the text the error points at, and how the message goes on after the subject. */
    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(
                        "@JsonFormat(pattern = \"yyyy-MM-dd HH:mm\") Instant at",
                        "\"yyyy-MM-dd HH:mm\"",
                        "does not apply: an 'Instant' has no date or time of day without a time zone, and Jackson 3"
                                + " fails to write it ('Unsupported field: YearOfEra'); add the zone of the text, as"
                                + " 'timezone = \"UTC\"'"),
                Arguments.of(
                        "@JsonFormat(pattern = \"dd/MM/yyyy bb\") LocalDate at",
                        "\"dd/MM/yyyy bb\"",
                        "does not apply: \"dd/MM/yyyy bb\" is not a 'DateTimeFormatter' pattern: Unknown pattern"
                                + " letter: b; write a pattern 'DateTimeFormatter.ofPattern' accepts"),
                Arguments.of(
                        "@JsonFormat(pattern = \"dd/MM/yyyy HH:mm\") LocalDate at",
                        "\"dd/MM/yyyy HH:mm\"",
                        "does not apply: Jackson 3 fails to write a 'LocalDate' in \"dd/MM/yyyy HH:mm\": Unsupported"
                                + " field: HourOfDay; use only fields a 'LocalDate' has"),
                Arguments.of(
                        "@JsonFormat(pattern = \"yyyy-MM-dd\", timezone = \"UTC\") Instant at",
                        "\"yyyy-MM-dd\"",
                        "does not apply: Jackson 3 writes a 'Instant' in \"yyyy-MM-dd\" (\"2026-12-03\") but fails to"
                                + " read it back: Text '2026-12-03' could not be parsed: Unable to obtain Instant"),
                Arguments.of(
                        "@JsonFormat(pattern = \"HH:mm\", timezone = \"Nowhere/Atlantis\") LocalTime at",
                        "\"Nowhere/Atlantis\"",
                        "does not apply: 'Nowhere/Atlantis' is no time zone, and Jackson 3 would silently use GMT for"
                                + " it; write a zone id, as 'UTC' or 'Europe/Paris'"),
                Arguments.of(
                        "@JsonFormat(pattern = \"dd MMM yyyy\", locale = \"french\") LocalDate at",
                        "\"french\"",
                        "does not apply: 'french' is not a language this serde knows for certain as Jackson 3 does;"
                                + " write a language and optionally a country, as 'fr' or 'fr-FR'"),
                Arguments.of(
                        "@JsonFormat(timezone = \"UTC\") Instant at",
                        "\"UTC\"",
                        "does not apply: Jackson 3 applies 'locale' and 'timezone' only with a 'pattern', so here they"
                                + " change nothing; remove them, or add the 'pattern' they belong to"),
                Arguments.of(
                        "@JsonFormat(shape = JsonFormat.Shape.NUMBER, pattern = \"dd/MM/yyyy\") LocalDate at",
                        ".NUMBER",
                        "does not apply: Jackson 3 writes the value in the form of 'shape = NUMBER' and ignores the"
                                + " pattern; remove 'shape', or remove 'pattern'"),
                Arguments.of(
                        "@JsonFormat(shape = JsonFormat.Shape.NUMBER_INT) LocalDateTime at",
                        ".NUMBER_INT",
                        "does not apply: Jackson 3 then writes a 'LocalDateTime' as an array with the fraction of a"
                                + " second in milliseconds ([2026,12,3,10,15,30,123]) and reads that last number back"
                                + " as milliseconds, which this serde does not; use 'shape = NUMBER' for the array with"
                                + " nanoseconds ([2026,12,3,10,15,30,123456789]), or a 'pattern'"),
                Arguments.of(
                        "@JsonFormat(shape = JsonFormat.Shape.ARRAY) YearMonth at",
                        ".ARRAY",
                        "does not apply: Jackson 3 writes a 'YearMonth' with 'shape = ARRAY' in a form this serde does"
                                + " not carry; use 'shape = NUMBER' for the array ([2026,12])"),
                Arguments.of(
                        "@JsonFormat(shape = JsonFormat.Shape.ARRAY) Instant at",
                        ".ARRAY",
                        "does not apply: Jackson 3 writes a 'Instant' with 'shape = ARRAY' in a form this serde does"
                                + " not carry"),
                Arguments.of(
                        "@JsonFormat(shape = JsonFormat.Shape.NUMBER) Month at",
                        ".NUMBER",
                        "does not apply: Jackson 3 then writes a 'Month' as an array ([3]) that it cannot read back;"
                                + " remove 'shape'"),
                Arguments.of(
                        "@JsonFormat(shape = JsonFormat.Shape.NUMBER) Period at",
                        ".NUMBER",
                        "does not apply: Jackson 3 writes a 'Period' in its default form whatever the shape, so it"
                                + " changes nothing; remove 'shape'"),
                Arguments.of(
                        "@JsonFormat(shape = JsonFormat.Shape.STRING) Year at",
                        ".STRING",
                        "does not apply: Jackson 3 then writes a 'Year' as a string (\"2026\"), which this serde does"
                                + " not; remove 'shape'"),
                Arguments.of(
                        "@JsonFormat(pattern = \"MINUTES\") Duration at",
                        "\"MINUTES\"",
                        "does not apply: Jackson 3 takes a 'Duration' pattern as a unit for numbers ('MINUTES'),"
                                + " which this serde does not; remove 'pattern'"),
                Arguments.of(
                        "@JsonFormat(pattern = \"dd/MM/yyyy\", lenient = OptBoolean.FALSE) LocalDate at",
                        "\"dd/MM/yyyy\"",
                        "does not apply: Jackson 3 writes a 'LocalDate' in \"dd/MM/yyyy\" (\"03/12/2026\") but fails to"
                                + " read it back strictly: Text '03/12/2026' could not be parsed"),
                Arguments.of(
                        "@JsonFormat(pattern = \"dd/MM/yyyy\", lenient = OptBoolean.FALSE) Instant at",
                        "\"dd/MM/yyyy\"",
                        "does not apply: an 'Instant' has no date"),
                Arguments.of(
                        "@JsonFormat(lenient = OptBoolean.FALSE) LocalDate at",
                        ".FALSE",
                        "does not apply: Jackson 3 then reads the value strictly in its default form too, which this"
                                + " serde does only with a 'pattern'; remove 'lenient', or give the 'pattern' to read"
                                + " strictly"),
                Arguments.of(
                        "@JsonFormat(shape = JsonFormat.Shape.NUMBER,"
                                + " with = JsonFormat.Feature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS) Instant at",
                        ".WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS",
                        "does not apply: Jackson 3 turns the features it lists on or off for the value, which this"
                                + " serde does not; remove 'with'"),
                Arguments.of(
                        "@JsonFormat(pattern = \"dd/MM/yyyy\") List<List<LocalDate>> at",
                        "@JsonFormat(pattern",
                        "does not apply: this serde applies it to the values of one 'List', 'Set', 'Optional' or"
                                + " 'Map' only"),
                Arguments.of(
                        "@JsonFormat(shape = JsonFormat.Shape.STRING) long at",
                        "@JsonFormat(shape",
                        "does not apply: Jackson 3 changes the form of a 'long' with it (a number as text, a boolean"
                                + " as a number), which this serde does for 'java.time' values and enums only; remove"
                                + " '@JsonFormat'"),
                Arguments.of(
                        "@JsonFormat(shape = JsonFormat.Shape.NUMBER) Boolean at",
                        "@JsonFormat(shape",
                        "does not apply: Jackson 3 changes the form of a 'Boolean' with it"),
                Arguments.of(
                        "@JsonFormat(shape = JsonFormat.Shape.OBJECT) Level at",
                        ".OBJECT",
                        "does not apply: Jackson 3 writes an enum with 'shape = OBJECT' in a form this serde does not"
                                + " carry; use 'shape = NUMBER' for the constant's index"),
                Arguments.of(
                        "@JsonFormat(shape = JsonFormat.Shape.NUMBER) Renamed at",
                        ".NUMBER",
                        "does not apply: Jackson 3 still writes the constants '@JsonProperty' renames by their text,"
                                + " the others by their index"),
                Arguments.of(
                        "@JsonFormat(shape = JsonFormat.Shape.NUMBER, pattern = \"0\") Level at",
                        "\"0\"",
                        "does not apply: Jackson 3 applies 'pattern', 'locale' and 'timezone' to dates and times, not"
                                + " to an enum; remove them"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesWhatItCannotApplyAsJacksonDoes(String component, String at, String message) {
        String source = source(component);
        Compilation compilation = Compile.sources(source);

        List<Diagnostic<? extends JavaFileObject>> errors = compilation.errors().stream()
                .filter(d -> d.getMessage(Locale.ROOT).startsWith(RULE))
                .collect(Collectors.toList());
        String expected = RULE + "event 'ShipmentBooked' component 'at' carries '@JsonFormat', which the generated"
                + " serde " + message;
        int index = source.indexOf(at);
        assertThat(index).as("'%s' in the source", at).isPositive();
        long line = source.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
        long column = index - source.lastIndexOf('\n', index - 1);
        assertThat(errors)
                .as("%s", compilation.diagnostics())
                .hasSize(1)
                .first()
                .satisfies(d -> {
                    assertThat(d.getMessage(Locale.ROOT)).startsWith(expected);
                    assertThat(d.getLineNumber()).isEqualTo(line);
                    assertThat(d.getColumnNumber()).isEqualTo(column);
                });
    }

    @Test
    void buildsEachFormatterOnceInAConstantAndCodecsFromIt() {
        String codec = codec(source("@JsonFormat(pattern = \"dd MMM yyyy\", locale = \"fr\") LocalDate day,"
                + " @JsonFormat(pattern = \"yyyy-MM-dd HH:mm\", timezone = \"Europe/Paris\") Instant at,"
                + " @JsonFormat(pattern = \"dd/MM/yyyy\") Optional<LocalDate> days,"
                + " @JsonFormat(pattern = \"dd/MM/uuuu\", lenient = OptBoolean.FALSE) LocalDate strict"));

        assertThat(codec)
                .contains("private static final DateTimeFormatter DAY_FORMAT = FormatCodecs.pattern(\"dd MMM yyyy\","
                        + " Locale.forLanguageTag(\"fr\"), null);")
                .contains("AT_FORMAT = FormatCodecs.pattern(\"yyyy-MM-dd HH:mm\", Locale.getDefault(),")
                .contains("TimeZone.getTimeZone(\"Europe/Paris\").toZoneId());")
                .contains("JsonCodec<LocalDate> DAY = FormatCodecs.text(LocalDate.class, DAY_FORMAT);")
                .contains("JsonCodec<Instant> AT = FormatCodecs.text(Instant.class, AT_FORMAT);")
                .contains("JsonCodec<Optional<LocalDate>> DAYS = Codecs.optional(FormatCodecs.text(LocalDate.class,"
                        + " DAYS_FORMAT));")
                .contains("JsonCodec<LocalDate> STRICT = FormatCodecs.strictText(LocalDate.class, STRICT_FORMAT);")
                .contains("DAY.write(out, value.day());")
                .contains("at = AT.read(in);");
    }

    @Test
    void writesTimestampsEpochDaysAndIndexesThroughTheirCodecs() {
        String codec = codec(source("@JsonFormat(shape = JsonFormat.Shape.NUMBER) Instant seconds,"
                + " @JsonFormat(shape = JsonFormat.Shape.NUMBER_INT) Duration millis,"
                + " @JsonFormat(shape = JsonFormat.Shape.NUMBER_INT) LocalDate day,"
                + " @JsonFormat(shape = JsonFormat.Shape.NUMBER) LocalDateTime stamp,"
                + " @JsonFormat(shape = JsonFormat.Shape.NUMBER) Level level,"
                + " @JsonFormat(shape = JsonFormat.Shape.STRING) Instant plain,"
                + " @JsonFormat(shape = JsonFormat.Shape.NUMBER) Year year"));

        assertThat(codec)
                .contains("JsonCodec<Instant> SECONDS = FormatCodecs.seconds(Instant.class);")
                .contains("JsonCodec<Duration> MILLIS = FormatCodecs.millis(Duration.class);")
                .contains("JsonCodec<LocalDate> DAY = FormatCodecs.epochDay();")
                .contains("JsonCodec<LocalDateTime> STAMP = FormatCodecs.array(LocalDateTime.class);")
                .contains("JsonCodec<ShipmentBooked.Level> LEVEL = FormatCodecs.index(Codecs.enumOf("
                        + "ShipmentBooked.Level.class));")
                // shape STRING on an Instant, NUMBER on a Year: the default form, Jackson's too
                .contains("Scalars.writeInstant(out, value.plain());")
                .contains("Codecs.YEAR.write(out, value.year());")
                .doesNotContain("DateTimeFormatter");
    }

    private static String source(String components) {
        return """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonFormat;
                import com.fasterxml.jackson.annotation.JsonProperty;
                import com.fasterxml.jackson.annotation.OptBoolean;
                import dev.eventrecords.Event;
                import java.time.*;
                import java.util.List;
                import java.util.Optional;

                @Event
                public record ShipmentBooked(COMPONENTS) {
                    public ShipmentBooked {
                    }

                    public enum Level { LOW, HIGH }

                    public enum Renamed { @JsonProperty("low") LOW, HIGH }
                }
                """.replace("COMPONENTS", components);
    }

    private static String codec(String source) {
        Compilation compilation = Compile.withOptions(List.of("-Xlint:-processing"), source);
        assertThat(compilation).succeededWithoutWarnings();
        JavaFileObject file = compilation
                .generatedSourceFile("com.acme.ShipmentBookedSerde")
                .orElseThrow(() -> new AssertionError("no serde in " + compilation.generatedFiles()));
        try {
            // as one line, so that where the formatter wraps a long line does not matter
            return file.getCharContent(true).toString().replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
