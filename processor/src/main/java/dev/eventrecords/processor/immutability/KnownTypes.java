package dev.eventrecords.processor.immutability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The types whose immutability is known without looking inside them, read once from {@code known-types.txt}: JDK value
 * types that cache a hash in a non-final field (so their fields would mislead), containers such as {@code Optional},
 * and well-known mutable types with what to use instead.
 */
final class KnownTypes {

    private static final KnownTypes INSTANCE = load();

    private final Set<String> immutable;
    private final Set<String> containers;
    private final Map<String, String> mutable;
    private final Map<String, String> families;

    private KnownTypes(
            Set<String> immutable, Set<String> containers, Map<String, String> mutable, Map<String, String> families) {
        this.immutable = Set.copyOf(immutable);
        this.containers = Set.copyOf(containers);
        this.mutable = Map.copyOf(mutable);
        this.families = Map.copyOf(families);
    }

    static KnownTypes get() {
        return INSTANCE;
    }

    boolean isImmutable(String canonicalName) {
        return immutable.contains(canonicalName);
    }

    /** Whether the type is immutable exactly when its type arguments are, as {@code Optional} is. */
    boolean isContainer(String canonicalName) {
        return containers.contains(canonicalName);
    }

    /** For a known mutable type, what to use instead ({@code ""} when there is no general advice). */
    Optional<String> mutable(String canonicalName) {
        return Optional.ofNullable(mutable.get(canonicalName));
    }

    /** For the root of a family of mutable types, what to use instead ({@code ""} when there is no general advice). */
    Optional<String> family(String canonicalName) {
        return Optional.ofNullable(families.get(canonicalName));
    }

    private static KnownTypes load() {
        Set<String> immutable = new LinkedHashSet<>();
        Set<String> containers = new LinkedHashSet<>();
        Map<String, String> mutable = new LinkedHashMap<>();
        Map<String, String> families = new LinkedHashMap<>();
        try (InputStream in = KnownTypes.class.getResourceAsStream("known-types.txt")) {
            if (in == null) {
                throw new IllegalStateException("known-types.txt is missing from the processor's jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] words = line.split("\\s+", 3);
                String use = words.length > 2 ? words[2] : "";
                switch (words[0]) {
                    case "immutable" -> immutable.add(words[1]);
                    case "container" -> containers.add(words[1]);
                    case "mutable" -> mutable.put(words[1], use);
                    case "family" -> families.put(words[1], use);
                    default -> throw new IllegalStateException("known-types.txt: unknown line '" + line + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KnownTypes(immutable, containers, mutable, families);
    }
}
