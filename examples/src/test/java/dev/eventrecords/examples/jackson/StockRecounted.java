package dev.eventrecords.examples.jackson;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Collections inside collections, each copied deeply in the compact constructor (null-tolerant, since Jackson passes
 * {@code null} for a missing property), in the idioms the immutability rule proves; an alias and a rename give the
 * differential test names to edit.
 */
@Event(topic = "jackson.stockrecounted")
public record StockRecounted(
        @Key String warehouseId,
        @JsonAlias("bins") Map<String, List<String>> binsBySku,
        @JsonProperty("layer_rows") List<List<Integer>> layers,
        Optional<List<String>> auditors,
        Map<String, Set<Long>> lotsByBin,
        List<Map<String, Integer>> counts,
        Map<String, List<List<Integer>>> grid) {

    public StockRecounted {
        binsBySku = binsBySku == null
                ? null
                : binsBySku.entrySet().stream()
                        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
        layers = layers == null ? List.of() : layers.stream().map(List::copyOf).toList();
        auditors = auditors == null ? null : auditors.map(List::copyOf);
        lotsByBin = lotsByBin == null
                ? null
                : lotsByBin.entrySet().stream()
                        .map(e -> Map.entry(e.getKey(), Set.copyOf(e.getValue())))
                        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        counts = counts == null
                ? null
                : counts.stream().map(m -> Map.copyOf(m)).collect(Collectors.toUnmodifiableList());
        grid = grid == null
                ? null
                : grid.entrySet().stream()
                        .collect(Collectors.toUnmodifiableMap(
                                Map.Entry::getKey,
                                e -> e.getValue().stream().map(List::copyOf).toList()));
    }
}
