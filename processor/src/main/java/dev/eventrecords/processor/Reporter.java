package dev.eventrecords.processor;

import dev.eventrecords.processor.rules.Diagnostic;
import dev.eventrecords.processor.rules.RuleId;
import java.util.List;
import java.util.function.BiConsumer;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * The one place that prints diagnostics. Reporting never stops the processor, so all problems of all records reach
 * the user in one compile. A suppressible rule is skipped for an element when it, or an element enclosing it, carries
 * {@code @SuppressWarnings} with the rule's id (or {@code "all"}).
 */
final class Reporter {

    private final Messager messager;

    Reporter(Messager messager) {
        this.messager = messager;
    }

    /**
     * Prints the diagnostics that are not suppressed or switched off.
     *
     * @return whether any error was printed
     */
    boolean report(List<Diagnostic> diagnostics) {
        boolean errors = false;
        for (Diagnostic d : diagnostics) {
            if (d.kind() == Kind.OTHER || (d.rule().suppressible() && suppressed(d.element(), d.rule()))) {
                continue;
            }
            print(d);
            errors |= d.kind() == Kind.ERROR;
        }
        return errors;
    }

    /**
     * Prints a diagnostic on a source position that has no element (a local record, which javac hands to no
     * processor), formatted as every other.
     *
     * @param at prints the text with the given kind at the position
     * @return whether it was an error that was printed
     */
    boolean report(RuleId rule, Kind kind, String message, BiConsumer<Kind, String> at) {
        if (kind == Kind.OTHER) {
            return false;
        }
        at.accept(kind, Diagnostic.format(rule, message));
        return kind == Kind.ERROR;
    }

    private void print(Diagnostic d) {
        if (d.element() == null) {
            messager.printMessage(d.kind(), d.text());
        } else if (d.annotation().isPresent() && d.value().isPresent()) {
            messager.printMessage(
                    d.kind(),
                    d.text(),
                    d.element(),
                    d.annotation().get(),
                    d.value().get());
        } else if (d.annotation().isPresent()) {
            messager.printMessage(
                    d.kind(), d.text(), d.element(), d.annotation().get());
        } else {
            messager.printMessage(d.kind(), d.text(), d.element());
        }
    }

    static boolean suppressed(Element element, RuleId rule) {
        for (Element e = element; e != null; e = e.getEnclosingElement()) {
            for (AnnotationMirror mirror : e.getAnnotationMirrors()) {
                if (((TypeElement) mirror.getAnnotationType().asElement())
                        .getQualifiedName()
                        .contentEquals("java.lang.SuppressWarnings")) {
                    for (var entry : mirror.getElementValues().entrySet()) {
                        if (suppresses(entry.getKey(), entry.getValue(), rule)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static boolean suppresses(ExecutableElement member, AnnotationValue value, RuleId rule) {
        if (!member.getSimpleName().contentEquals("value") || !(value.getValue() instanceof List<?> values)) {
            return false;
        }
        for (Object v : values) {
            Object name = v instanceof AnnotationValue av ? av.getValue() : v;
            if (rule.id().equals(name) || "all".equals(name)) {
                return true;
            }
        }
        return false;
    }
}
