package dev.eventrecords.processor.english;

import java.util.List;
import java.util.Optional;

/**
 * Finds past-tense names that say only that an entity changed ({@code UserUpdated}, {@code ItemProcessed}): a vague
 * verb with at most one subject noun besides vague ones ({@code Data}, {@code Info}), and nothing after it.
 * {@code UserAddressChanged} names the attribute, {@code OrderShippedToCustomer} the effect, so neither is vague.
 */
public final class VagueNameAnalyzer {

    private final Lexicon lexicon;

    public VagueNameAnalyzer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The vague reading of a passing name.
     *
     * @return the entity's words and the vague predicate, or empty when the name says what happened
     */
    public Optional<Vagueness> analyze(Verdict verdict) {
        if (!verdict.passed() || verdict.reading().isEmpty()) {
            return Optional.empty();
        }
        Reading reading = verdict.reading().get();
        if (!lexicon.isVagueVerb(reading.lemma()) || !reading.following().isEmpty()) {
            return Optional.empty();
        }
        List<Token> entity = reading.subject().stream()
                .filter(t -> !t.isWord()
                        || !(lexicon.isVagueAttribute(t.key())
                                || lexicon.is(t.key(), WordClass.DETERMINER)
                                || lexicon.isFunctionWord(t.key())))
                .toList();
        if (entity.size() > 1) {
            return Optional.empty();
        }
        return Optional.of(new Vagueness(
                verdict.name(), entity.isEmpty() ? "" : entity.get(0).text(), reading.predicate()));
    }

    /**
     * A vague name.
     *
     * @param name the name as written
     * @param entity the entity that changed, empty when the name names none ({@code Updated})
     * @param predicate the vague past form, as written
     */
    public record Vagueness(String name, String entity, String predicate) {

        /** A name that says what changed and how, to show as an example. */
        public String example() {
            return (entity.isEmpty() ? "User" : entity) + "AddressChanged";
        }
    }
}
