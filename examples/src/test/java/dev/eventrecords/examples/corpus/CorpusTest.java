package dev.eventrecords.examples.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventrecords.examples.corpus.CorpusCompiler.Compiled;
import dev.eventrecords.examples.corpus.CorpusCompiler.Finding;
import dev.eventrecords.examples.corpus.CorpusDifferential.Outcome;
import dev.eventrecords.examples.corpus.CorpusReport.Row;
import dev.eventrecords.examples.corpus.Expectations.Expected;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's corpus of real shapes: every event under {@code src/test/corpus}, written as public Kafka and
 * domain-event code writes them, is compiled by javac with the processor, and is either accepted, with its generated
 * serde the same as Jackson 3 on random values (our bytes are Jackson's, and our read of Jackson's bytes, reordered
 * too and with unknown properties, is Jackson's read, or both refuse), or refused as {@code src/test/corpus/expected.txt} says, with the same rule ids. The test
 * fails on a regression (an event expected accepted is refused, or differs from Jackson), and also when an event
 * listed as refused is accepted now: then its line must go, so that the file always states today's share. The report
 * is written to {@code target/corpus-report.md} and its summary to the test log.
 */
class CorpusTest {

    private static final Path CORPUS = Path.of("src/test/corpus");
    private static final Path EXPECTED = CORPUS.resolve("expected.txt");
    private static final Path OUTPUT = Path.of("target/corpus");
    private static final Path REPORT = Path.of("target/corpus-report.md");
    private static final long SEED = Long.getLong("eventrecords.seed", System.nanoTime());
    private static final int INSTANCES = Integer.getInteger("eventrecords.corpus.instances", 100);

    @Test
    void everyCorpusEventIsAcceptedAndTheSameAsJacksonOrRefusedAsExpected() throws IOException {
        long start = System.nanoTime();
        Corpus corpus = Corpus.read(CORPUS);
        Expectations expectations = Expectations.read(EXPECTED);

        CorpusCompiler.deleteRecursively(OUTPUT);
        CorpusCompiler compiler = new CorpusCompiler(OUTPUT);
        CorpusDifferential differential = new CorpusDifferential();
        List<Compiled> verdicts = compiler.compile(corpus.domains());
        long compiling = System.nanoTime() - start;
        List<Row> rows = new ArrayList<>();
        for (Compiled compiled : verdicts) {
            Outcome outcome = compiled.accepted() ? differential.check(compiled, SEED, INSTANCES) : null;
            rows.add(new Row(compiled.event().domain(), compiled, outcome));
        }

        List<String> problems = problems(rows, expectations);
        long millis = (System.nanoTime() - start) / 1_000_000;
        String timing = compiler.runs() + " javac runs in " + compiling / 1_000_000 + " ms ("
                + String.join("; ", compiler.runLog()) + "), " + millis + " ms in all";
        CorpusReport.write(REPORT, rows, SEED, INSTANCES, timing, problems);
        System.out.println(CorpusReport.summary(rows) + "  " + timing + "; report: " + REPORT.toAbsolutePath());
        assertThat(corpus.eventCount()).as("events in the corpus").isGreaterThanOrEqualTo(60);
        assertThat(problems)
                .as("corpus verdicts against %s (seed %d; report %s)", EXPECTED, SEED, REPORT.toAbsolutePath())
                .isEmpty();
    }

    private static List<String> problems(List<Row> rows, Expectations expectations) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> generatedWarnings = new HashSet<>();
        String file = expectations.file().toString();
        for (Row row : rows) {
            Compiled c = row.compiled();
            String name = c.event().className();
            seen.add(name);
            Expected expected = expectations.byEvent().get(name);
            for (Finding warning : c.warnings()) {
                if (warning.generated() && generatedWarnings.add(warning.position() + warning.message())) {
                    problems.add("the code generated for '" + name + "' (or an event compiled with it) compiles with a"
                            + " warning under -Xlint:all: " + warning.position() + ": " + warning.message());
                }
            }
            if (!c.accepted()) {
                String errors = errors(c);
                if (expected == null) {
                    problems.add("'" + name + "' is refused, and " + file + " expects it accepted (a regression):\n"
                            + errors);
                } else if (!expected.refused()) {
                    problems.add("'" + name + "' is refused, and " + file + ":" + expected.line()
                            + " expects it accepted but different from Jackson:\n" + errors);
                } else if (!expected.ruleIds().equals(c.ruleIds())) {
                    problems.add("'" + name + "' is refused by " + c.ruleIds() + ", and " + file + ":"
                            + expected.line() + " says by " + expected.ruleIds() + ": update that line to '" + name
                            + " refused " + String.join(",", c.ruleIds()) + "':\n" + errors);
                }
                continue;
            }
            Outcome o = row.outcome();
            if (expected != null && expected.refused()) {
                problems.add("'" + name + "' is accepted now, and " + file + ":" + expected.line()
                        + " expects it refused by " + expected.ruleIds() + ": delete that line"
                        + (o.passed()
                                ? " (it is the same as Jackson 3 on " + o.instances() + " instances)"
                                : ", and note that it differs from Jackson 3: " + o.failure()));
            } else if (expected != null && o.passed()) {
                problems.add("'" + name + "' is the same as Jackson 3 now on " + o.instances() + " instances, and "
                        + file + ":" + expected.line() + " lists it as different: delete that line");
            } else if (expected == null && !o.passed()) {
                problems.add("'" + name + "' is accepted, but its serde differs from Jackson 3: " + o.failure());
            }
        }
        for (String listed : expectations.byEvent().keySet()) {
            if (!seen.contains(listed)) {
                problems.add(file + ":" + expectations.byEvent().get(listed).line() + " lists '" + listed
                        + "', which is not a corpus event");
            }
        }
        return problems;
    }

    private static String errors(Compiled c) {
        StringBuilder text = new StringBuilder();
        for (Finding error : c.errors()) {
            text.append("  ")
                    .append(error.position())
                    .append(": ")
                    .append(error.message())
                    .append('\n');
        }
        return text.toString();
    }
}
