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

/**
 * Every container component type: {@code Optional}s, lists, sets and maps, also nested in one another. The copies keep
 * {@code null} elements and {@code null} containers, which the wire format carries.
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
        Map<String, List<BigDecimal>> seriesByName,
        List<List<Integer>> matrix,
        Optional<List<String>> maybeNames,
        Map<String, Map<String, Integer>> nestedMaps,
        List<Optional<String>> optionalNames) {

    public ContainersFilled {
        names = names == null ? null : Collections.unmodifiableList(new ArrayList<>(names));
        numbers = numbers == null ? null : Collections.unmodifiableList(new ArrayList<>(numbers));
        readings = readings == null ? null : Collections.unmodifiableList(new ArrayList<>(readings));
        tags = tags == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(tags));
        colours = colours == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(colours));
        labels = labels == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        counters = counters == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(counters));
        seriesByName = seriesByName == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(seriesByName));
        matrix = matrix == null ? null : Collections.unmodifiableList(new ArrayList<>(matrix));
        nestedMaps = nestedMaps == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(nestedMaps));
        optionalNames = optionalNames == null ? null : Collections.unmodifiableList(new ArrayList<>(optionalNames));
    }
}
