package dev.eventrecords.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.eventrecords.processor.Compile;
import org.junit.jupiter.api.Test;

class KeyRuleTest {

    @Test
    void rejectsTwoKeys() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;
                import dev.eventrecords.Key;

                @Event
                public record DeviceConnected(
                        @Key String deviceId,
                        @Key String userId) {}
                """);

        assertThat(compilation).hadErrorCount(1);
        Compile.assertError(
                compilation,
                "[eventrecords:key] event 'DeviceConnected' has more than one '@Key' component:"
                        + " 'deviceId' and 'userId'; the key decides the partition and so the order of events, and a"
                        + " record has one; keep '@Key' on one of them, or make a key record",
                9);
    }

    @Test
    void rejectsKeyWithoutKeySerde() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;
                import dev.eventrecords.Key;
                import java.util.List;

                @Event
                public record PriceChanged(
                        @Key double price,
                        @Key List<String> tags) {
                    public PriceChanged {
                        tags = List.copyOf(tags);
                    }
                }
                """);

        Compile.assertError(
                compilation,
                "[eventrecords:key] event 'PriceChanged' has key 'price' of type 'double', which"
                        + " has no key serde: keys are compared as bytes to pick the partition; use 'int', 'long',"
                        + " 'String', 'UUID' or a record",
                9);
        Compile.assertError(
                compilation, "[eventrecords:key] event 'PriceChanged' has key 'tags' of type 'List<String>'", 10);
    }

    @Test
    void acceptsEveryKeyType() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;
                import dev.eventrecords.Key;
                import java.util.UUID;

                public final class Keys {
                    public record Composite(String tenant, long id) {}

                    @Event record TicketOpened(@Key String id) {}
                    @Event record TicketClosed(@Key UUID id) {}
                    @Event record TicketMoved(@Key long id) {}
                    @Event record TicketMerged(@Key Long id) {}
                    @Event record TicketSplit(@Key int id) {}
                    @Event record TicketCopied(@Key Integer id) {}
                    @Event record TicketShared(@Key Composite id) {}
                }
                """);

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void rejectsKeyRecordWithSetComponent() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;
                import dev.eventrecords.Key;
                import java.util.Set;

                @Event
                public record ShipmentDispatched(
                        @Key ShipmentDispatched.Route route, String carrier) {
                    public record Route(String origin, Set<String> stops) {
                        public Route {
                            stops = Set.copyOf(stops);
                        }
                    }
                }
                """);

        assertThat(compilation).hadErrorCount(1);
        Compile.assertError(
                compilation,
                "[eventrecords:key] event 'ShipmentDispatched' has key 'route' of type 'ShipmentDispatched.Route':"
                        + " 'ShipmentDispatched.Route' component 'stops' of type 'Set<String>', which is a 'Set' or"
                        + " 'Map': their iteration order is randomised per JVM, so equal keys serialize to different"
                        + " bytes and land on different partitions, which breaks ordering and compaction; use a 'List'"
                        + " sorted in the constructor, or a single value",
                9);
    }

    @Test
    void rejectsMapNestedDeepInKeyRecord() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;
                import dev.eventrecords.Key;
                import java.util.List;
                import java.util.Map;
                import java.util.Optional;

                @Event
                public record QuoteRequested(@Key QuoteRequested.Scope scope) {
                    public record Scope(String tenant, Optional<Region> home, List<Region> others) {
                        public Scope {
                            others = List.copyOf(others);
                        }
                    }

                    public record Region(String name, Map<String, String> labels) {
                        public Region {
                            labels = Map.copyOf(labels);
                        }
                    }
                }
                """);

        assertThat(compilation).hadErrorCount(1);
        Compile.assertError(
                compilation,
                "[eventrecords:key] event 'QuoteRequested' has key 'scope' of type 'QuoteRequested.Scope':"
                        + " 'QuoteRequested.Scope' component 'home' of type 'Optional<QuoteRequested.Region>':"
                        + " 'QuoteRequested.Region' component 'labels' of type 'Map<String, String>', which is a 'Set'"
                        + " or 'Map'",
                10);
    }

    @Test
    void acceptsKeyRecordOfNestedRecordsAndLists() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;
                import dev.eventrecords.Key;
                import java.util.List;
                import java.util.Set;

                @Event
                public record RouteBooked(@Key RouteBooked.Route route, Set<String> tags) {
                    public RouteBooked {
                        tags = Set.copyOf(tags);
                    }

                    public record Route(Leg first, List<Leg> rest) {
                        public Route {
                            rest = List.copyOf(rest);
                        }
                    }

                    public record Leg(String from, String to) {}
                }
                """);

        assertThat(compilation).succeededWithoutWarnings();
    }
}
