package dev.eventrecords.processor.rules;

import dev.eventrecords.processor.english.Lexicon;
import dev.eventrecords.processor.english.PastTenseAnalyzer;
import dev.eventrecords.processor.english.Verdict;
import dev.eventrecords.processor.model.EventModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.Diagnostic.Kind;

/**
 * {@code eventrecords:past-tense}: an event is named for what happened, in the past tense ({@code UserCreated}, not
 * {@code CreateUser}). Options: {@code eventrecords.naming} ({@code error}, {@code warn} or {@code off}) and
 * {@code eventrecords.verbs} (extra words accepted as past forms, comma-separated).
 */
public final class PastTenseRule implements Rule {

    static final String NAMING = "eventrecords.naming";
    static final String VERBS = "eventrecords.verbs";
    private static final List<Severity> SEVERITIES = List.of(Severity.ERROR, Severity.WARN, Severity.OFF);

    @Override
    public List<Diagnostic> check(EventModel event, RuleContext context) {
        return checkName(event.simpleName(), context)
                .map(finding -> List.of(Diagnostic.error(RuleId.PAST_TENSE, event.element(), finding.message())
                        .withKind(finding.kind())))
                .orElse(List.of());
    }

    /** A finding on a name alone: how severe, and the message without its rule id. */
    public record NameFinding(Kind kind, String message) {}

    /**
     * The verdict on a simple name, for a record that javac does not hand to processors as an element (a local
     * record): its name is all the rule needs.
     */
    public Optional<NameFinding> checkName(String simpleName, RuleContext context) {
        Severity severity = context.option(NAMING).flatMap(Severity::parse).orElse(Severity.ERROR);
        if (severity == Severity.OFF) {
            return Optional.empty();
        }
        Verdict verdict = analyzer(context).analyze(simpleName);
        return verdict.passed() ? Optional.empty() : Optional.of(new NameFinding(severity.kind(), message(verdict)));
    }

    @Override
    public boolean judgesRefusedDeclarations() {
        return true;
    }

    /** The analyzer for this compilation: the shared lexicon and the user's extra past forms. */
    static PastTenseAnalyzer analyzer(RuleContext context) {
        return new PastTenseAnalyzer(Lexicon.shared(), extraPastForms(context.option(VERBS)));
    }

    static Set<String> extraPastForms(Optional<String> option) {
        return option.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(word -> word.trim().toLowerCase(Locale.ROOT))
                .filter(word -> !word.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    static String message(Verdict verdict) {
        return "event '" + verdict.name() + "' is not named in the past tense: " + verdict.explanation()
                + "; events record what happened."
                + verdict.suggestion().map(s -> " Did you mean '" + s + "'?").orElse("");
    }

    @Override
    public Set<String> supportedOptions() {
        return Set.of(NAMING, VERBS);
    }

    @Override
    public List<String> validateOptions(Map<String, String> options) {
        List<String> problems = new ArrayList<>();
        String value = options.get(NAMING);
        if (value != null && !value.isBlank() && Severity.parse(value).isEmpty()) {
            problems.add(invalid(NAMING, value, SEVERITIES));
        }
        String verbs = options.get(VERBS);
        if (verbs != null) {
            for (String word : verbs.split(",")) {
                if (!word.isBlank() && !word.trim().matches("\\p{IsLatin}+")) {
                    problems.add("option '" + VERBS + "' has '" + word.trim()
                            + "', which is not a word; give comma-separated words, such as 'upserted,deduped'");
                }
            }
        }
        return problems;
    }

    /** A message for an unknown severity, listing the valid values in the order given. */
    static String invalid(String option, String value, List<Severity> valid) {
        return "option '" + option + "' has unknown value '" + value + "'; valid values are "
                + valid.stream().map(s -> "'" + s.optionValue() + "'").collect(Collectors.joining(", "));
    }
}
