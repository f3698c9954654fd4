package dev.eventrecords.processor.rules;

import dev.eventrecords.processor.model.EventModel;
import java.util.List;

/**
 * One check on one event. A rule only reports: it never generates, never prints and never throws for any input the
 * compiler accepts. Adding a rule means adding a class and listing it in {@link Rules}.
 */
public interface Rule {

    /**
     * Checks one event.
     *
     * @param event the event read from its declaration
     * @param context the compiler and the processor options
     * @return the findings, empty when the event passes
     */
    List<Diagnostic> check(EventModel event, RuleContext context);

    /**
     * Whether the rule judges only what the record declares (its name, its components' types), so that it also runs
     * on a record the {@link DeclarationRule} refused (generic, private): the user then learns of every problem in one
     * build, not one after another.
     */
    default boolean judgesRefusedDeclarations() {
        return false;
    }
}
