package dev.eventrecords.processor;

import dev.eventrecords.processor.rules.Diagnostic;
import dev.eventrecords.processor.rules.RuleId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.ModuleElement.ProvidesDirective;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * {@code eventrecords:module}: in a named module, {@code ServiceLoader} ignores {@code META-INF/services} and finds
 * only the providers that {@code module-info.java} declares, so without a {@code provides} clause naming every
 * generated binding, {@code EventCatalog} sees none of the module's events. The error gives the exact clause.
 */
final class ModuleProvides {

    static final String SERVICE = "dev.eventrecords.TopicBinding";

    private ModuleProvides() {}

    /**
     * Checks each named module that holds events.
     *
     * @param bindings the generated bindings, by canonical name, with the event or family each comes from
     * @return one error per module whose {@code provides} clause misses a binding
     */
    static List<Diagnostic> check(Map<String, TypeElement> bindings, Elements elements) {
        Map<ModuleElement, Set<String>> byModule = new LinkedHashMap<>();
        for (Map.Entry<String, TypeElement> binding : bindings.entrySet()) {
            ModuleElement module = elements.getModuleOf(binding.getValue());
            if (module != null && !module.isUnnamed()) {
                byModule.computeIfAbsent(module, m -> new TreeSet<>()).add(binding.getKey());
            }
        }
        List<Diagnostic> found = new ArrayList<>();
        byModule.forEach((module, needed) -> {
            Set<String> provided = provided(module);
            if (!provided.containsAll(needed)) {
                Set<String> all = new TreeSet<>(provided);
                all.addAll(needed);
                Set<String> missing = new TreeSet<>(needed);
                missing.removeAll(provided);
                found.add(Diagnostic.error(
                        RuleId.MODULE,
                        module,
                        "module '" + module.getQualifiedName() + "' does not provide "
                                + (missing.size() == 1 ? "the topic binding '" : "the topic bindings '")
                                + String.join("', '", missing) + "': in a named module ServiceLoader finds only the"
                                + " providers that module-info.java declares, so EventCatalog would not see "
                                + (missing.size() == 1 ? "that event" : "those events") + "; write 'provides "
                                + SERVICE + " with " + String.join(", ", all) + ";' in module-info.java"));
            }
        });
        return found;
    }

    private static Set<String> provided(ModuleElement module) {
        Set<String> provided = new TreeSet<>();
        for (ModuleElement.Directive directive : module.getDirectives()) {
            if (directive instanceof ProvidesDirective provides
                    && provides.getService().getQualifiedName().contentEquals(SERVICE)) {
                provides.getImplementations()
                        .forEach(i -> provided.add(i.getQualifiedName().toString()));
            }
        }
        return provided;
    }
}
