package dev.eventrecords.examples.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checked-in verdicts that are not "accepted and the same as Jackson 3", one a line:
 *
 * <pre>
 * com.acme.orders.OrderPlaced  refused eventrecords:unsupported-annotation  -- why, for the reader
 * com.acme.orders.OrderPaid    differs                                      -- a known processor bug
 * </pre>
 *
 * Every corpus event not listed is expected accepted by the processor and the same as Jackson 3 on random values.
 * Lines starting with {@code #} and blank lines are comments.
 *
 * @param file the file read
 * @param byEvent the expectations, by the event's canonical name
 */
record Expectations(Path file, Map<String, Expected> byEvent) {

    Expectations {
        byEvent = Map.copyOf(byEvent);
    }

    /**
     * One line.
     *
     * @param refused whether the processor is expected to refuse the event, else its serde to differ from Jackson
     * @param ruleIds the rule ids of the expected refusal's errors
     * @param line the line number, for messages
     */
    record Expected(boolean refused, Set<String> ruleIds, int line) {
        Expected {
            ruleIds = Set.copyOf(ruleIds);
        }
    }

    static Expectations read(Path file) throws IOException {
        Map<String, Expected> byEvent = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int note = line.indexOf("--");
            String content = (note < 0 ? line : line.substring(0, note)).trim();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            String[] words = content.split("\\s+");
            String where = file.getFileName() + ":" + (i + 1);
            if (words.length < 2) {
                throw new IllegalStateException(where + ": expected '<event> refused <rule ids>' or '<event> differs'");
            }
            Expected expected;
            if (words[1].equals("refused") && words.length == 3) {
                expected = new Expected(true, new TreeSet<>(List.of(words[2].split(","))), i + 1);
            } else if (words[1].equals("differs") && words.length == 2) {
                expected = new Expected(false, Set.of(), i + 1);
            } else {
                throw new IllegalStateException(where + ": expected '<event> refused <rule ids>' or '<event> differs'");
            }
            if (byEvent.put(words[0], expected) != null) {
                throw new IllegalStateException(where + ": '" + words[0] + "' is listed twice");
            }
        }
        return new Expectations(file, byEvent);
    }
}
