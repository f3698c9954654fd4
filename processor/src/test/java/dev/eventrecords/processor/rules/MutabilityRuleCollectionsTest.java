package dev.eventrecords.processor.rules;

import static dev.eventrecords.processor.immutability.MutabilityCompiler.assertCompiles;
import static dev.eventrecords.processor.immutability.MutabilityCompiler.assertErrors;
import static dev.eventrecords.processor.immutability.MutabilityCompiler.compile;
import static dev.eventrecords.processor.immutability.MutabilityCompiler.source;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Collection components: accepted only when the canonical constructor copies them on every path. */
class MutabilityRuleCollectionsTest {

    @Test
    void rejectsListThatIsNotCopied() {
        var compilation = compile(source("OrderPlaced", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.List;
                @Event
                public record OrderPlaced(String orderId, List<Line> lines) {}
                record Line(String sku, int quantity) {}
                """));
        assertErrors(
                compilation,
                "5: 'OrderPlaced' component 'lines' of type 'List<Line>' is not copied:"
                        + " add 'lines = List.copyOf(lines);' to a compact constructor");
    }

    @Test
    void acceptsListCopiedInCompactConstructor() {
        assertCompiles(compile(source("OrderPlaced", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.List;
                @Event
                public record OrderPlaced(String orderId, List<Line> lines) {
                    public OrderPlaced {
                        lines = List.copyOf(lines);
                    }
                    public record Line(String sku, int quantity) {}
                }
                """)));
    }

    @Test
    void acceptsSetAndMapCopies() {
        assertCompiles(compile(source("TagsAssigned", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.Map;
                import java.util.Set;
                @Event
                public record TagsAssigned(Set<String> tags, Map<String, Integer> counts) {
                    public TagsAssigned {
                        tags = Set.copyOf(tags);
                        counts = Map.copyOf(counts);
                    }
                }
                """)));
    }

    @Test
    void rejectsSetAndMapThatAreNotCopiedWithTheirOwnFactories() {
        var compilation = compile(source("TagsAssigned", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.Map;
                import java.util.Set;
                @Event
                public record TagsAssigned(Set<String> tags,
                                           Map<String, Integer> counts) {}
                """));
        assertErrors(
                compilation,
                "6: 'TagsAssigned' component 'tags' of type 'Set<String>' is not copied:"
                        + " add 'tags = Set.copyOf(tags);' to a compact constructor",
                "7: 'TagsAssigned' component 'counts' of type 'Map<String, Integer>' is not copied:"
                        + " add 'counts = Map.copyOf(counts);' to a compact constructor");
    }

    @Test
    void acceptsUnmodifiableWrapperOfAFreshCopy() {
        assertCompiles(compile(source("LinesAdded", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.ArrayList;
                import java.util.Collections;
                import java.util.List;
                @Event
                public record LinesAdded(List<String> lines) {
                    public LinesAdded {
                        lines = Collections.unmodifiableList(new ArrayList<>(lines));
                    }
                }
                """)));
    }

    @Test
    void rejectsUnmodifiableViewWithoutCopy() {
        var compilation = compile(source("LinesAdded", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.Collections;
                import java.util.List;
                @Event
                public record LinesAdded(List<String> lines) {
                    public LinesAdded {
                        lines = Collections.unmodifiableList(lines);
                    }
                }
                """));
        assertErrors(
                compilation,
                "6: 'LinesAdded' component 'lines' of type 'List<String>' is wrapped in"
                        + " 'Collections.unmodifiableList(lines)', a view through which the caller's collection can"
                        + " still change: end the compact constructor with 'lines = List.copyOf(lines);'");
    }

    @Test
    void rejectsCopyOnOnlyOneBranchOfAnIf() {
        var compilation = compile(source("LinesAdded", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.List;
                @Event
                public record LinesAdded(boolean trusted, List<String> lines) {
                    public LinesAdded {
                        if (!trusted) {
                            lines = List.copyOf(lines);
                        }
                    }
                }
                """));
        assertErrors(
                compilation,
                "5: 'LinesAdded' component 'lines' of type 'List<String>' is not copied on every path:"
                        + " end the compact constructor with 'lines = List.copyOf(lines);'");
    }

    @Test
    void acceptsCopyOnBothBranchesOfAnIf() {
        assertCompiles(compile(source("LinesAdded", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.List;
                @Event
                public record LinesAdded(List<String> lines) {
                    public LinesAdded {
                        if (lines == null) {
                            lines = List.of();
                        } else {
                            lines = List.copyOf(lines);
                        }
                    }
                }
                """)));
    }

    @Test
    void acceptsNullTolerantConditionalCopy() {
        assertCompiles(compile(source("LinesAdded", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.List;
                @Event
                public record LinesAdded(List<String> lines) {
                    public LinesAdded {
                        lines = lines == null ? null : List.copyOf(lines);
                    }
                }
                """)));
    }

    @Test
    void acceptsPathsThatThrowInsteadOfCopying() {
        assertCompiles(compile(source("LinesAdded", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.List;
                @Event
                public record LinesAdded(List<String> lines) {
                    public LinesAdded {
                        if (lines.isEmpty()) {
                            throw new IllegalArgumentException("no lines");
                        }
                        lines = List.copyOf(lines);
                    }
                }
                """)));
    }

    @Test
    void rejectsCopyOfTheWrongParameter() {
        var compilation = compile(source("LinesMoved", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.List;
                @Event
                public record LinesMoved(List<String> from, List<String> to) {
                    public LinesMoved {
                        from = List.copyOf(from);
                        to = List.copyOf(from);
                    }
                }
                """));
        assertErrors(
                compilation,
                "5: 'LinesMoved' component 'to' of type 'List<String>' is copied from 'from' instead of 'to':"
                        + " end the compact constructor with 'to = List.copyOf(to);'");
    }

    @Test
    void rejectsThisAssignmentInExplicitCanonicalConstructor() {
        var compilation = compile(source("LinesAdded", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.List;
                @Event
                public record LinesAdded(String id, List<String> lines) {
                    public LinesAdded(String id, List<String> lines) {
                        this.id = id;
                        this.lines = lines;
                    }
                }
                """));
        assertErrors(
                compilation,
                "5: 'LinesAdded' component 'lines' of type 'List<String>' is not copied:"
                        + " assign 'this.lines = List.copyOf(lines);' in the canonical constructor");
    }

    @Test
    void acceptsCopyInExplicitCanonicalConstructor() {
        assertCompiles(compile(source("LinesAdded", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.List;
                @Event
                public record LinesAdded(String id, List<String> lines) {
                    public LinesAdded(String id, List<String> lines) {
                        this.id = id;
                        this.lines = List.copyOf(lines);
                    }
                }
                """)));
    }

    @Test
    void rejectsExplicitCanonicalConstructorThatCopiesOnOneBranchOnly() {
        var compilation = compile(source("LinesAdded", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.List;
                @Event
                public record LinesAdded(String id, List<String> lines) {
                    public LinesAdded(String id, List<String> lines) {
                        this.id = id;
                        if (id.isEmpty()) {
                            this.lines = lines;
                        } else {
                            this.lines = List.copyOf(lines);
                        }
                    }
                }
                """));
        assertErrors(
                compilation,
                "5: 'LinesAdded' component 'lines' of type 'List<String>' is not copied on every path:"
                        + " assign 'this.lines = List.copyOf(lines);' in the canonical constructor");
    }

    @Test
    void rejectsModifiableCopy() {
        var compilation = compile(source("LinesAdded", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.ArrayList;
                import java.util.List;
                @Event
                public record LinesAdded(List<String> lines) {
                    public LinesAdded {
                        lines = new ArrayList<>(lines);
                    }
                }
                """));
        assertErrors(
                compilation,
                "6: 'LinesAdded' component 'lines' of type 'List<String>' is assigned 'new ArrayList<>(lines)',"
                        + " which can still be changed: end the compact constructor with 'lines = List.copyOf(lines);'");
    }

    @Test
    void acceptsStreamToList() {
        assertCompiles(compile(source("LinesAdded", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.List;
                @Event
                public record LinesAdded(List<String> lines) {
                    public LinesAdded {
                        lines = lines.stream().map(String::strip).toList();
                    }
                }
                """)));
    }

    @Test
    void rejectsStreamCollectedIntoAModifiableList() {
        var compilation = compile(source("LinesAdded", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.List;
                import java.util.stream.Collectors;
                @Event
                public record LinesAdded(List<String> lines) {
                    public LinesAdded {
                        lines = lines.stream().collect(Collectors.toList());
                    }
                }
                """));
        assertErrors(
                compilation,
                "6: 'LinesAdded' component 'lines' of type 'List<String>' is assigned"
                        + " 'lines.stream().collect(Collectors.toList())', which can still be changed:"
                        + " end the compact constructor with 'lines = List.copyOf(lines);'");
    }

    @Test
    void acceptsStreamCollectedUnmodifiable() {
        assertCompiles(compile(source("LinesAdded", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.List;
                import java.util.stream.Collectors;
                @Event
                public record LinesAdded(List<String> lines) {
                    public LinesAdded {
                        lines = lines.stream().sorted().collect(Collectors.toUnmodifiableList());
                    }
                }
                """)));
    }

    @Test
    void acceptsLocalCopyWrappedUnmodifiable() {
        assertCompiles(compile(source("LinesAdded", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.ArrayList;
                import java.util.Collections;
                import java.util.List;
                @Event
                public record LinesAdded(List<String> lines) {
                    public LinesAdded {
                        var sorted = new ArrayList<>(lines);
                        Collections.sort(sorted);
                        lines = Collections.unmodifiableList(sorted);
                    }
                }
                """)));
    }

    @Test
    void acceptsCopyOfNullDefault() {
        assertCompiles(compile(source("LinesAdded", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.List;
                import java.util.Objects;
                @Event
                public record LinesAdded(List<String> lines) {
                    public LinesAdded {
                        lines = List.copyOf(Objects.requireNonNullElse(lines, List.of()));
                    }
                }
                """)));
    }

    @Test
    void rejectsCopyUndoneByALaterAssignment() {
        var compilation = compile(source("LinesMoved", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.List;
                @Event
                public record LinesMoved(List<String> from, List<String> to) {
                    public LinesMoved {
                        from = List.copyOf(from);
                        to = List.copyOf(to);
                        if (to.isEmpty()) {
                            to = from;
                        }
                    }
                }
                """));
        assertErrors(
                compilation,
                "5: 'LinesMoved' component 'to' of type 'List<String>' is copied from 'from' instead of 'to':"
                        + " end the compact constructor with 'to = List.copyOf(to);'");
    }

    @Test
    void rejectsCopyMadeOnlyInsideALoop() {
        var compilation = compile(source("LinesAdded", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.List;
                @Event
                public record LinesAdded(int times, List<String> lines) {
                    public LinesAdded {
                        for (int i = 0; i < times; i++) {
                            lines = List.copyOf(lines);
                        }
                    }
                }
                """));
        assertErrors(
                compilation,
                "5: 'LinesAdded' component 'lines' of type 'List<String>' is not copied on every path:"
                        + " end the compact constructor with 'lines = List.copyOf(lines);'");
    }

    @Test
    void rejectsSwitchThatDoesNotCopyInEveryCase() {
        var compilation = compile(source("LinesAdded", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.List;
                @Event
                public record LinesAdded(int mode, List<String> lines) {
                    public LinesAdded {
                        switch (mode) {
                            case 0:
                                lines = List.copyOf(lines);
                                break;
                            case 1:
                                lines = List.of();
                            default:
                                break;
                        }
                    }
                }
                """));
        assertErrors(
                compilation,
                "5: 'LinesAdded' component 'lines' of type 'List<String>' is not copied on every path:"
                        + " end the compact constructor with 'lines = List.copyOf(lines);'");
    }

    @Test
    void acceptsSwitchExpressionThatCopiesInEveryCase() {
        assertCompiles(compile(source("LinesAdded", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.List;
                @Event
                public record LinesAdded(int mode, List<String> lines) {
                    public LinesAdded {
                        lines = switch (mode) {
                            case 0 -> List.of();
                            default -> {
                                var copy = List.copyOf(lines);
                                yield copy;
                            }
                        };
                    }
                }
                """)));
    }

    @Test
    void rejectsAnUnknownHelperAsACopy() {
        var compilation = compile(source("LinesAdded", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.List;
                @Event
                public record LinesAdded(List<String> lines) {
                    public LinesAdded {
                        lines = normalise(lines);
                    }
                    private static List<String> normalise(List<String> lines) {
                        return lines;
                    }
                }
                """));
        assertErrors(
                compilation,
                "5: 'LinesAdded' component 'lines' of type 'List<String>' is assigned 'normalise(lines)',"
                        + " which is not a known copy: end the compact constructor with 'lines = List.copyOf(lines);'");
    }

    @Test
    void rejectsCopiedListOfMutableElements() {
        var compilation = compile(source("VisitsLogged", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.Date;
                import java.util.List;
                @Event
                public record VisitsLogged(List<Date> visits) {
                    public VisitsLogged {
                        visits = List.copyOf(visits);
                    }
                }
                """));
        assertErrors(
                compilation,
                "6: 'VisitsLogged' component 'visits' of type 'List<Date>': element type 'Date':"
                        + " 'Date' is mutable; use 'java.time.Instant'");
    }

    @Test
    void rejectsCopiedMapOfMutableValues() {
        var compilation = compile(source("ScoresPosted", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.Map;
                @Event
                public record ScoresPosted(Map<String, StringBuilder> notes) {
                    public ScoresPosted {
                        notes = Map.copyOf(notes);
                    }
                }
                """));
        assertErrors(
                compilation,
                "5: 'ScoresPosted' component 'notes' of type 'Map<String, StringBuilder>': value type 'StringBuilder':"
                        + " 'StringBuilder' is mutable; use 'java.lang.String'");
    }

    @Test
    void rejectsListNestedInAList() {
        var compilation = compile(source("RowsImported", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.List;
                @Event
                public record RowsImported(List<List<String>> rows) {
                    public RowsImported {
                        rows = List.copyOf(rows);
                    }
                }
                """));
        assertErrors(
                compilation,
                "5: 'RowsImported' component 'rows' of type 'List<List<String>>' is copied, but not the lists in it,"
                        + " which can still be changed: end the compact constructor with"
                        + " 'rows = rows.stream().map(List::copyOf).toList();'");
    }

    @Test
    void rejectsListInsideOptional() {
        var compilation = compile(source("TagsChanged", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.List;
                import java.util.Optional;
                @Event
                public record TagsChanged(Optional<List<String>> tags) {}
                """));
        assertErrors(
                compilation,
                "6: 'TagsChanged' component 'tags' of type 'Optional<List<String>>' is not copied:"
                        + " add 'tags = tags.map(List::copyOf);' to a compact constructor");
    }

    @Test
    void rejectsCollectionInterfaceWithoutCopyAndAcceptsItWithOne() {
        var rejected = compile(source("ItemsPicked", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.Collection;
                @Event
                public record ItemsPicked(Collection<String> items) {}
                """));
        assertErrors(
                rejected,
                "5: 'ItemsPicked' component 'items' of type 'Collection<String>' is not copied:"
                        + " add 'items = List.copyOf(items);' to a compact constructor");
        var accepted = compile(source("ItemsPicked", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.Collection;
                import java.util.List;
                @Event
                public record ItemsPicked(Collection<String> items) {
                    public ItemsPicked {
                        items = List.copyOf(items);
                    }
                }
                """));
        dev.eventrecords.processor.immutability.MutabilityCompiler.assertAccepted(accepted);
    }

    @Test
    void acceptsStaticallyImportedCopies() {
        assertCompiles(compile(source("LinesAdded", """
                package com.example;
                import static java.util.Collections.*;
                import static java.util.Set.copyOf;
                import dev.eventrecords.Event;
                import java.util.ArrayList;
                import java.util.List;
                import java.util.Set;
                @Event
                public record LinesAdded(List<String> lines, Set<String> tags) {
                    public LinesAdded {
                        lines = unmodifiableList(new ArrayList<>(lines));
                        tags = copyOf(tags);
                    }
                }
                """)));
    }

    @Test
    void rejectsStaticallyImportedView() {
        var compilation = compile(source("LinesAdded", """
                package com.example;
                import static java.util.Collections.unmodifiableList;
                import dev.eventrecords.Event;
                import java.util.List;
                @Event
                public record LinesAdded(List<String> lines) {
                    public LinesAdded {
                        lines = unmodifiableList(lines);
                    }
                }
                """));
        assertErrors(
                compilation,
                "6: 'LinesAdded' component 'lines' of type 'List<String>' is wrapped in 'unmodifiableList(lines)', a"
                        + " view through which the caller's collection can still change: end the compact constructor"
                        + " with 'lines = List.copyOf(lines);'");
    }

    @Test
    void acceptsCopyWithAFallbackInACatchBlock() {
        assertCompiles(compile(source("LinesAdded", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.List;
                @Event
                public record LinesAdded(List<String> lines) {
                    public LinesAdded {
                        try {
                            lines = List.copyOf(lines);
                        } catch (NullPointerException e) {
                            lines = List.of();
                        }
                    }
                }
                """)));
    }

    @Test
    void rejectsCatchBlockThatKeepsTheArgument() {
        var compilation = compile(source("LinesAdded", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.List;
                @Event
                public record LinesAdded(List<String> lines) {
                    public LinesAdded {
                        try {
                            lines = List.copyOf(lines);
                        } catch (NullPointerException e) {
                            System.err.println("null element");
                        }
                    }
                }
                """));
        assertErrors(
                compilation,
                "5: 'LinesAdded' component 'lines' of type 'List<String>' is not copied on every path:"
                        + " end the compact constructor with 'lines = List.copyOf(lines);'");
    }

    @Test
    void rejectsEarlyReturnBeforeTheCopyInACanonicalConstructor() {
        var compilation = compile(source("LinesAdded", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.List;
                @Event
                public record LinesAdded(String id, List<String> lines) {
                    public LinesAdded(String id, List<String> lines) {
                        this.id = id;
                        if (lines.isEmpty()) {
                            this.lines = lines;
                            return;
                        }
                        this.lines = List.copyOf(lines);
                    }
                }
                """));
        assertErrors(
                compilation,
                "5: 'LinesAdded' component 'lines' of type 'List<String>' is not copied on every path:"
                        + " assign 'this.lines = List.copyOf(lines);' in the canonical constructor");
    }

    @Test
    void namesNestedTypesAsTheUserWritesThem() {
        var compilation = compile(source("OrderPlaced", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.List;
                @Event
                public record OrderPlaced(String orderId, List<Line> lines) {
                    public record Line(String sku, int quantity) {}
                }
                """));
        assertErrors(
                compilation,
                "5: 'OrderPlaced' component 'lines' of type 'List<Line>' is not copied:"
                        + " add 'lines = List.copyOf(lines);' to a compact constructor");
    }

    @Test
    void acceptsCopyOnlyWhenNotNull() {
        assertCompiles(compile(source("TagsAssigned", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.Set;
                @Event
                public record TagsAssigned(Set<String> tags) {
                    public TagsAssigned {
                        if (tags != null) {
                            tags = Set.copyOf(tags);
                        }
                    }
                }
                """)));
    }

    @Test
    void acceptsNullPassedThroughAConditional() {
        assertCompiles(compile(source("TagsAssigned", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.Objects;
                import java.util.Set;
                @Event
                public record TagsAssigned(Set<String> tags) {
                    public TagsAssigned {
                        tags = Objects.isNull(tags) ? tags : Set.copyOf(tags);
                    }
                }
                """)));
    }

    @Test
    void rejectsCopySkippedForNonNullArguments() {
        var compilation = compile(source("TagsAssigned", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.Set;
                @Event
                public record TagsAssigned(Set<String> tags) {
                    public TagsAssigned {
                        if (tags != null && tags.size() > 1) {
                            tags = Set.copyOf(tags);
                        }
                    }
                }
                """));
        assertErrors(
                compilation,
                "5: 'TagsAssigned' component 'tags' of type 'Set<String>' is not copied on every path:"
                        + " end the compact constructor with 'tags = Set.copyOf(tags);'");
    }

    @Test
    void acceptsCollectingAndThenAnUnmodifiableFinisher() {
        assertCompiles(compile(source("LinesAdded", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.Collections;
                import java.util.List;
                import java.util.stream.Collectors;
                @Event
                public record LinesAdded(List<String> lines) {
                    public LinesAdded {
                        lines = lines.stream()
                                .distinct()
                                .collect(Collectors.collectingAndThen(Collectors.toList(), Collections::unmodifiableList));
                    }
                }
                """)));
    }

    @Test
    void rejectsCopiedRawList() {
        var compilation = compile(source("LinesAdded", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.List;
                @Event
                @SuppressWarnings("rawtypes")
                public record LinesAdded(String id, List lines) {
                    public LinesAdded {
                        lines = List.copyOf(lines);
                    }
                }
                """));
        assertThat(dev.eventrecords.processor.immutability.MutabilityCompiler.findings(compilation))
                .containsExactly("ERROR 6: 'LinesAdded' component 'lines' of type 'List': 'List' is a raw type, so what"
                        + " it holds may be of any type; give it type arguments");
    }

    @Test
    void acceptsOptionalMappedToACopyWithADefault() {
        assertCompiles(compile(source("LinesAdded", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.List;
                import java.util.Optional;
                @Event
                public record LinesAdded(List<String> lines) {
                    public LinesAdded {
                        lines = Optional.ofNullable(lines).map(List::copyOf).orElse(List.of());
                    }
                }
                """)));
    }

    @Test
    void rejectsOptionalDefaultThatIsAnotherParameter() {
        var compilation = compile(source("LinesMoved", """
                package com.example;
                import dev.eventrecords.Event;
                import java.util.List;
                import java.util.Optional;
                @Event
                public record LinesMoved(List<String> from, List<String> to) {
                    public LinesMoved {
                        from = List.copyOf(from);
                        to = Optional.ofNullable(to).map(List::copyOf).orElse(from);
                    }
                }
                """));
        assertErrors(
                compilation,
                "6: 'LinesMoved' component 'to' of type 'List<String>' is copied from 'from' instead of 'to':"
                        + " end the compact constructor with 'to = List.copyOf(to);'");
    }
}
