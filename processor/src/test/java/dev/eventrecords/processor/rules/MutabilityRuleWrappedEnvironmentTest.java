package dev.eventrecords.processor.rules;

import static dev.eventrecords.processor.immutability.MutabilityCompiler.compile;
import static dev.eventrecords.processor.immutability.MutabilityCompiler.findings;
import static dev.eventrecords.processor.immutability.MutabilityCompiler.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.eventrecords.processor.EventProcessor;
import dev.eventrecords.processor.immutability.WrappedEnvironments;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IntelliJ and Gradle wrap javac's processing environment; the copy check unwraps it or warns. */
class MutabilityRuleWrappedEnvironmentTest {

    private static final String NOT_COPIED = """
            package com.example;
            import dev.eventrecords.Event;
            import java.util.List;
            @Event
            public record LinesAdded(List<String> lines) {}
            """;

    private static final String COPIED = """
            package com.example;
            import dev.eventrecords.Event;
            import java.util.List;
            @Event
            public record LinesAdded(List<String> lines) {
                public LinesAdded {
                    lines = List.copyOf(lines);
                }
            }
            """;

    @Test
    void unwrapsADelegatingEnvironmentAndStillFindsAMissingCopy() {
        Compilation compilation = compile(
                new WrappedEnvironments.WrappingProcessor(new EventProcessor(), WrappedEnvironments.GradleLike::new),
                List.of(),
                source("LinesAdded", NOT_COPIED));
        assertThat(findings(compilation))
                .containsExactly("ERROR 5: 'LinesAdded' component 'lines' of type 'List<String>' is not copied:"
                        + " add 'lines = List.copyOf(lines);' to a compact constructor");
    }

    @Test
    void unwrapsADelegatingEnvironmentAndAcceptsACopy() {
        Compilation compilation = compile(
                new WrappedEnvironments.WrappingProcessor(new EventProcessor(), WrappedEnvironments.GradleLike::new),
                List.of(),
                source("LinesAdded", COPIED));
        assertThat(findings(compilation)).isEmpty();
    }

    @Test
    void warnsWhenTheCopyCannotBeVerifiedAndDoesNotFailTheBuild() {
        Compilation compilation = compile(
                new WrappedEnvironments.WrappingProcessor(new EventProcessor(), WrappedEnvironments.Opaque::new),
                List.of(),
                source("LinesAdded", COPIED));
        assertThat(findings(compilation))
                .containsExactly("WARNING 5: 'LinesAdded' component 'lines' of type 'List<String>' could not be"
                        + " checked for a copy: this compiler does not offer javac's syntax trees; make sure the"
                        + " record's constructor has 'lines = List.copyOf(lines);'");
        assertThat(compilation.errors()).isEmpty();
    }

    @Test
    void stillRejectsWhatNeedsNoSyntaxTreesWhenTheEnvironmentIsOpaque() {
        Compilation compilation = compile(
                new WrappedEnvironments.WrappingProcessor(new EventProcessor(), WrappedEnvironments.Opaque::new),
                List.of(),
                source("ReportGenerated", """
                        package com.example;
                        import dev.eventrecords.Event;
                        @Event
                        public record ReportGenerated(String id, byte[] pdf) {}
                        """));
        assertThat(findings(compilation))
                .containsExactly("ERROR 4: 'ReportGenerated' component 'pdf' of type 'byte[]': arrays are mutable;"
                        + " use 'dev.eventrecords.Bytes'");
    }
}
