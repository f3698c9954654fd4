package dev.eventrecords.processor.english;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Works out a past-tense name for a name that failed, from the word that was judged, changing nothing but the verb:
 * an imperative moves after its object ({@code SendEmail} -> {@code EmailSent}), a nominalization, gerund or base
 * form becomes its verb's participle in place ({@code UserRegistration} -> {@code UserRegistered}), a present
 * auxiliary becomes its past ({@code EntityIsBanned} -> {@code EntityWasBanned}), an adjectival participle moves
 * after its noun ({@code ExpiredHold} -> {@code HoldExpired}). Every other word stays, in order, and the role words
 * and version tags set aside are put back ({@code CreateOrderMessage} -> {@code OrderCreatedMessage}). When no such
 * name exists (a role word such as {@code Command}, a modal) there is no suggestion. The caller checks that the
 * suggestion passes.
 */
final class NameSuggester {

    private final Lexicon lexicon;
    private final VerbForms verbs;
    private final Set<String> componentWords;

    /**
     * Creates a suggester.
     *
     * @param componentWords the words the event's components are named with, lower case: evidence of its subject
     */
    NameSuggester(Lexicon lexicon, VerbForms verbs, Set<String> componentWords) {
        this.lexicon = lexicon;
        this.verbs = verbs;
        this.componentWords = componentWords;
    }

    /**
     * A suggested name and the reading of the failed name it comes from: the verdict's own, unless the name reads two
     * ways and the evidence read it the other way ({@code OrderPlace}: not the imperative 'Order' but the verb
     * 'Place' in its base form).
     */
    record Suggestion(String name, Finding finding, String word) {}

    Optional<Suggestion> suggest(EventName name, Verdict verdict) {
        List<String> words =
                new ArrayList<>(name.tokens().stream().map(Token::text).toList());
        int judged = indexOf(name, verdict.word());
        if (judged < 0) {
            return Optional.empty();
        }
        if (verdict.finding() == Finding.IMPERATIVE && readsHeadAsVerb(name, judged)) {
            int last = name.size() - 1;
            return participleAt(name, words, last, true)
                    .filter(w -> !w.isEmpty())
                    .map(w -> new Suggestion(
                            name.renderWithSuffix(w),
                            Finding.BASE_FORM,
                            name.token(last).text()));
        }
        Optional<List<String>> suggested = switch (verdict.finding()) {
            case IMPERATIVE -> fromImperative(name, words, judged);
            case PRESENT, BASE_FORM -> participleAt(name, words, judged, true);
            case GERUND, NOMINALIZATION, NOUN -> participleAt(name, words, judged, false);
            case PRESENT_AUXILIARY -> pastAuxiliary(name, words, judged);
            case ADJECTIVE -> Optional.of(fromAdjective(name, words, judged));
            default -> Optional.empty();
        };
        return suggested
                .filter(w -> !w.isEmpty())
                .map(w -> new Suggestion(name.renderWithSuffix(w), verdict.finding(), verdict.word()));
    }

    private static int indexOf(EventName name, String word) {
        for (int i = name.size() - 1; i >= 0; i--) {
            if (name.token(i).text().equals(word)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * PlaceOrder -> OrderPlaced; AddItemToCart -> ItemAddedToCart; LogInUser -> UserLoggedIn. A name whose first word
     * is a noun as well as a verb and whose last word is a verb as well reads two ways: PlaceOrder is an order placed,
     * or a place ordered; OrderPlace the other way round. The reading comes from evidence: the word used mostly as a
     * verb is the verb (PayInvoice, OrderCancel), else the word a component names is the subject ({@code orderId} makes
     * both OrderPlaced). Without evidence, no name is offered rather than a guess.
     */
    private Optional<List<String>> fromImperative(EventName name, List<String> words, int verb) {
        int last = words.size() - 1;
        if (verb == 0 && last > 0 && twoWay(name.token(0), name.token(last))) {
            String first = name.token(0).key();
            String head = name.token(last).key();
            boolean firstVerb = lexicon.mostly(first, PartOfSpeech.VERB);
            boolean headSubject = componentWords.contains(head) && !componentWords.contains(first);
            if (!firstVerb && !headSubject) {
                return Optional.empty();
            }
        }
        for (int i = 0; i < words.size(); i++) {
            if (i != verb
                    && name.token(i).isWord()
                    && verbs.lemmaOfPast(name.token(i).key()).isPresent()) {
                // BidPlaced...: with a past form elsewhere, the first word is not an imperative to move.
                return Optional.empty();
            }
        }
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
        // Send alone has no object to move after: SentMessage would read the role word as the object.
        return objectEnd > next ? Optional.of(result) : Optional.empty();
    }

    /**
     * Whether a name judged as an imperative at its first word reads, by the evidence, the other way: the first word
     * its subject and the last its verb (OrderPlace with an {@code orderId}; OrderCancel, where 'cancel' is mostly a
     * verb).
     */
    private boolean readsHeadAsVerb(EventName name, int verb) {
        int last = name.size() - 1;
        if (verb != 0 || last <= 0 || !twoWay(name.token(0), name.token(last))) {
            return false;
        }
        String first = name.token(0).key();
        String head = name.token(last).key();
        boolean firstVerb = lexicon.mostly(first, PartOfSpeech.VERB);
        boolean headVerb = lexicon.mostly(head, PartOfSpeech.VERB);
        boolean firstSubject = componentWords.contains(first) && !componentWords.contains(head);
        return !firstVerb && (headVerb || firstSubject);
    }

    /** Whether the first word could be the subject and the last the verb, as well as the other way round. */
    private boolean twoWay(Token first, Token last) {
        return first.isWord()
                && last.isWord()
                && lexicon.is(first.key(), PartOfSpeech.NOUN)
                && lexicon.is(last.key(), PartOfSpeech.VERB)
                && !isParticle(last)
                && !isPreposition(last);
    }

    /** UserRegistration -> UserRegistered; UserSignup -> UserSignedUp; OrderProcessing -> OrderProcessed. */
    private Optional<List<String>> participleAt(EventName name, List<String> words, int i, boolean verbForm) {
        if (i == 0 && !verbForm) {
            // OrderEvent is about an order, not a sign that something was ordered: a noun alone is not a verb.
            return Optional.empty();
        }
        if (i > 0 && (isPreposition(name.token(i - 1)) || isDeterminer(name.token(i - 1)))) {
            // BookOnHold: a noun in a prepositional phrase is not the event's verb.
            return Optional.empty();
        }
        if (!verbForm && i > 0 && isAdjective(name.token(i - 1))) {
            // NewOrder: a noun after its adjective is a thing, not a verb; NewOrdered would read as nonsense.
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

    /** EntityIsBanned -> EntityWasBanned; UserGetsPromoted -> UserGotPromoted. */
    private Optional<List<String>> pastAuxiliary(EventName name, List<String> words, int auxiliary) {
        return lexicon.pastOfAuxiliary(name.token(auxiliary).key()).map(past -> {
            List<String> result = new ArrayList<>(words);
            result.set(auxiliary, past);
            return result;
        });
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

    /** A word used mostly as an adjective and never as a noun ({@code New}, {@code Big}), which a noun may follow. */
    private boolean isAdjective(Token token) {
        return token.isWord()
                && lexicon.mostly(token.key(), PartOfSpeech.ADJECTIVE)
                && !lexicon.is(token.key(), PartOfSpeech.NOUN);
    }

    private boolean isDeterminer(Token token) {
        return token.isWord() && lexicon.is(token.key(), WordClass.DETERMINER);
    }
}
