package dev.eventrecords.processor.english;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Works out a past-tense name for a name that failed, from the word that was judged: an imperative moves after its
 * object ({@code SendEmail} -> {@code EmailSent}), a nominalization or gerund becomes its verb's participle
 * ({@code UserRegistration} -> {@code UserRegistered}), a present auxiliary is dropped ({@code EntityIsBanned} ->
 * {@code EntityBanned}), an adjectival participle moves after its noun ({@code ExpiredHold} -> {@code HoldExpired}).
 * The caller checks that the suggestion passes.
 */
final class NameSuggester {

    private final Lexicon lexicon;
    private final VerbForms verbs;
    private final PastTenseAnalyzer analyzer;

    NameSuggester(Lexicon lexicon, VerbForms verbs, PastTenseAnalyzer analyzer) {
        this.lexicon = lexicon;
        this.verbs = verbs;
        this.analyzer = analyzer;
    }

    Optional<String> suggest(EventName name, Verdict verdict) {
        List<String> words =
                new ArrayList<>(name.tokens().stream().map(Token::text).toList());
        int judged = indexOf(name, verdict.word());
        if (judged < 0) {
            return Optional.empty();
        }
        Optional<List<String>> suggested = switch (verdict.finding()) {
            case ROLE -> withoutRole(name, words);
            case IMPERATIVE -> Optional.of(fromImperative(name, words, judged));
            case PRESENT, BASE_FORM -> participleAt(name, words, judged, true);
            case GERUND, NOMINALIZATION, NOUN -> participleAt(name, words, judged, false);
            case PRESENT_AUXILIARY, MODAL -> Optional.of(withoutAuxiliaries(name, words, judged));
            case ADJECTIVE -> Optional.of(fromAdjective(name, words, judged));
            default -> Optional.empty();
        };
        return suggested.filter(w -> !w.isEmpty()).map(name::render);
    }

    private static int indexOf(EventName name, String word) {
        for (int i = name.size() - 1; i >= 0; i--) {
            if (name.token(i).text().equals(word)) {
                return i;
            }
        }
        return -1;
    }

    /** ConfirmSmsDeliveredRequest -> ConfirmSmsDelivered; PlaceOrderCommand -> OrderPlaced. */
    private Optional<List<String>> withoutRole(EventName name, List<String> words) {
        if (words.size() < 2) {
            return Optional.empty();
        }
        // A command's name gives an event's name (PlaceOrderCommand -> OrderPlaced); a DTO's (OrderDetailsDto) gives
        // none.
        String rest = name.render(words.subList(0, words.size() - 1));
        Verdict verdict = analyzer.analyze(rest);
        if (verdict.passed()) {
            return Optional.of(List.of(rest));
        }
        return verdict.finding() == Finding.IMPERATIVE ? verdict.suggestion().map(List::of) : Optional.empty();
    }

    /** PlaceOrder -> OrderPlaced; AddItemToCart -> ItemAddedToCart; LogInUser -> UserLoggedIn. */
    private List<String> fromImperative(EventName name, List<String> words, int verb) {
        int next = verb + 1;
        List<String> particles = new ArrayList<>();
        while (next < words.size() - 1 && isParticle(name.token(next))) {
            particles.add(words.get(next++));
        }
        int objectEnd = next;
        while (objectEnd < words.size() && !isPreposition(name.token(objectEnd))) {
            objectEnd++;
        }
        List<String> result = new ArrayList<>(words.subList(0, verb));
        result.addAll(words.subList(next, objectEnd));
        result.addAll(participle(name.token(verb).key()));
        result.addAll(particles);
        result.addAll(words.subList(objectEnd, words.size()));
        return result;
    }

    /** UserRegistration -> UserRegistered; UserSignup -> UserSignedUp; OrderProcessing -> OrderProcessed. */
    private Optional<List<String>> participleAt(EventName name, List<String> words, int i, boolean verbForm) {
        if (i > 0 && (isPreposition(name.token(i - 1)) || isDeterminer(name.token(i - 1)))) {
            // BookOnHold: a noun in a prepositional phrase is not the event's verb.
            return Optional.empty();
        }
        String word = words.get(i).toLowerCase(Locale.ROOT);
        // A noun is only turned into a verb when WordNet derives it from one: Refund, not Book.
        Optional<String> verb = verbs.lemmaOfGerund(word)
                .or(() -> lexicon.verbOfNominalization(word))
                .or(() -> verbForm ? verbs.lemmaOfPresent(word) : Optional.empty())
                .or(() -> verbForm && lexicon.is(word, PartOfSpeech.VERB) ? Optional.of(word) : Optional.empty());
        List<String> replacement = verb.map(this::participle).orElseGet(() -> phrasalParticiple(word));
        if (replacement.isEmpty()) {
            return Optional.empty();
        }
        List<String> result = new ArrayList<>(words.subList(0, i));
        result.addAll(replacement);
        result.addAll(words.subList(i + 1, words.size()));
        return Optional.of(result);
    }

    /** A noun made of a verb and its particle (signup, checkout) -> the verb's participle and the particle. */
    private List<String> phrasalParticiple(String word) {
        return verbs.phrasalParts(word)
                .map(parts -> List.of(verbs.participleOf(parts.get(0)), parts.get(1)))
                .orElse(List.of());
    }

    /** A verb's participle as words: log in -> Logged, In; login -> Logged, In. */
    private List<String> participle(String verb) {
        if (!lexicon.is(verb, PartOfSpeech.VERB)
                || lexicon.irregularParticiplesOf(verb).isEmpty()) {
            List<String> phrasal = phrasalParticiple(verb);
            if (!phrasal.isEmpty() && !lexicon.is(verb, PartOfSpeech.NOUN)) {
                return phrasal;
            }
        }
        return List.of(verbs.participleOf(verb));
    }

    /** EntityIsBanned -> EntityBanned; OrderWillBeShipped -> OrderShipped. */
    private List<String> withoutAuxiliaries(EventName name, List<String> words, int auxiliary) {
        List<String> result = new ArrayList<>(words.subList(0, auxiliary));
        int i = auxiliary;
        while (i < words.size() && isAuxiliary(name.token(i))) {
            i++;
        }
        result.addAll(words.subList(i, words.size()));
        return result;
    }

    /** ExpiredHold -> HoldExpired; CheckedOutBook -> BookCheckedOut. */
    private List<String> fromAdjective(EventName name, List<String> words, int participle) {
        int next = participle + 1;
        while (next < words.size() && isParticle(name.token(next))) {
            next++;
        }
        int nounEnd = next;
        while (nounEnd < words.size() && !isPreposition(name.token(nounEnd))) {
            nounEnd++;
        }
        List<String> result = new ArrayList<>(words.subList(0, participle));
        result.addAll(words.subList(next, nounEnd));
        result.addAll(words.subList(participle, next));
        result.addAll(words.subList(nounEnd, words.size()));
        return result;
    }

    private boolean isParticle(Token token) {
        return token.isWord() && lexicon.is(token.key(), WordClass.PARTICLE);
    }

    private boolean isPreposition(Token token) {
        return token.isWord() && lexicon.is(token.key(), WordClass.PREPOSITION);
    }

    private boolean isDeterminer(Token token) {
        return token.isWord() && lexicon.is(token.key(), WordClass.DETERMINER);
    }

    private boolean isAuxiliary(Token token) {
        String word = token.key();
        return token.isWord()
                && (lexicon.is(word, WordClass.PRESENT)
                        || lexicon.is(word, WordClass.MODAL)
                        || lexicon.is(word, WordClass.PERFECT));
    }
}
