package dev.eventrecords.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.eventrecords.processor.Compile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compatibility check's messages: on the component (the record for a removed one), saying what changed, which
 * consumers break and why, and what to write instead; and its edges: suppression, a new event, a bad baseline file.
 * {@code CompatibilityVerdictTest} proves the verdicts against the readers.
 */
class CompatibilityRuleTest {

    private static final String TYPE = "com.acme.members.MemberJoined";

    private static final String V1 = """
            package com.acme.members;

            import dev.eventrecords.Event;
            import dev.eventrecords.Key;
            import java.util.Objects;

            @Event(topic = "members")
            public record MemberJoined(@Key String id, int visits, String referrer, Tier tier) {
                public enum Tier { BASIC, GOLD }

                public MemberJoined {
                    Objects.requireNonNull(referrer);
                }
            }
            """;

    @TempDir
    Path baseline;

    private void baselineOf(String source) throws IOException {
        Compilation older = Compile.sources(source);
        assertThat(older).succeededWithoutWarnings();
        JavaFileObject schema = older.generatedFile(
                        StandardLocation.CLASS_OUTPUT, "META-INF/eventrecords/schemas/" + TYPE + ".json")
                .orElseThrow();
        try (InputStream in = schema.openInputStream()) {
            Files.write(baseline.resolve(TYPE + ".json"), in.readAllBytes());
        }
    }

    private Compilation checked(String mode, String source) {
        return Compile.withOptions(
                List.of("-Aeventrecords.baseline=" + baseline, "-Aeventrecords.compatibility=" + mode), source);
    }

    /** The baseline's version with its components changed as given (one line each, from line 8). */
    private static String v2(String components) {
        return v2(components, "");
    }

    /** Requires the referrer, as the baseline does. */
    private static String v2Requiring(String components) {
        return v2(components, "    public MemberJoined { Objects.requireNonNull(referrer); }\n");
    }

    private static String v2(String components, String constructor) {
        return """
                package com.acme.members;

                import dev.eventrecords.Event;
                import dev.eventrecords.Key;
                import java.util.Objects;

                @Event(topic = "members")
                public record MemberJoined(
                %s) {
                    public enum Tier { BASIC, GOLD }
                %s}
                """.formatted(components, constructor);
    }

    private static final String TAIL = ", publish the change as a new event type (a new record), or give the changed"
            + " event a new '@Event(type)' so that consumers tell the versions apart;"
            + " '@SuppressWarnings(\"eventrecords:compatibility\")' accepts a deliberate break";

    @Test
    void aWidenedNumberIsAnErrorOnTheComponentSayingWhatChangedWhoBreaksAndWhatToDo() throws IOException {
        baselineOf(V1);

        Compilation compilation = checked("FULL", v2Requiring("""
                        @Key String id,
                        long visits,
                        String referrer,
                        Tier tier"""));

        assertThat(compilation.errors()).hasSize(1);
        Compile.assertError(
                compilation,
                "[eventrecords:compatibility] event 'MemberJoined' component 'visits' changed incompatibly since the"
                        + " baseline schema 'com.acme.members.MemberJoined.json': 'visits' was 'int' and is 'long':"
                        + " consumers built on the baseline (FORWARD) refuse the events written now that carry values"
                        + " beyond 'int'. Keep its type and add the new form as a new 'Optional' component" + TAIL,
                10);
    }

    @Test
    void aRemovedComponentTheBaselineRequiredIsAnErrorOnTheRecord() throws IOException {
        baselineOf(V1);

        Compilation compilation = checked("FULL", v2("""
                        @Key String id,
                        int visits,
                        Tier tier"""));

        assertThat(compilation.errors()).hasSize(1);
        Compile.assertError(
                compilation,
                "[eventrecords:compatibility] event 'MemberJoined' changed incompatibly since the baseline schema"
                        + " 'com.acme.members.MemberJoined.json': 'referrer' was removed, and the baseline's"
                        + " constructor refused null for it: consumers built on the baseline (FORWARD) refuse the"
                        + " events written now, which lack it. Keep it in the record" + TAIL,
                8);
    }

    @Test
    void aChangeThatBreaksOnlyTheOtherDirectionPassesAndNoneChecksNothing() throws IOException {
        baselineOf(V1);
        String widened = v2Requiring("""
                        @Key String id,
                        long visits,
                        String referrer,
                        Tier tier""");

        assertThat(checked("BACKWARD", widened)).succeededWithoutWarnings();
        assertThat(checked("FORWARD", widened)).failed();
        assertThat(checked("NONE", v2("@Key long id"))).succeededWithoutWarnings();
    }

    @Test
    void suppressWarningsOnTheComponentAcceptsADeliberateBreakOfIt() throws IOException {
        baselineOf(V1);

        Compilation compilation = checked("FULL", v2Requiring("""
                        @Key String id,
                        @SuppressWarnings("eventrecords:compatibility") long visits,
                        String referrer,
                        Tier tier,
                        long count"""));

        assertThat(compilation).succeededWithoutWarnings();
        Compilation other = checked("FULL", v2Requiring("""
                        @Key String id,
                        @SuppressWarnings("eventrecords:compatibility") long visits,
                        String referrer,
                        int tier"""));
        assertThat(other).failed();
        assertThat(other.errors())
                .singleElement()
                .satisfies(
                        e -> assertThat(e.getMessage(Locale.ROOT)).contains("component 'tier' changed incompatibly"));
    }

    @Test
    void suppressWarningsOnTheRecordAcceptsEveryBreakOfIt() throws IOException {
        baselineOf(V1);

        Compilation compilation = checked(
                "FULL",
                v2("@Key long id")
                        .replace("public record", "@SuppressWarnings(\"eventrecords:compatibility\")\npublic record"));

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void anEventWithoutABaselineFileIsNewAndPasses() {
        assertThat(checked("FULL", V1)).succeededWithoutWarnings();
    }

    @Test
    void aBaselineFileThatDoesNotParseIsAnErrorNamingTheFile() throws IOException {
        Path file = Files.writeString(baseline.resolve(TYPE + ".json"), "{\"properties\": {\"id\": }");

        Compilation compilation = checked("FULL", V1);

        Compile.assertError(
                compilation,
                "[eventrecords:compatibility] event 'MemberJoined' has the baseline file '" + file + "', which is not"
                        + " a JSON schema: it does not parse (malformed JSON at 22: unexpected character); restore the file"
                        + " from the last release, or refresh the baseline by copying that release's"
                        + " 'META-INF/eventrecords/schemas'",
                8);
    }

    @Test
    void aKeyWhoseSerializerChangesBreaksBothDirectionsAndItsPartitions() throws IOException {
        baselineOf(V1);

        Compilation compilation = checked("BACKWARD", v2Requiring("""
                        @Key UUID id,
                        int visits,
                        String referrer,
                        Tier tier""").replace("java.util.Objects", "java.util.UUID"));
        assertThat(compilation).failed();
        Compilation longKey = checked("FORWARD", v2Requiring("""
                        @Key long id,
                        int visits,
                        String referrer,
                        Tier tier"""));

        assertThat(compilation.errors())
                .singleElement()
                .satisfies(e -> assertThat(e.getMessage(Locale.ROOT))
                        .contains(
                                "'id' was 'string or null' and is 'string (uuid) or null': consumers built now (BACKWARD)"
                                        + " refuse the events written before that carry a string or null")
                        .doesNotContain("key serializers"));
        Compile.assertError(
                longKey,
                "[eventrecords:compatibility] event 'MemberJoined' component 'id' changed incompatibly since the"
                        + " baseline schema 'com.acme.members.MemberJoined.json': the key 'id' was 'string or null' and"
                        + " is 'long': Kafka's key serializers write the two as other bytes, so consumers built now"
                        + " (BACKWARD) refuse the keys written before and consumers built on the baseline (FORWARD) the"
                        + " keys written now, and the events of one key land on another partition than before, which"
                        + " breaks their order. Keep the key's type" + TAIL,
                9);
    }
}
