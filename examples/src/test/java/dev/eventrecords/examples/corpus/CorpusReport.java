package dev.eventrecords.examples.corpus;

import dev.eventrecords.examples.corpus.CorpusCompiler.Compiled;
import dev.eventrecords.examples.corpus.CorpusCompiler.Finding;
import dev.eventrecords.examples.corpus.CorpusDifferential.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The corpus report, {@code target/corpus-report.md}: the share of the corpus the processor accepts with no change to
 * the model, what it refuses and why, per event, and the differential verdict on every accepted event.
 */
final class CorpusReport {

    /**
     * One event's verdicts.
     *
     * @param outcome the differential check's, {@code null} when the event was refused
     */
    record Row(String domain, Compiled compiled, Outcome outcome) {}

    private CorpusReport() {}

    static String summary(List<Row> rows) {
        long accepted = rows.stream().filter(r -> r.compiled().accepted()).count();
        long same = rows.stream()
                .filter(r -> r.outcome() != null && r.outcome().passed())
                .count();
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                Locale.ROOT,
                "corpus: %d of %d events accepted (%.0f%%), %d of them the same as Jackson 3; %d refused%n",
                accepted,
                rows.size(),
                100.0 * accepted / rows.size(),
                same,
                rows.size() - accepted));
        refusalsByRule(rows)
                .forEach((rule, events) -> text.append(String.format(
                        Locale.ROOT, "  refused by %s: %d (%s)%n", rule, events.size(), String.join(", ", events))));
        return text.toString();
    }

    static void write(Path file, List<Row> rows, long seed, int instances, String timing, List<String> problems)
            throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Corpus report\n\n");
        md.append(
                        "Events written as public Kafka and domain-event code writes them (`src/test/corpus`), compiled by javac")
                .append(" with the eventrecords processor; every accepted event checked against Jackson 3's default")
                .append(" `JsonMapper` on ")
                .append(instances)
                .append(" random instances (seed ")
                .append(seed)
                .append(", rerun with `-Deventrecords.seed=")
                .append(seed)
                .append("`); ")
                .append(timing)
                .append(".\n\n");
        md.append("```\n").append(summary(rows)).append("```\n\n");
        if (!problems.isEmpty()) {
            md.append("## Problems (the test fails)\n\n");
            problems.forEach(
                    p -> md.append("- ").append(p.replace("\n", "\n  ")).append('\n'));
            md.append('\n');
        }
        java.util.Set<String> warnings = new java.util.LinkedHashSet<>();
        for (Row row : rows) {
            for (Finding warning : row.compiled().warnings()) {
                warnings.add(row.domain() + "/" + warning.position() + ": " + abbreviate(warning.message(), 600));
            }
        }
        if (!warnings.isEmpty()) {
            md.append("## Warnings of the runs that accepted events\n\n");
            warnings.forEach(w -> md.append("- ").append(w.replace("\n", " ")).append('\n'));
            md.append('\n');
        }
        String domain = null;
        for (Row row : rows) {
            if (!row.domain().equals(domain)) {
                domain = row.domain();
                md.append("## ").append(domain).append("\n\n");
                md.append("| event | shape | verdict | why |\n|---|---|---|---|\n");
            }
            Compiled c = row.compiled();
            md.append("| `")
                    .append(c.event().simpleName())
                    .append("` | ")
                    .append(cell(c.event().description()))
                    .append(" | ")
                    .append(verdict(row))
                    .append(" | ")
                    .append(cell(why(row)))
                    .append(" |\n");
            if (row.domain() != null && isLastOfDomain(rows, row)) {
                md.append('\n');
            }
        }
        Files.createDirectories(file.getParent());
        // getBytes, not writeString: a random string in a failure may hold a lone surrogate, which becomes '?'.
        Files.write(file, md.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isLastOfDomain(List<Row> rows, Row row) {
        int i = rows.indexOf(row);
        return i == rows.size() - 1 || !rows.get(i + 1).domain().equals(row.domain());
    }

    private static String verdict(Row row) {
        if (!row.compiled().accepted()) {
            return "refused " + String.join(", ", row.compiled().ruleIds());
        }
        return row.outcome().passed() ? "accepted, same as Jackson" : "accepted, **differs from Jackson**";
    }

    private static String why(Row row) {
        Compiled c = row.compiled();
        if (!c.accepted()) {
            StringBuilder why = new StringBuilder();
            for (Finding error : c.errors()) {
                if (why.length() > 0) {
                    why.append(" <br> ");
                }
                why.append(error.position()).append(": ").append(abbreviate(error.message(), 600));
            }
            return why.toString();
        }
        Outcome o = row.outcome();
        if (!o.passed()) {
            return abbreviate(o.failure(), 1200);
        }
        String why = o.instances() + " instances, " + o.millis() + " ms";
        if (o.refusedWrites() > 0) {
            why += ", " + o.refusedWrites() + " refused by both when written";
        }
        if (o.refusedReads() > 0) {
            why += ", " + o.refusedReads() + " refused by both when read back";
        }
        return why;
    }

    static Map<String, List<String>> refusalsByRule(List<Row> rows) {
        Map<String, List<String>> byRule = new TreeMap<>();
        for (Row row : rows) {
            for (String rule : row.compiled().ruleIds()) {
                byRule.computeIfAbsent(rule, r -> new java.util.ArrayList<>())
                        .add(row.compiled().event().simpleName());
            }
        }
        return byRule;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\r", "").replace("\n", " <br> ");
    }

    private static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length) + "...";
    }
}
