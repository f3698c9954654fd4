package dev.eventrecords.processor.english;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an event's name with a small grammar: subject, auxiliaries or negation, a predicate in the past tense, then an
 * optional particle, object, prepositional phrase or adverb ({@code ItemAddedToCart}, {@code OrderWasPlaced},
 * {@code UserLoggedIn}). A name passes when such a predicate is found; otherwise the verdict names the word that
 * reads wrong and suggests a name that passes. Never throws for any identifier. Thread-safe.
 */
public final class PastTenseAnalyzer {

    private final Lexicon lexicon;
    private final VerbForms verbs;

    public PastTenseAnalyzer(Lexicon lexicon, Set<String> extraPastForms) {
        this.lexicon = lexicon;
        this.verbs = new VerbForms(lexicon, extraPastForms);
    }

    /**
     * Judges a simple name, with a suggestion when it fails. Role words and version tags at the end ({@code Event},
     * {@code Message}, {@code V2}) are set aside first, so a name passes with them if and only if it passes without
     * them; a suggestion keeps them.
     */
    public Verdict analyze(String simpleName) {
        return analyze(simpleName, java.util.Set.of());
    }

    /**
     * Judges a simple name as {@link #analyze(String)} does, knowing the words the event's components are named with
     * ({@code orderId}: {@code order}, {@code id}), lower case: where a name reads two ways ({@code OrderPlace}: the
     * order placed, or a place ordered), the word a component names is the event's subject, not its verb.
     */
    public Verdict analyze(String simpleName, java.util.Set<String> componentWords) {
        EventName name = EventName.parse(simpleName, lexicon);
        Verdict verdict = judge(name);
        if (verdict.passed()) {
            return verdict;
        }
        Optional<NameSuggester.Suggestion> suggestion = new NameSuggester(lexicon, verbs, componentWords)
                .suggest(name, verdict)
                .filter(suggested -> !suggested.name().equals(simpleName)
                        && judge(EventName.parse(suggested.name(), lexicon)).passed());
        if (suggestion.isEmpty()) {
            return verdict;
        }
        // the reading the suggestion comes from explains the failure: OrderPlace's 'Place', not its 'Order'
        String detail = suggestion.get().finding() == verdict.finding() ? verdict.detail() : "";
        return new Verdict(
                verdict.name(),
                suggestion.get().finding(),
                suggestion.get().word(),
                detail,
                Optional.of(suggestion.get().name()),
                Optional.empty());
    }

    private Verdict judge(EventName name) {
        String original = name.original();
        int n = name.size();
        if (n == 0) {
            return fail(original, Finding.NO_WORDS, original, "");
        }
        Token head = name.token(n - 1);
        Optional<String> role = head.isWord() ? lexicon.role(head.key()) : Optional.empty();
        if (role.isPresent() && !(n == 2 && isImperative(name.token(0)))) {
            // PlaceOrderCommand names a command; in RebuildProjection the noun is the imperative's object.
            return fail(original, Finding.ROLE, head.text(), role.get());
        }
        List<Verdict> rejected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Optional<String> lemma = pastLemma(name.token(i));
            if (lemma.isEmpty() && isPastCopula(name, i)) {
                lemma = Optional.of(
                        lexicon.irregularBasesOf(name.token(i).key()).get(0));
            }
            if (lemma.isPresent()) {
                Verdict verdict = predicateAt(name, i, lemma.get());
                if (verdict.passed()) {
                    return verdict;
                }
                rejected.add(verdict);
            }
        }
        return whyNot(name, rejected);
    }

    /**
     * A past auxiliary as the main verb, linking its subject to a complement rather than coming before a participle
     * (OrderWasPlaced): ProductWasOutOfStock, DriverBecameAvailable, UserHadAccess. Any simple past of an irregular
     * verb that the lexicon also lists as an auxiliary reads so.
     */
    private boolean isPastCopula(EventName name, int i) {
        Token token = name.token(i);
        if (i == 0 || !token.isWord() || !lexicon.isIrregularPast(token.key())) {
            return false;
        }
        if (!lexicon.is(token.key(), WordClass.PERFECT)) {
            return false;
        }
        int next = i + 1;
        while (next < name.size() && lexicon.is(name.token(next).key(), WordClass.NEGATION)) {
            next++;
        }
        return next < name.size()
                && pastLemma(name.token(next)).isEmpty()
                && !isAuxiliary(name.token(next).key());
    }

    private Optional<String> pastLemma(Token token) {
        if (!token.isWord() || isAuxiliary(token.key())) {
            return Optional.empty();
        }
        return verbs.lemmaOfPast(token.key());
    }

    private Verdict predicateAt(EventName name, int i, String lemma) {
        String original = name.original();
        Token predicate = name.token(i);
        if (i > 0 && isOnly(name.token(i - 1), WordClass.PREPOSITION)) {
            // MarkAsPaid: a participle inside a prepositional phrase is not the predicate.
            return fail(original, Finding.NOT_PAST, predicate.text(), "");
        }
        if (i > 0
                && name.token(i - 1).isWord()
                && lexicon.isNounCompound(name.token(i - 1).key(), predicate.key())) {
            // WeatherForecast, PriceCut: a compound noun, not a subject and its verb.
            return fail(original, Finding.NOUN, name.token(i - 1).text() + predicate.text(), "");
        }
        int subjectEnd = i;
        while (subjectEnd > 0 && isAuxiliary(name.token(subjectEnd - 1).key())) {
            subjectEnd--;
        }
        for (int a = subjectEnd; a < i; a++) {
            String aux = name.token(a).key();
            if (lexicon.is(aux, WordClass.PRESENT)) {
                return fail(original, Finding.PRESENT_AUXILIARY, name.token(a).text(), "");
            }
            if (lexicon.is(aux, WordClass.MODAL)) {
                return fail(original, Finding.MODAL, name.token(a).text(), "");
            }
        }
        boolean hasSubject = subjectEnd > 0;
        int next = i + 1;
        while (next < name.size() && is(name.token(next), WordClass.PARTICLE)) {
            next++;
        }
        boolean followedByNoun = next < name.size() && !opensModifier(name.token(next));
        if (!hasSubject && verbs.pastEqualsBase(predicate.key())) {
            // ResetPassword is an order; Reset alone (or ReadMessage) could be either; ShutDown is a phrasal verb's
            // past. With its subject before it (PasswordReset, FlagUnset) it reads as what happened.
            if (followedByNoun) {
                return fail(original, Finding.IMPERATIVE, predicate.text(), "");
            }
            if (next == i + 1) {
                return fail(original, Finding.NEEDS_SUBJECT, predicate.text(), "");
            }
        }
        if (followedByNoun && (!hasSubject || (isImperative(name.token(0)) && objectFollows(name, i, next)))) {
            // AuthenticatedUser, CheckedOutBook, FindCompletedOrders: a participle before a noun describes it.
            return fail(
                    original,
                    Finding.ADJECTIVE,
                    predicate.text(),
                    name.token(next).text());
        }
        Reading reading = new Reading(
                name.tokens().subList(0, subjectEnd),
                predicate.text(),
                lemma,
                name.tokens().subList(i + 1, name.size()));
        return new Verdict(original, Finding.PAST_TENSE, predicate.text(), "", Optional.empty(), Optional.of(reading));
    }

    /**
     * Whether a noun follows the predicate, so that a first word that is a verb as well as a noun reads as an
     * imperative and the participle as describing its object (FindCompletedOrders, GenerateSignedUrl). After a head
     * word that is also a noun, a preposition or an adjective after the predicate leaves the head word the subject:
     * ClaimWentOffline, ReviewSubmittedByEditor.
     */
    private boolean objectFollows(EventName name, int predicate, int next) {
        Token first = name.token(0);
        if (!lexicon.is(first.key(), PartOfSpeech.NOUN)
                && verbs.phrasalParts(first.key()).isEmpty()) {
            // Generate is only a verb; Login and Checkout are nouns made of a verb and its particle.
            return true;
        }
        Token after = name.token(predicate + 1);
        if (is(after, WordClass.PREPOSITION)) {
            return false;
        }
        Token word = name.token(next);
        return !word.isWord()
                || !lexicon.knows(word.key())
                || (lexicon.is(word.key(), PartOfSpeech.NOUN)
                        && !lexicon.mostly(word.key(), PartOfSpeech.ADJECTIVE)
                        && !lexicon.mostly(word.key(), PartOfSpeech.ADVERB));
    }

    /** What may follow a subjectless predicate: a prepositional phrase or an adverb (TimedOutAfterRetry). */
    private boolean opensModifier(Token token) {
        return token.isWord() && (is(token, WordClass.PREPOSITION) || isAdverb(token));
    }

    boolean isAdverb(Token token) {
        String word = token.key();
        return is(token, WordClass.ADVERB)
                || (word.endsWith("ly") && (lexicon.is(word, PartOfSpeech.ADVERB) || !lexicon.knows(word)));
    }

    private Verdict whyNot(EventName name, List<Verdict> rejected) {
        String original = name.original();
        for (Verdict verdict : rejected) {
            if (verdict.finding() == Finding.PRESENT_AUXILIARY || verdict.finding() == Finding.MODAL) {
                return verdict;
            }
        }
        int n = name.size();
        Token first = name.token(0);
        if (n > 1 && isImperative(first)) {
            return fail(original, Finding.IMPERATIVE, first.text(), "");
        }
        for (Verdict verdict : rejected) {
            if (verdict.finding() != Finding.NOT_PAST) {
                return verdict;
            }
        }
        Token head = name.token(n - 1);
        Optional<Verdict> byHead = byHead(original, head, name.token(Math.max(0, n - 2)), n);
        if (byHead.isPresent()) {
            return byHead.get();
        }
        if (n > 1
                && first.isWord()
                && lexicon.is(first.key(), PartOfSpeech.VERB)
                && pastLemma(first).isEmpty()
                && head.isWord()
                && lexicon.is(head.key(), PartOfSpeech.VERB)
                && !is(name.token(n - 2), WordClass.PREPOSITION)
                && !is(name.token(n - 2), WordClass.DETERMINER)) {
            // PlaceOrder: a verb that is also a noun, first, before a noun that is also a verb.
            return fail(original, Finding.IMPERATIVE, first.text(), "");
        }
        if (!rejected.isEmpty()) {
            return rejected.get(rejected.size() - 1);
        }
        return byKind(original, head).orElseGet(() -> fail(original, nounOrNot(head), head.text(), ""));
    }

    private boolean isImperative(Token first) {
        String word = first.key();
        return first.isWord()
                && lexicon.is(word, PartOfSpeech.VERB)
                && verbs.lemmaOfPast(word)
                        .filter(l -> !verbs.pastEqualsBase(word))
                        .isEmpty()
                && (!lexicon.is(word, PartOfSpeech.NOUN) || lexicon.mostly(word, PartOfSpeech.VERB));
    }

    private Optional<Verdict> byHead(String original, Token head, Token previous, int n) {
        if (!head.isWord()) {
            return Optional.empty();
        }
        String word = head.key();
        if (verbs.lemmaOfGerund(word).isPresent()) {
            return Optional.of(fail(original, Finding.GERUND, head.text(), ""));
        }
        if (lexicon.verbOfNominalization(word)
                .filter(verb -> !verb.equals(word))
                .isPresent()) {
            return Optional.of(fail(original, Finding.NOMINALIZATION, head.text(), ""));
        }
        if (word.endsWith("ed") && verbs.lemmaOfPast(word).isEmpty()) {
            return Optional.of(fail(original, Finding.LOOKALIKE, head.text(), ""));
        }
        if (!lexicon.is(word, PartOfSpeech.VERB) && verbs.phrasalParts(word).isPresent()) {
            // Signup, Checkout, Login: a noun made of a verb and its particle.
            return Optional.of(fail(original, Finding.NOUN, head.text(), ""));
        }
        Optional<String> present = verbs.lemmaOfPresent(word);
        if (present.isPresent()
                && !lexicon.knows(word)
                && (!lexicon.is(present.get(), PartOfSpeech.NOUN)
                        || lexicon.mostly(present.get(), PartOfSpeech.VERB))) {
            // UserCreates; but Totals and Orders are plural nouns.
            return Optional.of(fail(original, Finding.PRESENT, head.text(), ""));
        }
        boolean afterNounOpener = n > 1 && (is(previous, WordClass.PREPOSITION) || is(previous, WordClass.DETERMINER));
        if (!afterNounOpener
                && lexicon.is(word, PartOfSpeech.VERB)
                && (!lexicon.is(word, PartOfSpeech.NOUN) || lexicon.mostly(word, PartOfSpeech.VERB))) {
            // UserCreate; but in BookOnHold the word after a preposition is a noun.
            return Optional.of(fail(original, n == 1 ? Finding.IMPERATIVE : Finding.BASE_FORM, head.text(), ""));
        }
        return Optional.empty();
    }

    private Optional<Verdict> byKind(String original, Token head) {
        if (head.isVersion()) {
            return Optional.of(fail(original, Finding.VERSION, head.text(), ""));
        }
        return switch (head.kind()) {
            case ACRONYM -> Optional.of(fail(original, Finding.ACRONYM, head.text(), ""));
            case NUMBER -> Optional.of(fail(original, Finding.NUMBER, head.text(), ""));
            case FOREIGN -> Optional.of(fail(original, Finding.FOREIGN, head.text(), ""));
            case WORD ->
                head.key().length() == 1
                        ? Optional.of(fail(original, Finding.LETTER, head.text(), ""))
                        : Optional.empty();
        };
    }

    private Finding nounOrNot(Token head) {
        String word = head.key();
        boolean plural = word.endsWith("s")
                && (lexicon.is(word.substring(0, word.length() - 1), PartOfSpeech.NOUN)
                        || (word.endsWith("es") && lexicon.is(word.substring(0, word.length() - 2), PartOfSpeech.NOUN))
                        || (word.endsWith("ies")
                                && lexicon.is(word.substring(0, word.length() - 3) + "y", PartOfSpeech.NOUN)));
        return lexicon.is(word, PartOfSpeech.NOUN) || plural ? Finding.NOUN : Finding.NOT_PAST;
    }

    private boolean isAuxiliary(String word) {
        return lexicon.is(word, WordClass.PERFECT)
                || lexicon.is(word, WordClass.PRESENT)
                || lexicon.is(word, WordClass.MODAL)
                || lexicon.is(word, WordClass.NEGATION);
    }

    private boolean is(Token token, WordClass wordClass) {
        return token.isWord() && lexicon.is(token.key(), wordClass);
    }

    private boolean isOnly(Token token, WordClass wordClass) {
        return is(token, wordClass) && !lexicon.is(token.key(), WordClass.PARTICLE);
    }

    private static Verdict fail(String name, Finding finding, String word, String detail) {
        return new Verdict(name, finding, word, detail, Optional.empty(), Optional.empty());
    }
}
