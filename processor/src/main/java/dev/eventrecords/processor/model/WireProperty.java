package dev.eventrecords.processor.model;

import java.util.List;

/**
 * How one record component appears in JSON, after its Jackson annotations: the property name, the extra names it is
 * read from, and whether it is written and read at all.
 *
 * @param name the JSON property name: {@code @JsonProperty("...")}, else the component's name as the record's
 *     {@code @JsonNaming} strategy translates it
 * @param aliases the other names it is read from ({@code @JsonAlias}), in the order written
 * @param written whether it is written: not with {@code @JsonIgnore} or {@code access = WRITE_ONLY}
 * @param read whether it is read: not with {@code @JsonIgnore} or {@code access = READ_ONLY}; a component not read is
 *     absent (null, zero or empty) whatever the JSON holds
 * @param index its {@code @JsonProperty(index = ...)}, which orders the properties, or {@code -1}
 * @param include which of its values are left out of the JSON ({@code @JsonInclude})
 * @param format the form of its value ({@code @JsonFormat}), for a container its elements'
 */
public record WireProperty(
        String name,
        List<String> aliases,
        boolean written,
        boolean read,
        int index,
        Include include,
        ValueFormat format) {

    public WireProperty {
        aliases = List.copyOf(aliases);
    }

    /** A property whose value has its default form. */
    public WireProperty(String name, List<String> aliases, boolean written, boolean read, int index, Include include) {
        this(name, aliases, written, read, index, include, ValueFormat.NONE);
    }

    /** The same property with its value in {@code form}. */
    public WireProperty withFormat(ValueFormat form) {
        return new WireProperty(name, aliases, written, read, index, include, form);
    }

    /** A component without Jackson annotations: its own name, written and read. */
    public static WireProperty plain(String name) {
        return new WireProperty(name, List.of(), true, true, -1, Include.ALWAYS);
    }

    /** Whether Jackson 3 leaves it out of the JSON entirely, as {@code @JsonIgnore} does. */
    public boolean ignored() {
        return !written && !read;
    }
}
