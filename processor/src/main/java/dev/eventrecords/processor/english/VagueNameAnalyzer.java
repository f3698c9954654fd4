package dev.eventrecords.processor.english;

import java.util.List;
import java.util.Locale;
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

        /**
         * A name that says what changed, made only of words the event already has: the entity and the first attribute
         * the event carries ({@code OrderUpdated(String orderId, String status)} -> {@code OrderStatusChanged}).
         *
         * @param attributes the event's component names that are not its identity or its time, in order
         * @return the example, or empty when the event carries no attribute to name
         */
        public Optional<String> example(List<String> attributes) {
            for (String attribute : attributes) {
                String word = Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
                if (!entity.isEmpty() && word.startsWith(entity) && word.length() > entity.length()) {
                    word = word.substring(entity.length()); // orderStatus in OrderUpdated: OrderStatusChanged
                }
                String example = entity + word + "Changed";
                if (!example.equals(name)) {
                    return Optional.of(example);
                }
            }
            return Optional.empty();
        }

        /**
         * Whether the entity word is itself one of the event's attributes ({@code PriceChanged(String sku,
         * BigDecimal price)}): then the name says what changed, and is not vague.
         */
        public boolean namesAnAttribute(List<String> attributes) {
            String lower = entity.toLowerCase(Locale.ROOT);
            return !lower.isEmpty()
                    && attributes.stream().map(a -> a.toLowerCase(Locale.ROOT)).anyMatch(a -> a.endsWith(lower));
        }
    }
}
