package dev.eventrecords.processor.rules;

import dev.eventrecords.processor.immutability.CompilerTrees;
import dev.eventrecords.processor.immutability.ImmutableTypesOption;
import dev.eventrecords.processor.immutability.TypeClassifier;
import dev.eventrecords.processor.immutability.Verdict;
import dev.eventrecords.processor.model.ComponentModel;
import dev.eventrecords.processor.model.EventModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * {@code eventrecords:mutable}: an event is a fact about the past, so nothing reachable from it may change after it was
 * created. Every component must be deeply immutable: a value type, an enum, a record or final class whose state is
 * immutable all the way down, a sealed family of such types, or a {@code List}, {@code Set}, {@code Map} or
 * {@code Collection} of immutable elements that the record's constructor copies on every path. One error per
 * component at fault, naming the path to the mutable part and the fix; a copy that cannot be checked because the
 * compiler offers no syntax trees is a warning.
 */
public final class MutabilityRule implements Rule {

    @Override
    public List<Diagnostic> check(EventModel event, RuleContext context) {
        TypeClassifier classifier = new TypeClassifier(
                context.env(),
                CompilerTrees.of(context.env()),
                ImmutableTypesOption.parse(context.option(ImmutableTypesOption.NAME)));
        List<Diagnostic> found = new ArrayList<>();
        for (ComponentModel component : event.components()) {
            if (mentionsTypeVariable(component.typeMirror())) {
                // Only a generic record, which the declaration rule refuses, has such a component: whether 'T' is
                // immutable is not decidable from the declaration.
                continue;
            }
            Verdict verdict = classifier.component(event.element(), component.element());
            String head = "'" + event.simpleName() + "' component '" + component.name() + "' of type '"
                    + classifier.display(component.typeMirror()) + "'";
            if (verdict instanceof Verdict.Mutable mutable) {
                found.add(Diagnostic.error(RuleId.MUTABLE, component.position(), head + mutable.explanation()));
            } else if (verdict instanceof Verdict.Unverified unverified) {
                found.add(Diagnostic.warning(RuleId.MUTABLE, component.position(), head + unverified.explanation()));
            }
        }
        return found;
    }

    private static boolean mentionsTypeVariable(TypeMirror type) {
        if (type.getKind() == TypeKind.TYPEVAR) {
            return true;
        }
        if (type instanceof DeclaredType declared) {
            return declared.getTypeArguments().stream().anyMatch(MutabilityRule::mentionsTypeVariable);
        }
        if (type instanceof ArrayType array) {
            return mentionsTypeVariable(array.getComponentType());
        }
        if (type instanceof WildcardType wildcard) {
            return (wildcard.getExtendsBound() != null && mentionsTypeVariable(wildcard.getExtendsBound()))
                    || (wildcard.getSuperBound() != null && mentionsTypeVariable(wildcard.getSuperBound()));
        }
        return false;
    }

    @Override
    public boolean judgesRefusedDeclarations() {
        return true;
    }

    @Override
    public Set<String> supportedOptions() {
        return Set.of(ImmutableTypesOption.NAME);
    }

    @Override
    public List<String> validateOptions(Map<String, String> options) {
        return ImmutableTypesOption.validate(Optional.ofNullable(options.get(ImmutableTypesOption.NAME)));
    }
}
