package dev.eventrecords.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.eventrecords.processor.Compile;
import org.junit.jupiter.api.Test;

class UnsupportedTypeRuleTest {

    @Test
    void rejectsObjectComponent() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                @Event
                public record PayloadReceived(
                        String id,
                        Object payload) {}
                """);

        Compile.assertError(
                compilation,
                "[eventrecords:unsupported-type] event 'PayloadReceived' component 'payload' of"
                        + " type 'Object' cannot be carried as JSON: 'java.lang.Object' is not a record, an enum or a"
                        + " supported value type; use a record or a supported value type",
                8);
    }

    @Test
    void rejectsDateAndSuggestsInstant() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;
                import java.util.Date;

                @Event
                public record PaymentReceived(Date at) {}
                """);

        assertThat(compilation)
                .hadErrorContaining("[eventrecords:unsupported-type] event 'PaymentReceived' component 'at' of type"
                        + " 'Date' cannot be carried as JSON: 'java.util.Date' is not a record, an enum or a supported"
                        + " value type; use 'java.time.Instant'");
    }

    @Test
    void acceptsTheJdkValueTypesAndEveryMapKeyKindJacksonReadsBack() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;
                import java.net.URI;
                import java.time.DayOfWeek;
                import java.time.LocalDate;
                import java.time.Month;
                import java.time.MonthDay;
                import java.time.OffsetTime;
                import java.time.ZoneId;
                import java.time.ZoneOffset;
                import java.util.Currency;
                import java.util.Locale;
                import java.util.Map;
                import java.util.UUID;

                @Event
                public record StoreOpened(
                        URI site,
                        Locale locale,
                        Currency currency,
                        ZoneId zone,
                        ZoneOffset offset,
                        OffsetTime opensAt,
                        MonthDay anniversary,
                        Month month,
                        DayOfWeek closedOn,
                        Map<UUID, String> byId,
                        Map<Integer, String> byNumber,
                        Map<LocalDate, String> byDay,
                        Map<DayOfWeek, OffsetTime> hours,
                        Map<Month, Long> sales) {
                    public StoreOpened {
                        byId = Map.copyOf(byId);
                        byNumber = Map.copyOf(byNumber);
                        byDay = Map.copyOf(byDay);
                        hours = Map.copyOf(hours);
                        sales = Map.copyOf(sales);
                    }
                }
                """);

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void rejectsARecordMapKeyWhichJacksonWritesWithToStringAndCannotReadBack() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;
                import java.util.Map;
                import java.util.UUID;

                @Event
                public record OrdersCounted(Map<OrderId, Integer> counts) {
                    public OrdersCounted {
                        counts = Map.copyOf(counts);
                    }

                    public record OrderId(UUID value) {}
                }
                """);

        Compile.assertError(
                compilation,
                "[eventrecords:unsupported-type] event 'OrdersCounted' component 'counts' of type"
                        + " 'Map<OrdersCounted.OrderId, Integer>' cannot be carried as JSON: Jackson writes a record map"
                        + " key with its 'toString()' ('OrdersCounted.OrderId[...]') and cannot read it back; map keys"
                        + " may be 'Byte', 'Short', 'Integer', 'Long', 'String', 'UUID', 'LocalDate', 'Month' or an"
                        + " enum; key the map by the value the 'OrdersCounted.OrderId' stands for",
                8);
    }

    @Test
    void rejectsAValueTypeMapKeyOutsideTheKeyKinds() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;
                import java.time.Instant;
                import java.util.Map;

                @Event
                public record ScoresPublished(Map<Instant, String> scores) {
                    public ScoresPublished {
                        scores = Map.copyOf(scores);
                    }
                }
                """);

        assertThat(compilation)
                .hadErrorContaining("component 'scores' of type 'Map<Instant, String>' cannot be carried as JSON:"
                        + " map keys may be 'Byte', 'Short', 'Integer', 'Long', 'String', 'UUID', 'LocalDate',"
                        + " 'Month' or an enum, not 'Instant'");
    }

    @Test
    void rejectsAContainerOrUnsupportedMapKeyWithTheKeyKinds() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;
                import java.util.Date;
                import java.util.List;
                import java.util.Map;

                @Event
                @SuppressWarnings("eventrecords:mutable")
                public record ScoresPublished(Map<List<String>, Integer> byTeam, Map<Date, Integer> byDate) {}
                """);

        assertThat(compilation)
                .hadErrorContaining("component 'byTeam' of type 'Map<List<String>, Integer>' cannot be carried as"
                        + " JSON: Jackson writes a 'List<String>' map key with its 'toString()' and cannot read it"
                        + " back; map keys may be");
        assertThat(compilation)
                .hadErrorContaining("component 'byDate' of type 'Map<Date, Integer>' cannot be carried as JSON: map"
                        + " keys may be 'Byte', 'Short', 'Integer', 'Long', 'String', 'UUID', 'LocalDate', 'Month'"
                        + " or an enum, not 'Date'");
    }

    @Test
    void rejectsUrlAndSuggestsUri() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;
                import java.net.URL;

                @Event
                public record LinkShared(URL link) {}
                """);

        Compile.assertError(
                compilation,
                "[eventrecords:unsupported-type] event 'LinkShared' component 'link' of type 'URL' cannot be carried"
                        + " as JSON: 'URL' resolves its host name through DNS in 'equals' and 'hashCode', so comparing"
                        + " events would block on the network and two events could be equal or not depending on it;"
                        + " use 'java.net.URI'",
                7);
    }

    @Test
    void rejectsInetAddressWithTheReason() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;
                import java.net.Inet4Address;
                import java.net.InetAddress;

                @Event
                public record ClientConnected(InetAddress client, Inet4Address gateway) {}
                """);

        Compile.assertError(
                compilation,
                "[eventrecords:unsupported-type] event 'ClientConnected' component 'client' of type 'InetAddress'"
                        + " cannot be carried as JSON: 'InetAddress' may hold a host name, which Jackson writes in place"
                        + " of the address and cannot read back (it reads only numeric addresses, so that reading"
                        + " never looks a name up through DNS); carry the address as a 'String' (its"
                        + " 'getHostAddress()')",
                8);
        assertThat(compilation)
                .hadErrorContaining("component 'gateway' of type 'Inet4Address' cannot be carried as JSON:"
                        + " 'Inet4Address' may hold a host name");
    }

    @Test
    void rejectsInterfaceTypes() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                @Event
                public record NoteAdded(CharSequence text, Runnable callback) {}
                """);

        assertThat(compilation)
                .hadErrorContaining("component 'text' of type 'CharSequence' cannot be carried as"
                        + " JSON: 'CharSequence' is an interface, so the serde cannot know which class to create; use"
                        + " 'String'");
        assertThat(compilation)
                .hadErrorContaining("component 'callback' of type 'Runnable' cannot be carried as"
                        + " JSON: 'Runnable' is an interface");
    }

    @Test
    void rejectsArraysAndSuggestsAList() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                @Event
                public record TagsAssigned(String[] tags, int[] counts) {}
                """);

        assertThat(compilation)
                .hadErrorContaining("component 'tags' of type 'String[]' cannot be carried as JSON:"
                        + " arrays are mutable and not supported; use 'List<String>'");
        assertThat(compilation)
                .hadErrorContaining("component 'counts' of type 'int[]' cannot be carried as JSON:"
                        + " arrays are mutable and not supported; use 'List<Integer>'");
    }

    @Test
    void rejectsRawAndWildcardCollections() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;
                import java.util.List;

                @Event
                @SuppressWarnings({"rawtypes", "eventrecords:mutable"})
                public record ItemsAdded(List raw, List<? extends Number> numbers) {}
                """);

        assertThat(compilation)
                .hadErrorContaining("component 'raw' of type 'List' cannot be carried as JSON: a raw"
                        + " 'List' has no element type; use 'List<...>'");
        assertThat(compilation)
                .hadErrorContaining("component 'numbers' of type 'List<? extends Number>' cannot be"
                        + " carried as JSON: wildcard type arguments are not supported");
    }

    @Test
    void namesThePathToAnUnsupportedTypeInsideNestedRecords() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;
                import java.util.List;
                import java.util.Optional;

                @Event
                public record OrderPlaced(
                        String id,
                        List<Line> lines) {
                    public OrderPlaced {
                        lines = List.copyOf(lines);
                    }

                    public record Line(String sku, Optional<Price> price) {}

                    public record Price(StringBuilder amount) {}
                }
                """);

        Compile.assertError(
                compilation,
                "[eventrecords:unsupported-type] event 'OrderPlaced' component 'lines' of type"
                        + " 'List<OrderPlaced.Line>': 'OrderPlaced.Line' component 'price' of type"
                        + " 'Optional<OrderPlaced.Price>': 'OrderPlaced.Price' component 'amount' of type"
                        + " 'StringBuilder' cannot be carried as JSON",
                10);
    }

    @Test
    void rejectsGenericNestedRecord() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                @Event
                public record PairCreated(Pair<String> pair) {
                    public record Pair<T>(T left, T right) {}
                }
                """);

        assertThat(compilation)
                .hadErrorContaining("component 'pair' of type 'PairCreated.Pair<String>' cannot be"
                        + " carried as JSON: generic records are not supported");
    }

    @Test
    void rejectsPrivateNestedRecord() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                @Event
                public record SecretShared(Secret secret) {
                    private record Secret(String value) {}
                }
                """);

        assertThat(compilation)
                .hadErrorContaining(
                        "'SecretShared.Secret' is private, so generated code in its" + " package cannot use it");
    }

    @Test
    void reportsEveryProblemOfEveryRecordInOneCompile() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;
                import dev.eventrecords.EventTime;
                import dev.eventrecords.Key;
                import java.time.LocalDate;

                @Event(topic = "bad topic")
                public record OrderPlaced(@Key double total, @EventTime LocalDate day, Object extra) {}
                """, """
                package com.acme;

                import dev.eventrecords.Event;

                @Event
                public final class OrderShipped {}
                """);

        assertThat(compilation).hadErrorContaining("[eventrecords:topic]");
        assertThat(compilation).hadErrorContaining("[eventrecords:key]");
        assertThat(compilation).hadErrorContaining("[eventrecords:event-time]");
        assertThat(compilation).hadErrorContaining("[eventrecords:unsupported-type]");
        assertThat(compilation).hadErrorContaining("[eventrecords:not-a-record]");
        assertThat(compilation).hadErrorContaining("[eventrecords:mutable]"); // 'Object' may hold anything
        assertThat(compilation).hadErrorCount(6);
    }

    @Test
    void unresolvableTypeIsLeftToJavacWithoutASecondError() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                @Event
                public record OrderPlaced(MissingType thing) {}
                """);

        assertThat(compilation).hadErrorContaining("cannot find symbol");
        assertThat(compilation).hadErrorCount(1);
    }
}
