package dev.eventrecords.examples.wire;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.eventrecords.Event;
import dev.eventrecords.EventFormat;
import dev.eventrecords.examples.fitness.Payment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Every container and nesting in Avro: optionals, lists, sets and maps (of every map-key kind) holding {@code null}s
 * and one another, records nested in them, a record that holds itself, a sealed interface (a union of its variants),
 * a renamed and an ignored component.
 */
@Event(topic = "wire.avro-shapes", format = EventFormat.AVRO)
public record AvroShapesRecorded(
        @JsonProperty("order_id") String orderId,
        Optional<String> note,
        Optional<Branch> main,
        List<String> tags,
        Set<Colour> colours,
        Map<String, Long> totals,
        Map<UUID, String> byId,
        Map<Integer, Branch> byNumber,
        Map<LocalDate, Integer> byDay,
        Map<Colour, Long> byColour,
        Map<Priority, Optional<String>> byPriority,
        List<Optional<Branch>> branches,
        Branch tree,
        Payment payment,
        List<Payment> payments,
        @JsonIgnore String secret) {

    /** A node of a tree: it holds its children. */
    public record Branch(String label, int weight, List<Branch> children, Optional<Branch> next) {
        public Branch {
            children = children == null ? null : Collections.unmodifiableList(new ArrayList<>(children));
        }
    }

    /** The copies keep {@code null} elements and a {@code null} container, which Avro's unions carry. */
    public AvroShapesRecorded {
        tags = tags == null ? null : Collections.unmodifiableList(new ArrayList<>(tags));
        colours = colours == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(colours));
        totals = totals == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(totals));
        byId = byId == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(byId));
        byNumber = byNumber == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(byNumber));
        byDay = byDay == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(byDay));
        byColour = byColour == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(byColour));
        byPriority = byPriority == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(byPriority));
        branches = branches == null ? null : Collections.unmodifiableList(new ArrayList<>(branches));
        payments = payments == null ? null : Collections.unmodifiableList(new ArrayList<>(payments));
    }
}
