package dev.eventrecords.processor.rules;

import dev.eventrecords.processor.english.Lexicon;
import dev.eventrecords.processor.english.VagueNameAnalyzer;
import dev.eventrecords.processor.english.VagueNameAnalyzer.Vagueness;
import dev.eventrecords.processor.model.EventModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code eventrecords:vague-name}: a past-tense name made only of an entity and a generic verb ({@code UserUpdated})
 * says little about what happened. A warning by default; option {@code eventrecords.vagueNames} ({@code warn},
 * {@code error} or {@code off}).
 */
public final class VagueNameRule implements Rule {

    static final String VAGUE_NAMES = "eventrecords.vagueNames";
    private static final List<Severity> SEVERITIES = List.of(Severity.WARN, Severity.ERROR, Severity.OFF);

    @Override
    public List<Diagnostic> check(EventModel event, RuleContext context) {
        Severity severity = context.option(VAGUE_NAMES).flatMap(Severity::parse).orElse(Severity.WARN);
        if (severity == Severity.OFF) {
            return List.of();
        }
        Optional<Vagueness> vague = new VagueNameAnalyzer(Lexicon.shared())
                .analyze(PastTenseRule.analyzer(context).analyze(event.simpleName()));
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

    @Override
    public Set<String> supportedOptions() {
        return Set.of(VAGUE_NAMES);
    }

    @Override
    public List<String> validateOptions(Map<String, String> options) {
        String value = options.get(VAGUE_NAMES);
        if (value != null && !value.isBlank() && Severity.parse(value).isEmpty()) {
            return List.of(PastTenseRule.invalid(VAGUE_NAMES, value, SEVERITIES));
        }
        return List.of();
    }
}
