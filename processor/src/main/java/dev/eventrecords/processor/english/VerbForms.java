package dev.eventrecords.processor.english;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * English verb morphology over the lexicon: recognises past forms, gerunds and present forms and returns their
 * lemma; builds the past participle of a verb. Words are lower case. Stateless apart from the lexicon and the
 * user's extra past forms.
 */
public final class VerbForms {

    private final Lexicon lexicon;
    private final Set<String> extraPastForms;

    public VerbForms(Lexicon lexicon, Set<String> extraPastForms) {
        this.lexicon = lexicon;
        this.extraPastForms = Set.copyOf(extraPastForms);
    }

    /**
     * The verb of which the word is a past tense or past participle: irregular ({@code withdrawn}), prefixed
     * irregular ({@code rebuilt}), regular with English spelling rules ({@code shipped}, {@code verified},
     * {@code panicked}, {@code cancelled}), or a regular form of a verb too new for the lexicon ({@code upserted}).
     * Empty for words that only look like past forms ({@code speed}, {@code hundred}).
     */
    public Optional<String> lemmaOfPast(String word) {
        if (extraPastForms.contains(word)) {
            return Optional.of(word);
        }
        List<String> irregular = lexicon.irregularBasesOf(word);
        if (!irregular.isEmpty()) {
            return Optional.of(irregular.get(0));
        }
        Optional<String> prefixed = prefixedIrregular(word);
        if (prefixed.isPresent()) {
            return prefixed;
        }
        return word.endsWith("ed") ? regularLemma(word) : Optional.empty();
    }

    /**
     * Whether the word is a verb whose past form equals its base ({@code reset}, {@code read}, {@code put}), also when
     * derived with a prefix ({@code unset}).
     */
    public boolean pastEqualsBase(String word) {
        return lexicon.irregularBasesOf(word).contains(word)
                || prefixedIrregular(word).filter(word::equals).isPresent();
    }

    /**
     * A prefix and an irregular past form: the past of the prefixed verb when WordNet lists it ({@code rebuilt},
     * {@code withdrawn}), or, for a productive prefix, when the word is not otherwise a noun or a verb ({@code unset},
     * {@code copaid}; but {@code comet}, {@code delay} and {@code debit} are words of their own).
     */
    private Optional<String> prefixedIrregular(String word) {
        for (String prefix : lexicon.verbPrefixes()) {
            if (word.length() - prefix.length() < 2 || !word.startsWith(prefix)) {
                continue;
            }
            String rest = word.substring(prefix.length());
            for (String base : lexicon.irregularBasesOf(rest)) {
                String verb = prefix + base;
                // outcome, inbound and background are not forms of verbs; output is not a past of its own.
                if (!verb.equals(word) && lexicon.is(verb, PartOfSpeech.VERB)) {
                    return Optional.of(verb);
                }
            }
        }
        for (String prefix : lexicon.verbPrefixes()) {
            if (!lexicon.isProductivePrefix(prefix)
                    || word.length() - prefix.length() < 3
                    || !word.startsWith(prefix)
                    || lexicon.is(word, PartOfSpeech.NOUN)
                    || lexicon.is(word, PartOfSpeech.VERB)) {
                continue;
            }
            List<String> bases = lexicon.irregularBasesOf(word.substring(prefix.length()));
            if (!bases.isEmpty() && lexicon.is(bases.get(0), PartOfSpeech.VERB)) {
                return Optional.of(prefix + bases.get(0));
            }
        }
        return Optional.empty();
    }

    private Optional<String> regularLemma(String word) {
        if (lexicon.is(word, PartOfSpeech.VERB)) {
            // WordNet lists verbs by their base form: speed, feed, embed and shred are bases, not past forms.
            return Optional.empty();
        }
        List<String> stems = stemsBefore(word, 2);
        for (String stem : stems) {
            if (lexicon.is(stem, PartOfSpeech.VERB)
                    && lexicon.irregularParticiplesOf(stem).isEmpty()) {
                return Optional.of(stem);
            }
        }
        if (stems.stream()
                .anyMatch(stem -> !lexicon.irregularParticiplesOf(stem).isEmpty())) {
            // An irregular verb has only the past forms listed for it: seed is not a past of see, payed not of pay;
            // but singed is a past of singe and putted of putt, regular verbs of their own.
            return Optional.empty();
        }
        for (String stem : stems) {
            if (isPrefixedVerb(stem)) {
                return Optional.of(stem);
            }
        }
        if (lexicon.knows(word)) {
            // speed, seed, naked, hundred: the lexicon knows the word itself, and not as a form of a verb.
            return Optional.empty();
        }
        for (String stem : stems) {
            if (lexicon.knows(stem) && !lexicon.isFunctionWord(stem)) {
                // A noun or adjective used as a verb: emailed, onboarded.
                return Optional.of(stem);
            }
        }
        // A verb too new for the lexicon (upserted, synced); the stem must look like an English word.
        String stem = word.substring(0, word.length() - 2);
        return stem.length() >= 3 && hasVowel(stem) && !stem.endsWith("e") ? Optional.of(stem) : Optional.empty();
    }

    private boolean isPrefixedVerb(String stem) {
        for (String prefix : lexicon.verbPrefixes()) {
            if (stem.length() - prefix.length() >= 3
                    && stem.startsWith(prefix)
                    && lexicon.is(stem.substring(prefix.length()), PartOfSpeech.VERB)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The candidate stems of a word ending in a suffix of the given length that starts with a vowel ({@code -ed},
     * {@code -ing}), most likely first: the plain stem, the stem with a silent e, a doubled consonant undone, {@code
     * -ied} to {@code -y}, {@code -cked} to {@code -c}, and the other spelling of {@code -ise}/{@code -ize}.
     */
    private static List<String> stemsBefore(String word, int suffixLength) {
        List<String> stems = new ArrayList<>(6);
        String stem = word.substring(0, word.length() - suffixLength);
        if (stem.isEmpty()) {
            return stems;
        }
        stems.add(stem);
        stems.add(stem + "e");
        int n = stem.length();
        if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && !isVowel(stem.charAt(n - 1))) {
            stems.add(stem.substring(0, n - 1));
        }
        if (suffixLength == 2 && stem.endsWith("i")) {
            stems.add(stem.substring(0, n - 1) + "y");
        }
        if (stem.endsWith("ck")) {
            stems.add(stem.substring(0, n - 1));
        }
        if (stem.endsWith("is") || stem.endsWith("iz")) {
            String other = stem.substring(0, n - 1) + (stem.endsWith("is") ? 'z' : 's');
            stems.add(other + "e");
        }
        if (suffixLength == 3 && stem.endsWith("y")) {
            stems.add(stem.substring(0, n - 1) + "ie");
        }
        return stems;
    }

    /** The verb of which the word is a gerund ({@code processing} -> {@code process}), known or new. */
    public Optional<String> lemmaOfGerund(String word) {
        if (!word.endsWith("ing") || word.length() < 6) {
            return Optional.empty();
        }
        for (String stem : stemsBefore(word, 3)) {
            if (lexicon.is(stem, PartOfSpeech.VERB) || isPrefixedVerb(stem)) {
                return Optional.of(stem);
            }
        }
        String stem = word.substring(0, word.length() - 3);
        return lexicon.knows(word) || !hasVowel(stem) ? Optional.empty() : Optional.of(stem);
    }

    /**
     * The verb and particle a word is made of ({@code signup} -> {@code sign}, {@code up}; {@code checkout} ->
     * {@code check}, {@code out}).
     */
    public Optional<List<String>> phrasalParts(String word) {
        for (int split = word.length() - 2; split >= 2; split--) {
            String verb = word.substring(0, split);
            String particle = word.substring(split);
            if (lexicon.is(particle, WordClass.PARTICLE) && lexicon.is(verb, PartOfSpeech.VERB)) {
                return Optional.of(List.of(verb, particle));
            }
        }
        return Optional.empty();
    }

    /** The verb of which the word is the third person present ({@code creates} -> {@code create}). */
    public Optional<String> lemmaOfPresent(String word) {
        if (!word.endsWith("s") || word.endsWith("ss") || word.length() < 4) {
            return Optional.empty();
        }
        List<String> stems = new ArrayList<>(3);
        stems.add(word.substring(0, word.length() - 1));
        if (word.endsWith("es")) {
            stems.add(word.substring(0, word.length() - 2));
        }
        if (word.endsWith("ies")) {
            stems.add(word.substring(0, word.length() - 3) + "y");
        }
        return stems.stream().filter(s -> lexicon.is(s, PartOfSpeech.VERB)).findFirst();
    }

    /**
     * The past participle of a verb: irregular ({@code send} -> {@code sent}) or regular with English spelling
     * ({@code ship} -> {@code shipped}, {@code verify} -> {@code verified}, {@code cancel} -> {@code cancelled},
     * {@code panic} -> {@code panicked}).
     */
    public String participleOf(String verb) {
        List<String> irregular = lexicon.irregularParticiplesOf(verb);
        if (!irregular.isEmpty()) {
            return irregular.get(0);
        }
        int n = verb.length();
        if (verb.endsWith("e")) {
            return verb + "d";
        }
        if (n >= 2 && verb.endsWith("y") && !isVowel(verb.charAt(n - 2))) {
            return verb.substring(0, n - 1) + "ied";
        }
        if (verb.endsWith("ic")) {
            return verb + "ked";
        }
        if (doublesFinalConsonant(verb)) {
            return verb + verb.charAt(n - 1) + "ed";
        }
        return verb + "ed";
    }

    private boolean doublesFinalConsonant(String verb) {
        int n = verb.length();
        if (n < 3 || lexicon.doublesConsonant(verb)) {
            return n >= 3;
        }
        char last = verb.charAt(n - 1);
        boolean consonantVowelConsonant = !isVowel(last)
                && "wxy".indexOf(last) < 0
                && isVowel(verb.charAt(n - 2))
                && !isVowel(verb.charAt(n - 3));
        if (!consonantVowelConsonant) {
            return false;
        }
        // One syllable (ship, log), British -l after one vowel (cancel, travel), stressed -fer/-cur (transfer, occur).
        return syllables(verb) == 1
                || last == 'l'
                || (verb.endsWith("fer") && !verb.endsWith("ffer"))
                || verb.endsWith("cur");
    }

    private static int syllables(String word) {
        int groups = 0;
        boolean inVowels = false;
        for (int i = 0; i < word.length(); i++) {
            boolean vowel = isVowel(word.charAt(i));
            if (vowel && !inVowels) {
                groups++;
            }
            inVowels = vowel;
        }
        return groups;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static boolean hasVowel(String word) {
        for (int i = 0; i < word.length(); i++) {
            if ("aeiouy".indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
