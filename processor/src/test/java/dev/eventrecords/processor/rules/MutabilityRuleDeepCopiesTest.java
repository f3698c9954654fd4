package dev.eventrecords.processor.rules;

import static dev.eventrecords.processor.immutability.MutabilityCompiler.assertAccepted;
import static dev.eventrecords.processor.immutability.MutabilityCompiler.assertCompiles;
import static dev.eventrecords.processor.immutability.MutabilityCompiler.assertErrors;
import static dev.eventrecords.processor.immutability.MutabilityCompiler.compile;
import static dev.eventrecords.processor.immutability.MutabilityCompiler.findings;
import static dev.eventrecords.processor.immutability.MutabilityCompiler.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Collections inside collections ({@code Map<String, List<String>>}, {@code List<List<Integer>>},
 * {@code Optional<List<String>>}): accepted only when the constructor copies every level into an unmodifiable
 * collection; otherwise refused with the deep copy to write.
 */
class MutabilityRuleDeepCopiesTest {

    private static final String IMPORTS = """
            package com.example;
            import dev.eventrecords.Event;
            import java.util.*;
            import java.util.function.Function;
            import java.util.stream.Collectors;
            """;

    /** An event {@code ValuesRecorded(<type> value)} whose compact constructor has {@code body}; the event is on line 7. */
    private static Compilation event(String type, String body) {
        return compile(source(
                "ValuesRecorded",
                IMPORTS + "@Event\npublic record ValuesRecorded(String id, " + type + " value) {\n"
                        + "    public ValuesRecorded {\n        " + body + "\n    }\n}\n"));
    }

    private static void accepted(String type, String body) {
        assertCompiles(event(type, body));
    }

    private static void refused(String type, String body, String message) {
        assertErrors(event(type, body), "7: 'ValuesRecorded' component 'value' of type '" + type + "'" + message);
    }

    // ---- accepted idioms

    @Test
    void acceptsAListOfListsMappedThroughListCopyOfToAList() {
        accepted("List<List<Integer>>", "value = value.stream().map(List::copyOf).toList();");
    }

    @Test
    void acceptsAListOfListsCollectedUnmodifiable() {
        accepted(
                "List<List<Integer>>",
                "value = value.stream().map(List::copyOf).collect(Collectors.toUnmodifiableList());");
    }

    @Test
    void acceptsAListOfListsMappedThroughALambda() {
        accepted("List<List<Integer>>", "value = value.stream().map(l -> List.copyOf(l)).toList();");
    }

    @Test
    void acceptsASetOfListsCollectedIntoAnUnmodifiableSet() {
        accepted(
                "Set<List<String>>",
                "value = value.stream().map(List::copyOf).collect(Collectors.toUnmodifiableSet());");
    }

    @Test
    void acceptsAListOfMapsMappedThroughMapCopyOf() {
        accepted("List<Map<String, Integer>>", "value = value.stream().map(Map::copyOf).toList();");
    }

    @Test
    void acceptsAMapOfListsCopiedEntryByEntryIntoAnUnmodifiableMap() {
        accepted(
                "Map<String, List<String>>",
                "value = value.entrySet().stream()"
                        + ".collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));");
    }

    @Test
    void acceptsAMapOfSetsWhoseEntriesAreMappedToCopiesFirst() {
        accepted(
                "Map<UUID, Set<String>>",
                "value = value.entrySet().stream().map(e -> Map.entry(e.getKey(), Set.copyOf(e.getValue())))"
                        + ".collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));");
    }

    @Test
    void acceptsAMapOfListsCollectedWithToMapThenCopied() {
        accepted(
                "Map<String, List<String>>",
                "value = value.entrySet().stream().collect(Collectors.collectingAndThen("
                        + "Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())), Map::copyOf));");
    }

    @Test
    void acceptsAnOptionalListMappedThroughListCopyOf() {
        accepted("Optional<List<String>>", "value = value.map(List::copyOf);");
    }

    @Test
    void acceptsNullTolerantDeepCopies() {
        accepted("List<List<Integer>>", "value = value == null ? null : value.stream().map(List::copyOf).toList();");
        accepted(
                "List<List<Integer>>",
                "value = value == null ? List.of() : value.stream().map(List::copyOf).toList();");
        accepted(
                "Map<String, List<String>>",
                "value = value == null ? Map.of() : value.entrySet().stream()"
                        + ".collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));");
        accepted("Optional<List<String>>", "value = value == null ? Optional.empty() : value.map(List::copyOf);");
        accepted(
                "List<List<Integer>>",
                "value = Optional.ofNullable(value).map(v -> v.stream().map(List::copyOf).toList()).orElse(List.of());");
    }

    @Test
    void acceptsADeepCopyAfterFilteringAndSorting() {
        accepted(
                "List<List<Integer>>",
                "value = value.stream().filter(l -> !l.isEmpty()).map(List::copyOf).sorted("
                        + "Comparator.comparing(List::size)).toList();");
    }

    @Test
    void composesDeeperNesting() {
        accepted(
                "Map<String, List<List<Integer>>>",
                "value = value.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,"
                        + " e -> e.getValue().stream().map(List::copyOf).toList()));");
        accepted(
                "Map<String, Map<String, List<Long>>>",
                "value = value.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,"
                        + " e -> e.getValue().entrySet().stream().collect(Collectors.toUnmodifiableMap("
                        + "Map.Entry::getKey, f -> List.copyOf(f.getValue())))));");
        accepted("List<Optional<List<String>>>", "value = value.stream().map(o -> o.map(List::copyOf)).toList();");
    }

    @Test
    void acceptsADeepCopyInAnExplicitCanonicalConstructor() {
        assertCompiles(compile(source("ValuesRecorded", IMPORTS + """
                @Event
                public record ValuesRecorded(String id, List<List<Integer>> value) {
                    public ValuesRecorded(String id, List<List<Integer>> value) {
                        this.id = id;
                        this.value = value.stream().map(List::copyOf).toList();
                    }
                }
                """)));
    }

    @Test
    void acceptsADeepCopyOnEveryBranchOfAnIf() {
        accepted(
                "List<List<Integer>>",
                "if (value == null) { value = List.of(); } else { value = value.stream().map(List::copyOf).toList(); }");
    }

    // ---- refused near misses, with the fix

    @Test
    void refusesAMapOfListsCopiedOnlyAtTheOuterLevel() {
        refused(
                "Map<String, List<String>>",
                "value = Map.copyOf(value);",
                " is copied, but not the lists in it, which can still be changed: end the compact constructor with"
                        + " 'value = value.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,"
                        + " e -> List.copyOf(e.getValue())));'");
    }

    /** The README's example, word for word. */
    @Test
    void refusesTheReadmesMapOfLists() {
        assertErrors(
                compile(source("StockAdjusted", IMPORTS + """
                        @Event
                        public record StockAdjusted(String sku, Map<String, List<String>> stock) {
                            public StockAdjusted {
                                stock = Map.copyOf(stock);
                            }
                        }
                        """)),
                "7: 'StockAdjusted' component 'stock' of type 'Map<String, List<String>>' is copied, but not the lists"
                        + " in it, which can still be changed: end the compact constructor with 'stock ="
                        + " stock.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,"
                        + " e -> List.copyOf(e.getValue())));'");
    }

    @Test
    void refusesAListOfListsCopiedOnlyAtTheOuterLevel() {
        refused(
                "List<List<Integer>>",
                "value = List.copyOf(value);",
                " is copied, but not the lists in it, which can still be changed: end the compact constructor with"
                        + " 'value = value.stream().map(List::copyOf).toList();'");
    }

    @Test
    void refusesAStreamThatKeepsTheInnerLists() {
        String message = " is copied, but not the lists in it, which can still be changed: end the compact"
                + " constructor with 'value = value.stream().map(List::copyOf).toList();'";
        refused("List<List<Integer>>", "value = value.stream().toList();", message);
        refused("List<List<Integer>>", "value = value.stream().map(l -> l).toList();", message);
        refused("List<List<Integer>>", "value = value.stream().map(ArrayList::new).toList();", message);
        refused("List<List<Integer>>", "value = value.stream().map(Collections::unmodifiableList).toList();", message);
        refused("List<List<Integer>>", "value = value.stream().map(Function.identity()).toList();", message);
        refused(
                "List<List<Integer>>",
                "value = value.stream().map(l -> l.stream().collect(Collectors.toList())).toList();",
                message);
        refused(
                "List<List<Integer>>",
                "value = value.stream().map(l -> List.copyOf(List.of(1))).map(l -> new ArrayList<>(l)).toList();",
                message);
    }

    @Test
    void refusesAnInnerCopyOfSomethingElse() {
        assertErrors(
                compile(source("ValuesRecorded", IMPORTS + """
                        @Event
                        public record ValuesRecorded(List<Integer> first, List<List<Integer>> value) {
                            public ValuesRecorded {
                                first = List.copyOf(first);
                                List<Integer> head = first;
                                value = value.stream().map(l -> List.copyOf(head)).toList();
                            }
                        }
                        """)),
                "7: 'ValuesRecorded' component 'value' of type 'List<List<Integer>>' is copied, but not the lists in it, which"
                        + " can still be changed: end the compact constructor with"
                        + " 'value = value.stream().map(List::copyOf).toList();'");
    }

    @Test
    void refusesToMapSinceItsMapIsModifiable() {
        refused(
                "Map<String, List<String>>",
                "value = value.entrySet().stream()"
                        + ".collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));",
                " is assigned 'value.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, (e)->List.copyOf("
                        + "e.getValue())))', which can still be changed: end the compact constructor with 'value ="
                        + " value.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,"
                        + " e -> List.copyOf(e.getValue())));'");
    }

    @Test
    void refusesAnUnmodifiableMapWhoseValuesAreNotCopied() {
        refused(
                "Map<String, List<String>>",
                "value = value.entrySet().stream()"
                        + ".collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));",
                " is copied, but not the lists in it, which can still be changed: end the compact constructor with"
                        + " 'value = value.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,"
                        + " e -> List.copyOf(e.getValue())));'");
        refused(
                "Map<String, List<String>>",
                "value = value.entrySet().stream()"
                        + ".collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> new ArrayList<>(e.getValue())));",
                " is copied, but not the lists in it, which can still be changed: end the compact constructor with"
                        + " 'value = value.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,"
                        + " e -> List.copyOf(e.getValue())));'");
    }

    @Test
    void refusesAnOptionalListNotCopied() {
        refused(
                "Optional<List<String>>",
                "value = Objects.requireNonNull(value);",
                " is not copied: end the compact constructor with 'value = value.map(List::copyOf);'");
        refused(
                "Optional<List<String>>",
                "value = value.map(l -> l);",
                " is not copied: end the compact constructor with 'value = value.map(List::copyOf);'");
    }

    @Test
    void refusesADeepCopyOnOnlyOnePath() {
        refused(
                "List<List<Integer>>",
                "if (id.isEmpty()) { value = value.stream().map(List::copyOf).toList(); }",
                " is not copied on every path: end the compact constructor with"
                        + " 'value = value.stream().map(List::copyOf).toList();'");
    }

    @Test
    void refusesDeeperNestingCopiedOneLevelShort() {
        refused(
                "Map<String, List<List<Integer>>>",
                "value = value.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,"
                        + " e -> List.copyOf(e.getValue())));",
                " is copied, but not the lists in the lists in it, which can still be changed: end the compact"
                        + " constructor with 'value = value.entrySet().stream().collect(Collectors.toUnmodifiableMap("
                        + "Map.Entry::getKey, e -> e.getValue().stream().map(List::copyOf).toList()));'");
    }

    @Test
    void refusesWithoutAConstructorAndNamesTheDeepCopy() {
        assertErrors(
                compile(source("ValuesRecorded", IMPORTS + """
                        @Event
                        public record ValuesRecorded(Map<String, List<String>> stock, List<List<Integer>> rows,
                                           Optional<List<String>> refs, Map<UUID, Set<String>> e) {}
                        """)),
                "7: 'ValuesRecorded' component 'stock' of type 'Map<String, List<String>>' is not copied: add 'stock ="
                        + " stock.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,"
                        + " e2 -> List.copyOf(e2.getValue())));' to a compact constructor",
                "7: 'ValuesRecorded' component 'rows' of type 'List<List<Integer>>' is not copied: add 'rows ="
                        + " rows.stream().map(List::copyOf).toList();' to a compact constructor",
                "8: 'ValuesRecorded' component 'refs' of type 'Optional<List<String>>' is not copied: add 'refs ="
                        + " refs.map(List::copyOf);' to a compact constructor",
                "8: 'ValuesRecorded' component 'e' of type 'Map<UUID, Set<String>>' is not copied: add 'e ="
                        + " e.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,"
                        + " e2 -> Set.copyOf(e2.getValue())));' to a compact constructor");
    }

    @Test
    void refusesAMutableElementInsideADeepCopy() {
        refused(
                "List<List<Date>>",
                "value = value.stream().map(List::copyOf).toList();",
                ": element type 'List<Date>': element type 'Date': 'Date' is mutable; use 'java.time.Instant'");
        refused(
                "Map<StringBuilder, List<String>>",
                "value = value.entrySet().stream()"
                        + ".collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));",
                ": key type 'StringBuilder': 'StringBuilder' is mutable; use 'java.lang.String'");
    }

    /** The fix a message names, written into the constructor, is accepted: the advice is code the rule proves. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Map<String, List<String>>",
                "List<List<Integer>>",
                "Set<Set<String>>",
                "Collection<List<String>>",
                "List<Map<String, Integer>>",
                "Optional<List<String>>",
                "Optional<Map<String, Set<Integer>>>",
                "Map<String, List<List<Integer>>>",
                "Map<String, Map<String, List<Long>>>",
                "List<Optional<List<String>>>",
                "Map<String, Optional<Set<String>>>"
            })
    void theFixInTheMessageIsAccepted(String type) {
        List<String> found = findings(event(type, "value = Objects.requireNonNull(value);"));
        assertThat(found).hasSize(1);
        Matcher fix =
                Pattern.compile("end the compact constructor with '(.*)'$").matcher(found.get(0));
        assertThat(fix.find()).as(found.get(0)).isTrue();
        assertAccepted(event(type, fix.group(1)));
    }
}
