package dev.eventrecords.processor.english;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Prints what the naming check costs: loading the lexicon, the heap it holds, and checking 10,000 names once the
 * lexicon is loaded. Speed is reported, not asserted: timings on shared machines vary.
 */
class NamingCostTest {

    @Test
    void printsTheCostOfLoadingAndOfTenThousandNames() throws Exception {
        Runtime runtime = Runtime.getRuntime();
        long heapBefore = usedHeap(runtime);
        long start = System.nanoTime();
        Lexicon lexicon = Lexicon.load();
        long loadNanos = System.nanoTime() - start;
        long heldBytes = usedHeap(runtime) - heapBefore;

        List<String> names = new ArrayList<>();
        List<NamingCorpusTest.Entry> corpus = NamingCorpusTest.corpus();
        for (int i = 0; names.size() < 10_000; i++) {
            names.add(corpus.get(i % corpus.size()).name() + (i % 3 == 0 ? "" : "V" + (i % 7 + 1)));
        }
        var analyzer = new PastTenseAnalyzer(lexicon, Set.of());
        int passed = checkAll(analyzer, names); // the first pass warms the JIT up
        long checking = System.nanoTime();
        passed = checkAll(analyzer, names);
        long checkNanos = System.nanoTime() - checking;

        System.out.printf(
                "lexicon: %d lemmas loaded in %.0f ms, holding about %.1f MiB; 10,000 names checked in %.0f ms"
                        + " (%d passed)%n",
                lexicon.size(), loadNanos / 1e6, heldBytes / (1024.0 * 1024.0), checkNanos / 1e6, passed);
        assertThat(lexicon.size()).isGreaterThan(50_000);
        assertThat(passed).isBetween(1, names.size() - 1);
        assertThat(lexicon).isNotNull(); // keeps the lexicon reachable until the heap was measured
    }

    private static int checkAll(PastTenseAnalyzer analyzer, List<String> names) {
        int passed = 0;
        for (String name : names) {
            passed += analyzer.analyze(name).passed() ? 1 : 0;
        }
        return passed;
    }

    private static long usedHeap(Runtime runtime) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
