package dev.eventrecords.processor.model;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * A record that is carried as JSON: an event or a record nested in one.
 *
 * @param element the record's declaration
 * @param className the record's name
 * @param codec the generated codec's name ({@code Outer_InnerJsonCodec})
 * @param components the components in declaration order
 * @param propertyOrder the names of its {@code @JsonPropertyOrder}: JSON names or components' names
 * @param valueClass for a final class that is not a record, how it is created and read: its components are then its
 *     creator's parameters, in their order
 */
public record RecordModel(
        TypeElement element,
        JavaName className,
        JavaName codec,
        List<ComponentModel> components,
        List<String> propertyOrder,
        Optional<ValueClass> valueClass) {

    public RecordModel {
        components = List.copyOf(components);
        propertyOrder = List.copyOf(propertyOrder);
    }

    /** A record's model. */
    public RecordModel(
            TypeElement element,
            JavaName className,
            JavaName codec,
            List<ComponentModel> components,
            List<String> propertyOrder) {
        this(element, className, codec, components, propertyOrder, Optional.empty());
    }

    /** The method generated code calls for a component's value: its accessor, or a value class's getter. */
    public String accessor(ComponentModel component) {
        return valueClass.map(v -> v.accessors().get(component.name())).orElse(component.name());
    }

    /**
     * The written components in the order Jackson 3 writes their properties (its {@code _sortProperties}, with the
     * default mapper's {@code SORT_PROPERTIES_BY_INDEX}, {@code SORT_CREATOR_PROPERTIES_FIRST} and
     * {@code SORT_PROPERTIES_ALPHABETICALLY}):
     *
     * <ol>
     *   <li>those {@code @JsonPropertyOrder} names, each by its JSON name or else its component's name;
     *   <li>then those with a {@code @JsonProperty(index)}, by index;
     *   <li>then the record's constructor properties, in declaration order;
     *   <li>then, alphabetically by JSON name, the read-only components whose JSON name is not their own
     *       ({@code @JsonProperty(value = "total", access = READ_ONLY)}, or renamed by {@code @JsonNaming}): Jackson 3
     *       drops such a property from the constructor, so it is a property of the accessor alone. Read-only under
     *       its own name, it stays a constructor property.
     * </ol>
     */
    public List<ComponentModel> writeOrder() {
        List<ComponentModel> written =
                components.stream().filter(c -> c.property().written()).toList();
        Set<ComponentModel> order = new LinkedHashSet<>();
        for (String name : propertyOrder) {
            written.stream()
                    .filter(c -> c.property().name().equals(name))
                    .findFirst()
                    .or(() ->
                            written.stream().filter(c -> c.name().equals(name)).findFirst())
                    .ifPresent(order::add);
        }
        written.stream()
                .filter(c -> !order.contains(c) && c.property().index() >= 0)
                .sorted(Comparator.comparingInt(c -> c.property().index()))
                .forEach(order::add);
        written.stream().filter(c -> !detached(c)).forEach(order::add);
        written.stream()
                .filter(RecordModel::detached)
                .sorted(Comparator.comparing(c -> c.property().name()))
                .forEach(order::add);
        return List.copyOf(order);
    }

    private static boolean detached(ComponentModel c) {
        return !c.property().read() && !c.property().name().equals(c.name());
    }
}
