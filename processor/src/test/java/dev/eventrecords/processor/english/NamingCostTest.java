package dev.eventrecords.processor.english;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Prints what checking names costs. Speed is reported, not asserted: timings on shared machines vary. */
class NamingCostTest {

    @Test
    void printsTheCostOfTenThousandNames() throws Exception {
        long start = System.nanoTime();
        Lexicon lexicon = Lexicon.shared();
        long loaded = System.nanoTime();
        List<String> names = new ArrayList<>();
        List<NamingCorpusTest.Entry> corpus = NamingCorpusTest.corpus();
        for (int i = 0; names.size() < 10_000; i++) {
            names.add(corpus.get(i % corpus.size()).name() + (i % 3 == 0 ? "" : "V" + (i % 7 + 1)));
        }
        var analyzer = new PastTenseAnalyzer(lexicon, Set.of());
        int passed = 0;
        long checking = System.nanoTime();
        for (String name : names) {
            passed += analyzer.analyze(name).passed() ? 1 : 0;
        }
        long done = System.nanoTime();
        System.out.printf(
                "lexicon: %d lemmas, first use %.0f ms; 10,000 names checked in %.0f ms (%d passed)%n",
                lexicon.size(), (loaded - start) / 1e6, (done - checking) / 1e6, passed);
        assertThat(passed).isPositive();
    }
}
