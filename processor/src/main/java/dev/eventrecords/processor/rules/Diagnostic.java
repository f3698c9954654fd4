package dev.eventrecords.processor.rules;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * One finding of a rule: where (no element for an option, which has no place in the source), how severe, and the message without its rule id (the reporter prefixes
 * {@code [eventrecords:...]}).
 */
public record Diagnostic(
        RuleId rule,
        Kind kind,
        Element element,
        Optional<AnnotationMirror> annotation,
        Optional<AnnotationValue> value,
        String message) {

    public static Diagnostic error(RuleId rule, Element element, String message) {
        return new Diagnostic(rule, Kind.ERROR, element, Optional.empty(), Optional.empty(), message);
    }

    public static Diagnostic warning(RuleId rule, Element element, String message) {
        return new Diagnostic(rule, Kind.WARNING, element, Optional.empty(), Optional.empty(), message);
    }

    /** An error positioned on an annotation of the element, where javac can point at it. */
    public static Diagnostic errorOn(RuleId rule, Element element, AnnotationMirror annotation, String message) {
        return new Diagnostic(rule, Kind.ERROR, element, Optional.of(annotation), Optional.empty(), message);
    }

    /** An error positioned on an annotation's value, where javac can point at it. */
    public static Diagnostic errorOn(
            RuleId rule, Element element, AnnotationMirror annotation, AnnotationValue value, String message) {
        return new Diagnostic(rule, Kind.ERROR, element, Optional.of(annotation), Optional.ofNullable(value), message);
    }

    public Diagnostic withKind(Kind newKind) {
        return new Diagnostic(rule, newKind, element, annotation, value, message);
    }

    /** The message as printed: {@code [eventrecords:key] ...}. */
    public String text() {
        return format(rule, message);
    }

    /**
     * A suggested replacement, written the same way in every message: a sentence after the explanation, which ends
     * with a full stop.
     */
    public static String didYouMean(String replacement) {
        return " Did you mean '" + replacement + "'?";
    }

    /** How every message is printed: the rule id in brackets, then the message. */
    public static String format(RuleId rule, String message) {
        return "[" + rule.id() + "] " + message;
    }
}
