package dev.eventrecords.processor.english;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rule against real names collected from public event-sourcing and DDD projects ({@code naming-corpus.tsv}, with
 * the repository and path of each): it must agree with the labels on at least 99% of them.
 */
class NamingCorpusTest {

    record Entry(String name, String category, boolean passes, String source) {}

    static List<Entry> corpus() throws IOException {
        try (InputStream in = NamingCorpusTest.class.getResourceAsStream("naming-corpus.tsv")) {
            List<Entry> entries = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                entries.add(new Entry(f[0], f[1], f[2].equals("pass"), f[3] + "/" + f[4]));
            }
            return entries;
        }
    }

    @Test
    void holdsAtLeastFourHundredRealNamesWithTheirSources() throws IOException {
        List<Entry> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(400);
        assertThat(corpus).allSatisfy(e -> assertThat(e.source()).contains("/"));
        assertThat(corpus).extracting(Entry::category).contains("event", "command", "query", "dto");
    }

    @Test
    void agreesWithTheLabelsOnAtLeastNinetyNinePercent() throws IOException {
        var analyzer = new PastTenseAnalyzer(Lexicon.shared(), Set.of());
        List<Entry> corpus = corpus();
        List<String> misses = new ArrayList<>();
        for (Entry entry : corpus) {
            Verdict verdict = analyzer.analyze(entry.name());
            if (verdict.passed() != entry.passes()) {
                misses.add(entry.name() + " (" + entry.category() + ", labelled "
                        + (entry.passes() ? "pass" : "fail") + "): " + verdict.explanation() + " [" + entry.source()
                        + "]");
            }
        }
        double agreement = 1.0 - (double) misses.size() / corpus.size();
        System.out.printf(
                "naming corpus: %d names, agreement %.2f%%, %d misses%n",
                corpus.size(), 100 * agreement, misses.size());
        misses.forEach(miss -> System.out.println("  miss: " + miss));
        assertThat(agreement).isGreaterThanOrEqualTo(0.99);
    }

    /** The issue's nine suffixes: a labelled event name stays accepted with each of them. */
    @Test
    void acceptsEveryLabelledEventNameWithTheSuffixesTeamsAppend() throws IOException {
        var analyzer = new PastTenseAnalyzer(Lexicon.shared(), Set.of());
        List<String> suffixes = List.of(
                "Event",
                "Message",
                "Msg",
                "Notification",
                "IntegrationEvent",
                "DomainEvent",
                "EventMessage",
                "V2",
                "EventV1");
        int variants = 0;
        List<String> refused = new ArrayList<>();
        for (Entry entry : corpus()) {
            if (!entry.passes() || !analyzer.analyze(entry.name()).passed()) {
                continue;
            }
            for (String suffix : suffixes) {
                variants++;
                Verdict verdict = analyzer.analyze(entry.name() + suffix);
                if (!verdict.passed()) {
                    refused.add(entry.name() + suffix + ": " + verdict.explanation());
                }
            }
        }
        System.out.printf(
                "naming corpus with suffixes: %d variants of accepted event names, %d refused (%.2f%%)%n",
                variants, refused.size(), 100.0 * refused.size() / variants);
        refused.stream().limit(30).forEach(r -> System.out.println("  refused: " + r));
        assertThat(refused).isEmpty();
    }
}
