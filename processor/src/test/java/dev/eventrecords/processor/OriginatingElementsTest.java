package dev.eventrecords.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.eventrecords.processor.immutability.WrappedEnvironments;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileManager.Location;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The contract incremental builds rely on (Gradle cannot be installed here, so the contract is tested, not Gradle):
 * each generated file names as originating elements exactly the types it was derived from, the processor is
 * registered as aggregating, and the local-event scan works through a wrapped environment as Gradle's.
 */
class OriginatingElementsTest {

    private static final List<String> SOURCES = List.of("""
            package com.acme.shop;
            public enum Color { RED, BLUE }
            """, """
            package com.acme.shop;
            public record Line(String sku, Color color, java.util.Map<String, Note> notes) {
                public Line {
                    notes = java.util.Map.copyOf(notes);
                }
            }
            """, """
            package com.acme.shop;
            public record Note(String text) {}
            """, """
            package com.acme.shop;
            public record Address(String city) {}
            """, """
            package com.acme.shop;
            import dev.eventrecords.Event;
            import dev.eventrecords.Key;
            import java.util.List;
            import java.util.Optional;
            @Event(topic = "orders")
            public record OrderPlaced(@Key String orderId, List<Line> lines, Optional<Address> shipTo) {
                public OrderPlaced {
                    lines = List.copyOf(lines);
                }
            }
            """, """
            package com.acme.shop;
            import dev.eventrecords.EventFamily;
            @EventFamily(topic = "parcels")
            public sealed interface ParcelEvent permits ParcelMoved, ParcelLost {
                String parcelId();
            }
            """, """
            package com.acme.shop;
            import dev.eventrecords.Event;
            import dev.eventrecords.Key;
            @Event
            public record ParcelMoved(@Key String parcelId, Address to) implements ParcelEvent {}
            """, """
            package com.acme.shop;
            import dev.eventrecords.Event;
            import dev.eventrecords.Key;
            @Event
            public record ParcelLost(@Key String parcelId, Color lastSeenOn) implements ParcelEvent {}
            """);

    @Test
    void every_generated_file_names_exactly_the_types_it_was_derived_from() {
        Recording recording = new Recording();
        Compilation compilation = Compiler.javac()
                .withProcessors(new WrappedEnvironments.WrappingProcessor(new EventProcessor(), recording::wrap))
                .withOptions("-Xlint:all")
                .compile(SOURCES.stream().map(Compile::source).toList());
        assertThat(compilation).succeededWithoutWarnings();

        String order = "OrderPlaced, Line, Color, Note, Address";
        String moved = "ParcelMoved, Address, ParcelEvent";
        String lost = "ParcelLost, Color, ParcelEvent";
        String family = "ParcelEvent, ParcelMoved, Address, ParcelLost, Color";
        Map<String, String> expected = new TreeMap<>();
        expected.put("com.acme.shop.OrderPlacedSerde", order);
        expected.put("com.acme.shop.OrderPlacedKeyExtractor", order);
        expected.put("com.acme.shop.OrderPlacedTopic", order);
        expected.put("com.acme.shop.LineJsonCodec", "Line, Color, Note");
        expected.put("com.acme.shop.NoteJsonCodec", "Note");
        expected.put("com.acme.shop.AddressJsonCodec", "Address");
        expected.put("com.acme.shop.ParcelMovedSerde", moved);
        expected.put("com.acme.shop.ParcelMovedKeyExtractor", moved);
        expected.put("com.acme.shop.ParcelMovedTopic", moved);
        expected.put("com.acme.shop.ParcelLostSerde", lost);
        expected.put("com.acme.shop.ParcelLostKeyExtractor", lost);
        expected.put("com.acme.shop.ParcelLostTopic", lost);
        expected.put("com.acme.shop.ParcelEventSerde", family);
        expected.put("com.acme.shop.ParcelEventKeyExtractor", family);
        expected.put("com.acme.shop.ParcelEventTopic", family);
        expected.put(
                "META-INF/services/dev.eventrecords.TopicBinding", "OrderPlaced, ParcelMoved, ParcelLost, ParcelEvent");
        expected.put("META-INF/eventrecords/schemas/com.acme.shop.OrderPlaced.json", order);
        expected.put("META-INF/eventrecords/schemas/com.acme.shop.ParcelMoved.json", "ParcelMoved, Address");
        expected.put("META-INF/eventrecords/schemas/com.acme.shop.ParcelLost.json", "ParcelLost, Color");
        expected.put(
                "META-INF/eventrecords/asyncapi.json",
                "OrderPlaced, Line, Color, Note, Address, ParcelMoved, ParcelEvent, ParcelLost");
        Map<String, Set<String>> expectedSets = new TreeMap<>();
        expected.forEach((file, names) -> expectedSets.put(
                file,
                Arrays.stream(names.split(", "))
                        .map(n -> "com.acme.shop." + n)
                        .collect(Collectors.toCollection(TreeSet::new))));

        assertThat(recording.origins).isEqualTo(expectedSets);
        assertThat(recording.empty)
                .as("files written with no originating element")
                .isEmpty();
    }

    @Test
    void the_processor_is_registered_for_gradles_incremental_processing_as_aggregating() throws IOException {
        // Aggregating: the services file and the shared-topic check read every event of the compilation.
        try (InputStream in = EventProcessor.class
                .getClassLoader()
                .getResourceAsStream("META-INF/gradle/incremental.annotation.processors")) {
            assertThat(in)
                    .as("META-INF/gradle/incremental.annotation.processors")
                    .isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            assertThat(text).isEqualTo(EventProcessor.class.getName() + ",aggregating");
        }
    }

    @Test
    void a_local_event_is_still_reported_through_an_environment_wrapped_as_gradle_wraps_it() {
        Compilation compilation = Compiler.javac()
                .withProcessors(new WrappedEnvironments.WrappingProcessor(
                        new EventProcessor(), WrappedEnvironments.GradleLike::new))
                .compile(Compile.source("""
                        package com.acme.shop;
                        import dev.eventrecords.Event;
                        public class Checkout {
                            void run() {
                                @Event
                                record CartEmptied(String cartId) {}
                            }
                        }
                        """));
        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining("[eventrecords:declaration] event 'CartEmptied' is declared inside a method");
    }

    /** Records the originating elements of every file the processor creates, then creates it. */
    private static final class Recording {
        final Map<String, Set<String>> origins = new TreeMap<>();
        final Set<String> empty = new TreeSet<>();

        ProcessingEnvironment wrap(ProcessingEnvironment env) {
            Filer filer = env.getFiler();
            Filer recording = new Filer() {
                @Override
                public JavaFileObject createSourceFile(CharSequence name, Element... elements) throws IOException {
                    record(name.toString(), elements);
                    return filer.createSourceFile(name, elements);
                }

                @Override
                public JavaFileObject createClassFile(CharSequence name, Element... elements) throws IOException {
                    record(name.toString(), elements);
                    return filer.createClassFile(name, elements);
                }

                @Override
                public FileObject createResource(
                        Location location, CharSequence pkg, CharSequence relativeName, Element... elements)
                        throws IOException {
                    record((pkg.length() == 0 ? "" : pkg + "/") + relativeName, elements);
                    return filer.createResource(location, pkg, relativeName, elements);
                }

                @Override
                public FileObject getResource(Location location, CharSequence pkg, CharSequence relativeName)
                        throws IOException {
                    return filer.getResource(location, pkg, relativeName);
                }
            };
            // Gradle's wrapper replaces the filer as this one does, and keeps the environment in "delegate".
            return new WrappedEnvironments.Forwarding() {
                private final ProcessingEnvironment delegate = env;

                @Override
                protected ProcessingEnvironment inner() {
                    return delegate;
                }

                @Override
                public Filer getFiler() {
                    return recording;
                }
            };
        }

        private void record(String file, Element... elements) {
            if (elements.length == 0) {
                empty.add(file);
            }
            Set<String> names = origins.computeIfAbsent(file, f -> new TreeSet<>());
            for (Element e : elements) {
                names.add(((TypeElement) e).getQualifiedName().toString());
            }
        }
    }
}
