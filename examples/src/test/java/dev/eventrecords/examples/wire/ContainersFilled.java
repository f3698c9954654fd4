package dev.eventrecords.examples.wire;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Every container component type: {@code Optional}s, lists, sets and maps, also nested in one another. The copies keep
 * {@code null} elements and {@code null} containers, which the wire format carries.
 *
 * <p>The immutability rule checks one level of copy, so it cannot see that the nested collections are copied deeply
 * here; those components suppress it. They are here because the wire format carries them.
 */
@Event(topic = "wire.containers")
public record ContainersFilled(
        @Key UUID id,
        Optional<String> note,
        Optional<Instant> seenAt,
        Optional<BigDecimal> price,
        OptionalInt maybeInt,
        OptionalLong maybeLong,
        OptionalDouble maybeDouble,
        List<String> names,
        List<Integer> numbers,
        List<Double> readings,
        Set<String> tags,
        Set<Colour> colours,
        Map<String, String> labels,
        Map<String, Long> counters,
        @SuppressWarnings("eventrecords:mutable") Map<String, List<BigDecimal>> seriesByName,
        @SuppressWarnings("eventrecords:mutable") List<List<Integer>> matrix,
        @SuppressWarnings("eventrecords:mutable") Optional<List<String>> maybeNames,
        @SuppressWarnings("eventrecords:mutable") Map<String, Map<String, Integer>> nestedMaps,
        List<Optional<String>> optionalNames) {

    public ContainersFilled {
        names = names == null ? null : Collections.unmodifiableList(new ArrayList<>(names));
        numbers = numbers == null ? null : Collections.unmodifiableList(new ArrayList<>(numbers));
        readings = readings == null ? null : Collections.unmodifiableList(new ArrayList<>(readings));
        tags = tags == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(tags));
        colours = colours == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(colours));
        labels = labels == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        counters = counters == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(counters));
        seriesByName = deepCopy(seriesByName, ContainersFilled::copy);
        matrix = deepCopy(matrix);
        maybeNames = maybeNames == null ? null : maybeNames.map(ContainersFilled::copy);
        nestedMaps = deepCopy(nestedMaps, ContainersFilled::copy);
        optionalNames = optionalNames == null ? null : Collections.unmodifiableList(new ArrayList<>(optionalNames));
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    private static <V> Map<String, V> copy(Map<String, V> map) {
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private static <T> List<List<T>> deepCopy(List<List<T>> lists) {
        if (lists == null) {
            return null;
        }
        List<List<T>> copies = new ArrayList<>(lists.size());
        for (List<T> list : lists) {
            copies.add(copy(list));
        }
        return Collections.unmodifiableList(copies);
    }

    private static <V> Map<String, V> deepCopy(Map<String, V> map, UnaryOperator<V> copyValue) {
        if (map == null) {
            return null;
        }
        Map<String, V> copies = new LinkedHashMap<>();
        map.forEach((key, value) -> copies.put(key, copyValue.apply(value)));
        return Collections.unmodifiableMap(copies);
    }
}
