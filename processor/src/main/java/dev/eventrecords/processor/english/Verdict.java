package dev.eventrecords.processor.english;

import java.util.Optional;

/**
 * The outcome of reading a name: whether it is in the past tense, the word judged and why, and for a failing name a
 * suggested name that itself passes.
 *
 * @param name the name as written
 * @param finding why it passes or fails
 * @param word the word judged, as written
 * @param detail the second name in the finding's clause, or empty
 * @param suggestion a better name, when one can be worked out
 * @param reading the parse of a passing name
 */
public record Verdict(
        String name,
        Finding finding,
        String word,
        String detail,
        Optional<String> suggestion,
        Optional<Reading> reading) {

    public boolean passed() {
        return finding == Finding.PAST_TENSE;
    }

    /** Why, as a clause: {@code 'Create' is an imperative}. */
    public String explanation() {
        return finding.explain(word, detail);
    }
}
