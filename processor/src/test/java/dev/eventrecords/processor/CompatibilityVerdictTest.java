package dev.eventrecords.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compatibility verdicts follow from what the generated readers really do. For each kind of change, both versions
 * of an event are compiled with javac and the processor, each loaded in its own class loader; events of each version
 * are written with its binding (key and value) and read with the other's. The verdict of the check under
 * {@code BACKWARD} (the newer version compiled against the older one's schema as its baseline) passes exactly when the
 * newer version reads every older event, and under {@code FORWARD} exactly when the older version reads every newer
 * one. The expected columns are the README's table.
 */
class CompatibilityVerdictTest {

    private static final String EVENT = "com.acme.things.ThingRecorded";
    private static final String SCHEMA = "META-INF/eventrecords/schemas/" + EVENT + ".json";
    private static final String TYPE_INFO = "@com.fasterxml.jackson.annotation.JsonTypeInfo(use ="
            + " com.fasterxml.jackson.annotation.JsonTypeInfo.Id.NAME, property = \"type\")";
    private static final String HEADER = """
            package com.acme.things;

            import dev.eventrecords.Event;
            import dev.eventrecords.Key;
            import java.util.*;

            @Event(topic = "things")
            """;

    /**
     * One kind of change.
     *
     * @param change what changes, as the README's table says it
     * @param older the older record declaration
     * @param newer the newer one
     * @param olderEvents events of the older version, among them one that shows the break if there is one
     * @param newerEvents events of the newer version, likewise
     * @param backward whether the newer version reads every older event
     * @param forward whether the older version reads every newer event
     */
    record Change(
            String change,
            String older,
            String newer,
            Function<CompiledVersion, List<Object>> olderEvents,
            Function<CompiledVersion, List<Object>> newerEvents,
            boolean backward,
            boolean forward) {
        @Override
        public String toString() {
            return change;
        }
    }

    private static final String REQUIRED_REFERRER = "Objects.requireNonNull(referrer);";

    static Stream<Change> changes() {
        return Stream.of(
                new Change(
                        "add an optional component",
                        "record ThingRecorded(@Key String id) {}",
                        "record ThingRecorded(@Key String id, Optional<String> note) {}",
                        v -> List.of(v.event("t-1")),
                        v -> List.of(v.event("t-1", Optional.of("n")), v.event("t-2", Optional.empty())),
                        true,
                        true),
                new Change(
                        "add a primitive component",
                        "record ThingRecorded(@Key String id) {}",
                        "record ThingRecorded(@Key String id, int count) {}",
                        v -> List.of(v.event("t-1")),
                        v -> List.of(v.event("t-1", 7)),
                        true,
                        true),
                new Change(
                        "add a component the constructor requires",
                        "record ThingRecorded(@Key String id) {}",
                        "record ThingRecorded(@Key String id, String referrer) { public ThingRecorded { "
                                + REQUIRED_REFERRER + " } }",
                        v -> List.of(v.event("t-1")),
                        v -> List.of(v.event("t-1", "bob")),
                        false,
                        true),
                new Change(
                        "remove an optional component",
                        "record ThingRecorded(@Key String id, String note) {}",
                        "record ThingRecorded(@Key String id) {}",
                        v -> List.of(v.event("t-1", "n"), v.event("t-2", null)),
                        v -> List.of(v.event("t-1")),
                        true,
                        true),
                new Change(
                        "remove a component the constructor requires",
                        "record ThingRecorded(@Key String id, String referrer) { public ThingRecorded { "
                                + REQUIRED_REFERRER + " } }",
                        "record ThingRecorded(@Key String id) {}",
                        v -> List.of(v.event("t-1", "bob")),
                        v -> List.of(v.event("t-1")),
                        true,
                        false),
                new Change(
                        "rename a component",
                        "record ThingRecorded(@Key String id, String nickname) {}",
                        "record ThingRecorded(@Key String id, String alias) {}",
                        v -> List.of(v.event("t-1", "ada")),
                        v -> List.of(v.event("t-1", "ada")),
                        true,
                        true),
                new Change(
                        "rename a component the constructor requires",
                        "record ThingRecorded(@Key String id, String referrer) { public ThingRecorded { "
                                + REQUIRED_REFERRER + " } }",
                        "record ThingRecorded(@Key String id, String sponsor) { public ThingRecorded {"
                                + " Objects.requireNonNull(sponsor); } }",
                        v -> List.of(v.event("t-1", "bob")),
                        v -> List.of(v.event("t-1", "bob")),
                        false,
                        false),
                new Change(
                        "widen a number: int to long",
                        "record ThingRecorded(@Key String id, int visits) {}",
                        "record ThingRecorded(@Key String id, long visits) {}",
                        v -> List.of(v.event("t-1", Integer.MAX_VALUE), v.event("t-2", Integer.MIN_VALUE)),
                        v -> List.of(v.event("t-1", 42L), v.event("t-2", 3_000_000_000L)),
                        true,
                        false),
                new Change(
                        "narrow a number: long to int",
                        "record ThingRecorded(@Key String id, long visits) {}",
                        "record ThingRecorded(@Key String id, int visits) {}",
                        v -> List.of(v.event("t-1", 42L), v.event("t-2", 3_000_000_000L)),
                        v -> List.of(v.event("t-1", Integer.MAX_VALUE), v.event("t-2", Integer.MIN_VALUE)),
                        false,
                        true),
                new Change(
                        "change a number to text: int to String",
                        "record ThingRecorded(@Key String id, int count) {}",
                        "record ThingRecorded(@Key String id, String count) {}",
                        v -> List.of(v.event("t-1", 42), v.event("t-2", -1)),
                        v -> List.of(v.event("t-1", "42"), v.event("t-2", "many")),
                        true,
                        false),
                new Change(
                        "change text to a number: String to int",
                        "record ThingRecorded(@Key String id, String count) {}",
                        "record ThingRecorded(@Key String id, int count) {}",
                        v -> List.of(v.event("t-1", "many")),
                        v -> List.of(v.event("t-1", 42)),
                        false,
                        true),
                new Change(
                        "change a type: text to a record",
                        "record ThingRecorded(@Key String id, String vendor) {}",
                        "record ThingRecorded(@Key String id, Vendor vendor) { public record Vendor(String name) {} }",
                        v -> List.of(v.event("t-1", "Acme")),
                        v -> List.of(v.event("t-1", v.make(EVENT + "$Vendor", "Acme"))),
                        false,
                        false),
                new Change(
                        "add an enum constant",
                        "record ThingRecorded(@Key String id, Tier tier) { public enum Tier { BASIC, GOLD } }",
                        "record ThingRecorded(@Key String id, Tier tier) { public enum Tier { BASIC, GOLD, PLATINUM } }",
                        v -> List.of(v.event("t-1", v.constant(EVENT + "$Tier", "GOLD"))),
                        v -> List.of(v.event("t-1", v.constant(EVENT + "$Tier", "PLATINUM"))),
                        true,
                        false),
                new Change(
                        "remove an enum constant",
                        "record ThingRecorded(@Key String id, Tier tier) { public enum Tier { BASIC, GOLD } }",
                        "record ThingRecorded(@Key String id, Tier tier) { public enum Tier { BASIC } }",
                        v -> List.of(v.event("t-1", v.constant(EVENT + "$Tier", "GOLD"))),
                        v -> List.of(v.event("t-1", v.constant(EVENT + "$Tier", "BASIC"))),
                        false,
                        true),
                new Change(
                        "add a variant to a sealed interface",
                        "record ThingRecorded(@Key String id, Pay pay) { " + TYPE_INFO
                                + " public sealed interface Pay { record Card(String n) implements Pay {} } }",
                        "record ThingRecorded(@Key String id, Pay pay) { " + TYPE_INFO
                                + " public sealed interface Pay { record Card(String n) implements Pay {}"
                                + " record Cash(long cents) implements Pay {} } }",
                        v -> List.of(v.event("t-1", v.make(EVENT + "$Pay$Card", "4242"))),
                        v -> List.of(
                                v.event("t-1", v.make(EVENT + "$Pay$Card", "4242")),
                                v.event("t-2", v.make(EVENT + "$Pay$Cash", 500L))),
                        true,
                        false),
                new Change(
                        "remove a variant from a sealed interface",
                        "record ThingRecorded(@Key String id, Pay pay) { " + TYPE_INFO
                                + " public sealed interface Pay { record Card(String n) implements Pay {}"
                                + " record Cash(long cents) implements Pay {} } }",
                        "record ThingRecorded(@Key String id, Pay pay) { " + TYPE_INFO
                                + " public sealed interface Pay { record Card(String n) implements Pay {} } }",
                        v -> List.of(
                                v.event("t-1", v.make(EVENT + "$Pay$Card", "4242")),
                                v.event("t-2", v.make(EVENT + "$Pay$Cash", 500L))),
                        v -> List.of(v.event("t-1", v.make(EVENT + "$Pay$Card", "4242"))),
                        false,
                        true),
                new Change(
                        "a nested record gains an optional component",
                        "record ThingRecorded(@Key String id, Place place) { public record Place(String street) {} }",
                        "record ThingRecorded(@Key String id, Place place) {"
                                + " public record Place(String street, Optional<String> city) {} }",
                        v -> List.of(v.event("t-1", v.make(EVENT + "$Place", "Main St"))),
                        v -> List.of(v.event("t-1", v.make(EVENT + "$Place", "Main St", Optional.of("Paris")))),
                        true,
                        true),
                new Change(
                        "a nested record gains a component its constructor requires",
                        "record ThingRecorded(@Key String id, Place place) { public record Place(String street) {} }",
                        "record ThingRecorded(@Key String id, Place place) { public record Place(String street,"
                                + " String city) { public Place { Objects.requireNonNull(city); } } }",
                        v -> List.of(v.event("t-1", v.make(EVENT + "$Place", "Main St"))),
                        v -> List.of(v.event("t-1", v.make(EVENT + "$Place", "Main St", "Paris"))),
                        false,
                        true),
                new Change(
                        "a nested record's component narrows: long to int",
                        "record ThingRecorded(@Key String id, List<Lap> laps) { public record Lap(long meters) {}"
                                + " public ThingRecorded { laps = List.copyOf(laps); } }",
                        "record ThingRecorded(@Key String id, List<Lap> laps) { public record Lap(int meters) {}"
                                + " public ThingRecorded { laps = List.copyOf(laps); } }",
                        v -> List.of(v.event("t-1", List.of(v.make(EVENT + "$Lap", 5_000_000_000L)))),
                        v -> List.of(v.event("t-1", List.of(v.make(EVENT + "$Lap", 400)))),
                        false,
                        true),
                new Change(
                        "make a component Optional (the constructor required it)",
                        "record ThingRecorded(@Key String id, String referrer) { public ThingRecorded { "
                                + REQUIRED_REFERRER + " } }",
                        "record ThingRecorded(@Key String id, Optional<String> referrer) {}",
                        v -> List.of(v.event("t-1", "bob")),
                        v -> List.of(v.event("t-1", Optional.of("bob")), v.event("t-2", Optional.empty())),
                        true,
                        false),
                new Change(
                        "make a component Optional (it could be null)",
                        "record ThingRecorded(@Key String id, String referrer) {}",
                        "record ThingRecorded(@Key String id, Optional<String> referrer) {}",
                        v -> List.of(v.event("t-1", "bob"), v.event("t-2", null)),
                        v -> List.of(v.event("t-1", Optional.of("bob")), v.event("t-2", Optional.empty())),
                        true,
                        true),
                new Change(
                        "make an Optional component required",
                        "record ThingRecorded(@Key String id, Optional<String> referrer) {}",
                        "record ThingRecorded(@Key String id, String referrer) { public ThingRecorded { "
                                + REQUIRED_REFERRER + " } }",
                        v -> List.of(v.event("t-1", Optional.of("bob")), v.event("t-2", Optional.empty())),
                        v -> List.of(v.event("t-1", "bob")),
                        false,
                        true),
                new Change(
                        "change a key type: int to long",
                        "record ThingRecorded(@Key int id, String note) {}",
                        "record ThingRecorded(@Key long id, String note) {}",
                        v -> List.of(v.event(7, "n")),
                        v -> List.of(v.event(7L, "n")),
                        false,
                        false),
                new Change(
                        "change a key type: String to UUID",
                        "record ThingRecorded(@Key String id, String note) {}",
                        "record ThingRecorded(@Key UUID id, String note) {}",
                        v -> List.of(v.event("t-1", "n")),
                        v -> List.of(v.event(UUID.fromString("86af99cc-2a44-4b59-9d1e-0c4f5a1b2c3d"), "n")),
                        false,
                        true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void theVerdictForEachModeIsWhatTheReadersDo(Change change, @TempDir Path baseline) throws IOException {
        CompiledVersion older = CompiledVersion.compile(EVENT, List.of(), HEADER + "public " + change.older());
        CompiledVersion newer = CompiledVersion.compile(EVENT, List.of(), HEADER + "public " + change.newer());
        Files.write(baseline.resolve(EVENT + ".json"), schema(older.compilation()));

        boolean newerReadsOlder = readsAll(newer, change.olderEvents().apply(older), older);
        boolean olderReadsNewer = readsAll(older, change.newerEvents().apply(newer), newer);

        assertThat(newerReadsOlder)
                .as("consumers built now read the older events")
                .isEqualTo(change.backward());
        assertThat(olderReadsNewer)
                .as("consumers built on the baseline read the newer events")
                .isEqualTo(change.forward());
        assertVerdict(change, baseline, "BACKWARD", newerReadsOlder);
        assertVerdict(change, baseline, "FORWARD", olderReadsNewer);
    }

    private static void assertVerdict(Change change, Path baseline, String mode, boolean reads) {
        Compilation checked = Compile.withOptions(
                List.of("-Aeventrecords.baseline=" + baseline, "-Aeventrecords.compatibility=" + mode),
                HEADER + "public " + change.newer());
        if (reads) {
            assertThat(checked).succeededWithoutWarnings();
        } else {
            assertThat(checked).failed();
            assertThat(checked.errors())
                    .allSatisfy(e -> assertThat(e.getMessage(Locale.ROOT))
                            .startsWith("[eventrecords:compatibility] event 'ThingRecorded' ")
                            .contains(
                                    "changed incompatibly since the baseline schema 'com.acme.things.ThingRecorded.json'")
                            .contains("(" + mode + ")"));
        }
    }

    /** Whether the reader reads every event the writer writes; a refusal is a Kafka {@code SerializationException}. */
    private static boolean readsAll(CompiledVersion reader, List<Object> events, CompiledVersion writer) {
        for (Object event : events) {
            try {
                reader.read(writer.write(event));
            } catch (SerializationException e) {
                return false;
            }
        }
        return true;
    }

    static byte[] schema(Compilation compilation) {
        Optional<JavaFileObject> file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, SCHEMA);
        try {
            return CompiledVersion.bytes(file.orElseThrow(() -> new UncheckedIOException(new IOException(SCHEMA))));
        } catch (UncheckedIOException e) {
            throw new AssertionError("no schema " + SCHEMA, e);
        }
    }
}
