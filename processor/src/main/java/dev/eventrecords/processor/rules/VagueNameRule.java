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
        List<String> attributes = attributes(event);
        return vague.filter(v -> !v.namesAnAttribute(attributes))
                .map(v -> List.of(Diagnostic.warning(RuleId.VAGUE_NAME, event.element(), message(v, attributes))
                        .withKind(severity.kind())))
                .orElse(List.of());
    }

    /** The components that are neither the event's identity (its key, an '...Id') nor its time: what may change. */
    private static List<String> attributes(EventModel event) {
        return event.components().stream()
                .filter(c -> !c.key() && !c.eventTime())
                .map(c -> c.name())
                .filter(n -> !n.equals("id") && !n.endsWith("Id") && !n.endsWith("Key") && !n.endsWith("Uuid"))
                .toList();
    }

    static String message(Vagueness vague, List<String> attributes) {
        String what = vague.entity().isEmpty()
                ? "'" + vague.predicate() + "' does not say what changed or how"
                : "'" + vague.predicate() + "' says that '" + vague.entity() + "' changed but not what or how";
        return "event '" + vague.name() + "' has a vague name: " + what + "; name the attribute and the effect"
                + vague.example(attributes).map(e -> ", such as '" + e + "'").orElse("");
    }

    @Override
    public boolean judgesRefusedDeclarations() {
        return true;
    }
}
