package dev.eventrecords.processor.english;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the rule knows about English words, read from this package's data files: the parts of speech of WordNet 3.1's
 * one-word lemmas, its nominalizations, the irregular verbs, and the closed word classes. Immutable once loaded; one
 * instance is shared by every compilation in a JVM ({@link #shared()}). Thread-safe.
 */
public final class Lexicon {

    private final Map<String, Byte> partsOfSpeech;
    private final Map<String, String> nominalizations;
    private final Map<String, List<String>> irregularBases;
    private final Map<String, List<String>> irregularParticiples;
    private final Set<String> doublingVerbs;
    private final Map<String, Set<WordClass>> wordClasses;
    private final Map<String, String> roleNouns;
    private final List<String> verbPrefixes;
    private final Set<String> productivePrefixes;
    private final Set<String> irregularPasts;
    private final Set<String> vagueVerbs;
    private final Set<String> vagueAttributes;
    private final Set<String> nounCompounds;
    private final Map<String, String> auxiliaryPasts;

    private Lexicon() {
        partsOfSpeech = new HashMap<>(120_000);
        for (String line : ResourceLines.read("lexicon.tsv")) {
            int tab = line.indexOf('\t');
            // Bytes are interned by Byte.valueOf, so 80,000 entries share 256 boxes.
            partsOfSpeech.put(line.substring(0, tab), (byte) PartOfSpeech.bitsOf(line.substring(tab + 1)));
        }
        nominalizations = new HashMap<>();
        for (String line : ResourceLines.read("nominalizations.tsv")) {
            String[] fields = line.split("\t");
            nominalizations.put(fields[0], fields[1]);
        }
        irregularBases = new HashMap<>();
        irregularParticiples = new HashMap<>();
        Set<String> pasts = new HashSet<>();
        for (String line : ResourceLines.read("irregular-verbs.tsv")) {
            String[] fields = line.split("\t");
            String base = fields[0];
            addOnce(irregularBases, fields[1], base);
            addOnce(irregularBases, fields[2], base);
            addOnce(irregularParticiples, base, fields[2]);
            pasts.add(fields[1]);
        }
        irregularPasts = Set.copyOf(pasts);
        doublingVerbs = Set.copyOf(ResourceLines.read("doubling-verbs.txt"));
        wordClasses = new HashMap<>();
        for (String line : ResourceLines.read("function-words.tsv")) {
            String[] fields = line.split("\t");
            Set<WordClass> classes = EnumSet.noneOf(WordClass.class);
            for (String name : fields[1].split(",")) {
                classes.add(WordClass.named(name));
            }
            wordClasses.put(fields[0], Set.copyOf(classes));
        }
        roleNouns = new HashMap<>();
        for (String line : ResourceLines.read("role-nouns.tsv")) {
            String[] fields = line.split("\t");
            roleNouns.put(fields[0], fields[1]);
        }
        verbPrefixes = List.copyOf(ResourceLines.read("verb-prefixes.txt"));
        productivePrefixes = Set.copyOf(ResourceLines.read("productive-prefixes.txt"));
        vagueVerbs = Set.copyOf(ResourceLines.read("vague-verbs.txt"));
        vagueAttributes = Set.copyOf(ResourceLines.read("vague-attributes.txt"));
        nounCompounds = Set.copyOf(ResourceLines.read("noun-compounds.txt"));
        auxiliaryPasts = new HashMap<>();
        for (String line : ResourceLines.read("present-auxiliaries.tsv")) {
            String[] fields = line.split("\t");
            auxiliaryPasts.put(fields[0], fields[1]);
        }
    }

    private static void addOnce(Map<String, List<String>> map, String key, String value) {
        List<String> values = map.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!values.contains(value)) {
            values.add(value);
        }
    }

    /** The lexicon, loaded on first use and then shared: the data files are read once per JVM. */
    public static Lexicon shared() {
        return Holder.INSTANCE;
    }

    /** Reads the data files into a new lexicon; {@link #shared()} does this once per JVM. */
    static Lexicon load() {
        return new Lexicon();
    }

    private static final class Holder {
        static final Lexicon INSTANCE = load();
    }

    /** How many one-word lemmas the lexicon knows. */
    public int size() {
        return partsOfSpeech.size();
    }

    /** Whether the word (lower case) is a lemma of any part of speech. */
    public boolean knows(String word) {
        return partsOfSpeech.containsKey(word);
    }

    public boolean is(String word, PartOfSpeech pos) {
        return (bitsOf(word) & pos.bit()) != 0;
    }

    /** Whether the word is most often used as this part of speech in WordNet's tagged corpus. */
    public boolean mostly(String word, PartOfSpeech pos) {
        return (bitsOf(word) & pos.dominantBit()) != 0;
    }

    /** Whether the word can only be this part of speech. */
    public boolean only(String word, PartOfSpeech pos) {
        int bits = bitsOf(word) & ((1 << PartOfSpeech.values().length) - 1);
        return bits == pos.bit();
    }

    private int bitsOf(String word) {
        Byte bits = partsOfSpeech.get(word);
        return bits == null ? 0 : bits & 0xFF;
    }

    /**
     * The verb a noun names the action of ({@code registration} -> {@code register}), or the noun itself when it is
     * also that verb ({@code refund}).
     */
    public Optional<String> verbOfNominalization(String noun) {
        return Optional.ofNullable(nominalizations.get(noun));
    }

    /** The bases of which the word is an irregular past or participle ({@code built} -> {@code build}). */
    public List<String> irregularBasesOf(String form) {
        return irregularBases.getOrDefault(form, List.of());
    }

    /** The irregular past participles of a base ({@code send} -> {@code sent}); empty for regular verbs. */
    public List<String> irregularParticiplesOf(String base) {
        return irregularParticiples.getOrDefault(base, List.of());
    }

    /** Whether a regular verb doubles its last consonant before {@code -ed} although it has more than one syllable. */
    public boolean doublesConsonant(String verb) {
        return doublingVerbs.contains(verb);
    }

    public boolean is(String word, WordClass wordClass) {
        return wordClasses.getOrDefault(word, Set.of()).contains(wordClass);
    }

    /** Whether the word belongs to any closed class. */
    public boolean isFunctionWord(String word) {
        return wordClasses.containsKey(word);
    }

    /** What a type whose name ends in this noun is ({@code command} -> {@code a command}). */
    public Optional<String> role(String word) {
        return Optional.ofNullable(roleNouns.get(word));
    }

    public List<String> verbPrefixes() {
        return verbPrefixes;
    }

    /** Whether the prefix still forms new verbs from any verb ({@code un} in {@code unset}, {@code co} in {@code copay}). */
    public boolean isProductivePrefix(String prefix) {
        return productivePrefixes.contains(prefix);
    }

    /** Whether the word is the simple past of an irregular verb ({@code became}, {@code went}), not only a participle. */
    public boolean isIrregularPast(String word) {
        return irregularPasts.contains(word);
    }

    /** Whether two words form a noun in WordNet ({@code weather forecast}, {@code price cut}). */
    public boolean isNounCompound(String first, String second) {
        return nounCompounds.contains(first + " " + second);
    }

    /** The past of a present auxiliary ({@code is} -> {@code was}, {@code are} -> {@code were}). */
    public Optional<String> pastOfAuxiliary(String word) {
        return Optional.ofNullable(auxiliaryPasts.get(word));
    }

    public boolean isVagueVerb(String verb) {
        return vagueVerbs.contains(verb);
    }

    public boolean isVagueAttribute(String noun) {
        return vagueAttributes.contains(noun);
    }
}
