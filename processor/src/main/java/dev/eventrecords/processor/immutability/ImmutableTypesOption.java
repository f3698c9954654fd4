package dev.eventrecords.processor.immutability;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The processor option {@code eventrecords.immutableTypes}: canonical names, separated by commas, of types the user
 * declares immutable (a class from a library whose immutability no declaration shows, say).
 */
public final class ImmutableTypesOption {

    /** The option's name, as given with {@code -Aeventrecords.immutableTypes=...}. */
    public static final String NAME = "eventrecords.immutableTypes";

    private static final Pattern CANONICAL_NAME =
            Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
                    + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

    private ImmutableTypesOption() {}

    /**
     * The names listed; blank entries are skipped.
     *
     * @param value the option's value, empty when it is absent
     * @return the canonical names, in the order given
     */
    public static Set<String> parse(Optional<String> value) {
        Set<String> names = new LinkedHashSet<>();
        value.ifPresent(v -> {
            for (String entry : v.split(",")) {
                if (!entry.isBlank()) {
                    names.add(entry.strip());
                }
            }
        });
        return Collections.unmodifiableSet(names);
    }

    /**
     * One message per entry that is not a canonical class name.
     *
     * @param value the option's value, empty when it is absent
     * @return the messages, empty when every entry is valid
     */
    public static List<String> validate(Optional<String> value) {
        List<String> problems = new ArrayList<>();
        for (String name : parse(value)) {
            if (!CANONICAL_NAME.matcher(name).matches()) {
                problems.add("option '" + NAME + "' has '" + name + "', which is not a canonical class name;"
                        + " list canonical names separated by commas, such as 'com.example.Money,com.example.Sku'");
            }
        }
        return problems;
    }
}
