package dev.eventrecords.examples.recursion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Codecs of records that refer to each other ({@link Folder} holds {@link Document}s, a document may hold a folder)
 * never deadlock in class initialisation: fresh JVMs, each with several threads that first use those codecs at the
 * same moment, all finish. Class initialisation happens once per JVM, so only new JVMs can show it.
 */
class CodecInitDeadlockTest {

    private static final int JVMS = 16;
    private static final int PARALLEL = 4;

    @Test
    void fresh_jvms_whose_threads_first_use_mutually_recursive_codecs_at_once_all_finish() throws Exception {
        List<String> outcomes = new ArrayList<>();
        for (int started = 0; started < JVMS; started += PARALLEL) {
            List<Process> batch = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                batch.add(race());
            }
            for (Process p : batch) {
                boolean finished = p.waitFor(60, TimeUnit.SECONDS);
                String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!finished) {
                    p.destroyForcibly();
                    outcomes.add("no exit within 60 s");
                } else if (p.exitValue() != 0) {
                    outcomes.add("exit " + p.exitValue() + ":\n" + output);
                } else {
                    outcomes.add("ok");
                }
            }
        }
        assertThat(outcomes).as("each JVM's outcome").hasSize(JVMS).containsOnly("ok");
    }

    private static Process race() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(
                        java.toString(),
                        "-Xshare:auto",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        CodecRace.class.getName(),
                        "50")
                .redirectErrorStream(true)
                .start();
    }
}
