package dev.eventrecords.processor.rules;

import dev.eventrecords.processor.model.EventModel;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** The processor options ({@code -Aname=value}) this rule reads. */
    default Set<String> supportedOptions() {
        return Set.of();
    }

    /**
     * Checks this rule's options once per compilation.
     *
     * @return one message per bad value, naming the option and listing the valid values
     */
    default List<String> validateOptions(Map<String, String> options) {
        return List.of();
    }
}
