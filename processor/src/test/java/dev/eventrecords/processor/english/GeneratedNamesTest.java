package dev.eventrecords.processor.english;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rule on names generated from templates ({@code generated-names.txt}): subjects, past forms, complements,
 * phrasal and linking verbs, one-word events and ambiguous head words make accepted names; imperatives, present and
 * base forms, gerunds, nominalizations and nouns make refused ones. Every name is also tried with every role word and
 * version tag that teams append. Prints the false-positive and miss rates, then checks the properties the rule
 * promises: a suffix or a tag changes nothing in the verdict, and a suggestion passes and keeps the original's words.
 */
class GeneratedNamesTest {

    record Labelled(String name, boolean accepted, String template) {}

    private static final PastTenseAnalyzer ANALYZER = new PastTenseAnalyzer(Lexicon.shared(), Set.of());
    private static final VerbForms VERBS = new VerbForms(Lexicon.shared(), Set.of());

    private static Map<String, List<String>> sections;
    private static List<Labelled> names;
    private static final Map<String, Verdict> VERDICTS = new java.util.HashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        sections = sections();
        names = generated(sections);
    }

    /** The verdict on a name, worked out once for all the tests of this class. */
    private static Verdict verdict(String name) {
        return VERDICTS.computeIfAbsent(name, ANALYZER::analyze);
    }

    static Map<String, List<String>> sections() throws IOException {
        Map<String, Set<String>> read = new LinkedHashMap<>();
        try (InputStream in = GeneratedNamesTest.class.getResourceAsStream("generated-names.txt")) {
            Set<String> current = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[")) {
                    current = read.computeIfAbsent(line.substring(1, line.length() - 1), k -> new LinkedHashSet<>());
                } else {
                    current.add(line);
                }
            }
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        read.forEach((k, v) -> result.put(k, List.copyOf(v)));
        return result;
    }

    /** The names without suffixes, each labelled by the template that made it. */
    static List<Labelled> generated(Map<String, List<String>> s) {
        List<Labelled> all = new ArrayList<>();
        List<String> subjects = s.get("subject");
        List<String> pasts = s.get("past");
        for (String subject : subjects) {
            for (String past : pasts) {
                all.add(new Labelled(subject + past, true, "subject + past"));
            }
        }
        for (String subject : s.get("ambiguous-subject")) {
            for (String past : pasts) {
                all.add(new Labelled(subject + past, true, "ambiguous subject + past"));
            }
        }
        List<String> complements = s.get("complement");
        for (int i = 0; i < subjects.size(); i++) {
            for (int j = 0; j < complements.size(); j++) {
                String past = pasts.get((i * complements.size() + j) % pasts.size());
                all.add(new Labelled(subjects.get(i) + past + complements.get(j), true, "subject + past + complement"));
            }
        }
        for (String subject : subjects) {
            for (String phrasal : s.get("phrasal")) {
                all.add(new Labelled(subject + phrasal, true, "subject + phrasal verb"));
            }
            for (String linking : s.get("linking")) {
                all.add(new Labelled(subject + linking, true, "subject + linking verb + complement"));
            }
        }
        for (String word : s.get("one-word")) {
            all.add(new Labelled(word, true, "one-word event"));
        }
        List<String> lexiconPasts = lexiconPasts();
        for (int i = 0; i < lexiconPasts.size(); i++) {
            all.add(new Labelled(
                    subjects.get(i % subjects.size()) + lexiconPasts.get(i), true, "subject + lexicon past"));
        }
        for (String verb : s.get("imperative")) {
            for (String object : subjects) {
                all.add(new Labelled(verb + object, false, "imperative + object"));
            }
        }
        for (String verb : s.get("ambiguous-imperative")) {
            for (String object : subjects) {
                if (!object.equals(verb)) {
                    all.add(new Labelled(verb + object, false, "ambiguous head + object"));
                }
            }
        }
        for (int i = 0; i < subjects.size(); i++) {
            for (String auxiliary : s.get("auxiliary")) {
                String past = pasts.get((i * 7 + auxiliary.length()) % pasts.size());
                all.add(new Labelled(subjects.get(i) + auxiliary + past, false, "subject + auxiliary + past"));
            }
        }
        for (String word : s.get("bare-past-equal-to-base")) {
            all.add(new Labelled(word, false, "bare past equal to base"));
        }
        for (String template : List.of("present", "base-form", "gerund", "nominalization", "noun")) {
            for (String subject : subjects) {
                for (String word : s.get(template)) {
                    all.add(new Labelled(subject + word, false, "subject + " + template));
                }
            }
        }
        return all;
    }

    /**
     * Past forms from the lexicon's data: every irregular past and participle that is not also an auxiliary
     * ({@code had}, {@code got}), and the participle of every 25th verb WordNet lists only as a verb.
     */
    static List<String> lexiconPasts() {
        Lexicon lexicon = Lexicon.shared();
        Set<String> pasts = new LinkedHashSet<>();
        for (String line : ResourceLines.read("irregular-verbs.tsv")) {
            String[] fields = line.split("\t");
            for (String form : List.of(fields[1], fields[2])) {
                if (!lexicon.isFunctionWord(form)) {
                    pasts.add(form);
                }
            }
        }
        int verbs = 0;
        for (String line : ResourceLines.read("lexicon.tsv")) {
            String[] fields = line.split("\t");
            if (fields[1].equals("v") && fields[0].matches("[a-z]{3,}") && verbs++ % 25 == 0) {
                pasts.add(VERBS.participleOf(fields[0]));
            }
        }
        return pasts.stream()
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .toList();
    }

    /** A name with a suffix or tag: {@code OrderPlacedEvent}, {@code OrderPlaced_v3}. */
    static String withSuffix(String name, String suffix) {
        return name + suffix;
    }

    private record Tally(int accepted, int falsePositives, int refused, int misses) {
        Tally add(Labelled labelled, boolean passed) {
            return labelled.accepted()
                    ? new Tally(accepted + 1, falsePositives + (passed ? 0 : 1), refused, misses)
                    : new Tally(accepted, falsePositives, refused + 1, misses + (passed ? 1 : 0));
        }

        String rates() {
            return String.format(
                    Locale.ROOT,
                    "false positives %d of %d accepted (%.2f%%), misses %d of %d refused (%.2f%%)",
                    falsePositives,
                    accepted,
                    100.0 * falsePositives / Math.max(1, accepted),
                    misses,
                    refused,
                    100.0 * misses / Math.max(1, refused));
        }
    }

    @Test
    void holdsAtLeastThreeThousandNamesOfEveryTemplate() {
        assertThat(names).hasSizeGreaterThanOrEqualTo(3_000);
        assertThat(names).extracting(Labelled::template).contains("one-word event", "ambiguous subject + past");
        assertThat(sections.get("suffix")).contains("Event", "Message", "Msg", "Evt", "Notification", "V2", "v3");
    }

    @Test
    void printsFalsePositiveAndMissRates() {
        Tally plain = new Tally(0, 0, 0, 0);
        Tally suffixed = new Tally(0, 0, 0, 0);
        Map<String, Tally> byTemplate = new LinkedHashMap<>();
        Map<String, Tally> bySuffix = new LinkedHashMap<>();
        List<String> falsePositives = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        for (Labelled labelled : names) {
            boolean passed = verdict(labelled.name()).passed();
            plain = plain.add(labelled, passed);
            byTemplate.merge(labelled.template(), new Tally(0, 0, 0, 0).add(labelled, passed), GeneratedNamesTest::sum);
            if (passed != labelled.accepted()) {
                (passed ? misses : falsePositives).add(labelled.name());
            }
            for (String suffix : sections.get("suffix")) {
                boolean suffixedPassed =
                        verdict(withSuffix(labelled.name(), suffix)).passed();
                suffixed = suffixed.add(labelled, suffixedPassed);
                bySuffix.merge(suffix, new Tally(0, 0, 0, 0).add(labelled, suffixedPassed), GeneratedNamesTest::sum);
            }
        }
        System.out.printf("generated names: %d plain: %s%n", names.size(), plain.rates());
        System.out.printf(
                "generated names: %d with suffixes and tags: %s%n",
                names.size() * sections.get("suffix").size(), suffixed.rates());
        byTemplate.forEach((t, tally) -> System.out.printf("  template %-40s %s%n", t, tally.rates()));
        bySuffix.forEach((t, tally) -> System.out.printf("  suffix   %-40s %s%n", t, tally.rates()));
        System.out.println("  false positives (plain): " + sample(falsePositives));
        System.out.println("  misses (plain): " + sample(misses));
        assertThat(plain.accepted()).isPositive();
    }

    private static Tally sum(Tally a, Tally b) {
        return new Tally(
                a.accepted() + b.accepted(),
                a.falsePositives() + b.falsePositives(),
                a.refused() + b.refused(),
                a.misses() + b.misses());
    }

    private static String sample(List<String> list) {
        return list.size() + " " + list.subList(0, Math.min(60, list.size()));
    }

    @Test
    void acceptsEveryAcceptedNameWithEverySuffixAndTag() {
        List<String> refused = new ArrayList<>();
        for (Labelled labelled : names) {
            if (!labelled.accepted()) {
                continue;
            }
            for (String name : variants(labelled.name())) {
                Verdict verdict = verdict(name);
                if (!verdict.passed()) {
                    refused.add(name + ": " + verdict.explanation());
                }
            }
        }
        assertThat(refused).as(sample(refused)).isEmpty();
    }

    @Test
    void refusesEveryRefusedNameWithEverySuffixAndTag() {
        List<String> passed = new ArrayList<>();
        for (Labelled labelled : names) {
            if (labelled.accepted()) {
                continue;
            }
            for (String name : variants(labelled.name())) {
                if (verdict(name).passed()) {
                    passed.add(name);
                }
            }
        }
        assertThat(passed).as(sample(passed)).isEmpty();
    }

    @Test
    void givesTheSameVerdictWithAndWithoutASuffix() {
        List<String> differ = new ArrayList<>();
        for (Labelled labelled : names) {
            boolean plain = verdict(labelled.name()).passed();
            for (String suffix : sections.get("suffix")) {
                String name = withSuffix(labelled.name(), suffix);
                if (verdict(name).passed() != plain) {
                    differ.add(name);
                }
            }
        }
        assertThat(differ).as(sample(differ)).isEmpty();
    }

    @Test
    void refusesAnyNameEndingInARoleWordThatIsNotAnEvent() {
        List<String> passed = new ArrayList<>();
        for (Labelled labelled : names) {
            for (String role : sections.get("not-an-event")) {
                String name = labelled.name() + role;
                if (verdict(name).passed()) {
                    passed.add(name);
                }
            }
        }
        assertThat(passed).as(sample(passed)).isEmpty();
    }

    @Test
    void suggestsOnlyNamesThatPassAndKeepTheOriginalsWords() {
        List<String> bad = new ArrayList<>();
        int suggested = 0;
        int refused = 0;
        for (Labelled labelled : names) {
            for (String name : variants(labelled.name())) {
                Verdict verdict = verdict(name);
                if (verdict.passed()) {
                    continue;
                }
                refused++;
                Optional<String> suggestion = verdict.suggestion();
                if (suggestion.isEmpty()) {
                    continue;
                }
                suggested++;
                String s = suggestion.get();
                if (!verdict(s).passed()) {
                    bad.add(name + " -> " + s + " (fails)");
                } else if (!keepsWordsMovingAtMostTheVerb(name, s)) {
                    bad.add(name + " -> " + s + " (changes more than the verb)");
                }
            }
        }
        System.out.printf("generated names: %d refused, %d with a suggestion%n", refused, suggested);
        assertThat(bad).as(sample(bad)).isEmpty();
        assertThat(suggested).isPositive();
    }

    private static List<String> variants(String name) {
        List<String> all = new ArrayList<>();
        all.add(name);
        for (String suffix : sections.get("suffix")) {
            all.add(withSuffix(name, suffix));
        }
        return all;
    }

    /**
     * Whether the suggestion is the original with only its verb changed: one word of the original (with the particle
     * that belongs to it) is replaced by a past form (with its particle), anywhere in the name, and every other word
     * stays, in order.
     */
    static boolean keepsWordsMovingAtMostTheVerb(String original, String suggestion) {
        List<String> from = words(original);
        List<String> to = words(suggestion);
        for (int i = 0; i < from.size(); i++) {
            for (int oldLength = 1; oldLength <= 2 && i + oldLength <= from.size(); oldLength++) {
                List<String> rest = without(from, i, oldLength);
                for (int j = 0; j < to.size(); j++) {
                    for (int newLength = 1; newLength <= 2 && j + newLength <= to.size(); newLength++) {
                        if (without(to, j, newLength).equals(rest)
                                && VERBS.lemmaOfPast(to.get(j)).isPresent()
                                && particlesOnly(to.subList(j + 1, j + newLength))
                                && particlesOnly(from.subList(i + 1, i + oldLength))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** The words of a name in lower case, with a version tag written onto the last word split off: Placedv3. */
    private static List<String> words(String name) {
        List<String> words = new ArrayList<>(lower(WordSplitter.split(name)));
        String last = words.get(words.size() - 1);
        java.util.regex.Matcher glued =
                java.util.regex.Pattern.compile("(.*[a-z])(v[0-9]+)").matcher(last);
        if (glued.matches()) {
            words.set(words.size() - 1, glued.group(1));
            words.add(glued.group(2));
        }
        return words;
    }

    private static boolean particlesOnly(List<String> words) {
        return words.stream().allMatch(w -> Lexicon.shared().is(w, WordClass.PARTICLE));
    }

    private static List<String> without(List<String> words, int from, int length) {
        List<String> rest = new ArrayList<>(words.subList(0, from));
        rest.addAll(words.subList(from + length, words.size()));
        return rest;
    }

    private static List<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }
}
