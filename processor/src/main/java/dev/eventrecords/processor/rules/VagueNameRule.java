package dev.eventrecords.processor.rules;

import dev.eventrecords.processor.english.VagueNameAnalyzer.Vagueness;
import dev.eventrecords.processor.model.EventModel;
import java.util.List;
import java.util.Optional;

/**
 * {@code eventrecords:vague-name}: a past-tense name made only of an entity and a generic verb ({@code UserUpdated})
 * says little about what happened. A warning by default; option {@code eventrecords.vagueNames} ({@code warn},
 * {@code error} or {@code off}).
 */
public final class VagueNameRule implements Rule {

    @Override
    public List<Diagnostic> check(EventModel event, RuleContext context) {
        Severity severity = context.options().vagueNames();
        if (severity == Severity.OFF) {
            return List.of();
        }
        Optional<Vagueness> vague =
                context.vagueNames().analyze(context.pastTense().analyze(event.simpleName()));
        return vague.map(v -> List.of(Diagnostic.warning(RuleId.VAGUE_NAME, event.element(), message(v))
                        .withKind(severity.kind())))
                .orElse(List.of());
    }

    static String message(Vagueness vague) {
        String what = vague.entity().isEmpty()
                ? "'" + vague.predicate() + "' does not say what changed or how"
                : "'" + vague.predicate() + "' says that '" + vague.entity() + "' changed but not what or how";
        return "event '" + vague.name() + "' has a vague name: " + what
                + "; name the attribute and the effect, such as '" + vague.example() + "'";
    }

    @Override
    public boolean judgesRefusedDeclarations() {
        return true;
    }
}
