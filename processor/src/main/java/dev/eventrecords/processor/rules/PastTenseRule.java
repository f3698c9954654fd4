package dev.eventrecords.processor.rules;

import dev.eventrecords.processor.english.Verdict;
import dev.eventrecords.processor.model.EventModel;
import java.util.List;
import java.util.Optional;
import javax.tools.Diagnostic.Kind;

/**
 * {@code eventrecords:past-tense}: an event is named for what happened, in the past tense ({@code UserCreated}, not
 * {@code CreateUser}). Options: {@code eventrecords.naming} ({@code error}, {@code warn} or {@code off}) and
 * {@code eventrecords.verbs} (extra words accepted as past forms, comma-separated).
 */
public final class PastTenseRule implements Rule {

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
        Severity severity = context.options().naming();
        if (severity == Severity.OFF) {
            return Optional.empty();
        }
        Verdict verdict = context.pastTense().analyze(simpleName);
        return verdict.passed() ? Optional.empty() : Optional.of(new NameFinding(severity.kind(), message(verdict)));
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
