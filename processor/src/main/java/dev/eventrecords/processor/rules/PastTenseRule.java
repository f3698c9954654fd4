package dev.eventrecords.processor.rules;

import dev.eventrecords.processor.english.Verdict;
import dev.eventrecords.processor.english.WordSplitter;
import dev.eventrecords.processor.model.ComponentModel;
import dev.eventrecords.processor.model.EventModel;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.tools.Diagnostic.Kind;

/**
 * {@code eventrecords:past-tense}: an event is named for what happened, in the past tense ({@code UserCreated}, not
 * {@code CreateUser}). Options: {@code eventrecords.naming} ({@code error}, {@code warn} or {@code off}) and
 * {@code eventrecords.verbs} (extra words accepted as past forms, comma-separated).
 */
public final class PastTenseRule implements Rule {

    @Override
    public List<Diagnostic> check(EventModel event, RuleContext context) {
        return checkName(event.simpleName(), componentWords(event), context)
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
        return checkName(simpleName, Set.of(), context);
    }

    private Optional<NameFinding> checkName(String simpleName, Set<String> componentWords, RuleContext context) {
        Severity severity = context.options().naming();
        if (severity == Severity.OFF) {
            return Optional.empty();
        }
        Verdict verdict = context.pastTense().analyze(simpleName, componentWords);
        return verdict.passed() ? Optional.empty() : Optional.of(new NameFinding(severity.kind(), message(verdict)));
    }

    /** The words the event's components are named with, lower case: {@code orderId} gives {@code order} and {@code id}. */
    private static Set<String> componentWords(EventModel event) {
        Set<String> words = new HashSet<>();
        for (ComponentModel component : event.components()) {
            for (String word : WordSplitter.split(component.name())) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    @Override
    public boolean judgesRefusedDeclarations() {
        return true;
    }

    static String message(Verdict verdict) {
        return "event '" + verdict.name() + "' is not named in the past tense: " + verdict.explanation()
                + "; events record what happened."
                + verdict.suggestion().map(Diagnostic::didYouMean).orElse("");
    }
}
