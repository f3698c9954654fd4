package dev.eventrecords.processor.rules;

import dev.eventrecords.processor.immutability.TypeClassifier;
import dev.eventrecords.processor.immutability.Verdict;
import dev.eventrecords.processor.model.ComponentModel;
import dev.eventrecords.processor.model.EventModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;

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
        TypeClassifier classifier = context.classifier();
        List<Diagnostic> found = new ArrayList<>();
        for (ComponentModel component : event.components()) {
            judge(classifier, event.element(), event.simpleName(), component.element(), component.position())
                    .ifPresent(found::add);
        }
        return found;
    }

    /**
     * The verdicts on a record read from its declaration alone, without an event model: a local record, which
     * generated code cannot name and the model cannot hold, still hears which of its components can change.
     */
    public List<Diagnostic> checkDeclaration(TypeElement record, RuleContext context) {
        Map<String, Element> fields = new HashMap<>();
        for (VariableElement field : ElementFilter.fieldsIn(record.getEnclosedElements())) {
            if (!field.getModifiers().contains(Modifier.STATIC)) {
                fields.put(field.getSimpleName().toString(), field);
            }
        }
        TypeClassifier classifier = context.classifier();
        List<Diagnostic> found = new ArrayList<>();
        for (RecordComponentElement component : record.getRecordComponents()) {
            Element position = fields.getOrDefault(component.getSimpleName().toString(), component);
            judge(classifier, record, record.getSimpleName().toString(), component, position)
                    .ifPresent(found::add);
        }
        return found;
    }

    private static Optional<Diagnostic> judge(
            TypeClassifier classifier,
            TypeElement record,
            String simpleName,
            RecordComponentElement component,
            Element position) {
        TypeMirror type = component.asType();
        if (mentionsTypeVariable(type)) {
            // Only a generic record, which the declaration rule refuses, has such a component: whether 'T' is
            // immutable is not decidable from the declaration.
            return Optional.empty();
        }
        Verdict verdict = classifier.component(record, component);
        String head = "'" + simpleName + "' component '" + component.getSimpleName() + "' of type '"
                + classifier.display(type) + "'";
        if (verdict instanceof Verdict.Mutable mutable) {
            return Optional.of(Diagnostic.error(RuleId.MUTABLE, position, head + mutable.explanation()));
        }
        if (verdict instanceof Verdict.Unverified unverified) {
            return Optional.of(Diagnostic.warning(RuleId.MUTABLE, position, head + unverified.explanation()));
        }
        return Optional.empty();
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
}
