package dev.eventrecords.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.eventrecords.processor.Compile;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One topic, one publisher: an event outside a family, or one family. */
class SharedTopicRuleTest {

    private static final String PLACED = """
            package com.acme.orders;

            import dev.eventrecords.Event;
            import dev.eventrecords.Key;

            @Event(topic = "orders")
            public record OrderPlaced(@Key String orderId) {}
            """;

    private static final String CANCELLED = """
            package com.acme.orders;

            import dev.eventrecords.Event;
            import dev.eventrecords.Key;

            @Event(topic = "orders")
            public record OrderCancelled(@Key String orderId, String reason) {}
            """;

    @Test
    void twoEventsOnOneTopicOutsideAFamilyGetAnErrorEachNamingTheOtherAndTheFamilyToWrite() {
        Compilation compilation = Compile.sources(PLACED, CANCELLED);

        assertThat(compilation).failed();
        assertThat(compilation.errors()).hasSize(2);
        String family = "Declare one family for the topic: '@EventFamily(topic = \"orders\") public sealed interface"
                + " OrderEvent permits OrderCancelled, OrderPlaced {}', each record declaring 'implements"
                + " OrderEvent'. Or give each its own topic.";
        Compile.assertError(
                compilation,
                "[eventrecords:topic] event 'OrderPlaced' publishes to topic 'orders', and so does event"
                        + " 'OrderCancelled': outside one @EventFamily each binding's consumer fails on the other's"
                        + " records, and the topic has no single spec. " + family,
                6);
        Compile.assertError(
                compilation,
                "[eventrecords:topic] event 'OrderCancelled' publishes to topic 'orders', and so does event"
                        + " 'OrderPlaced'",
                6);
        // Positioned on the topic value, in each record's own file.
        assertThat(compilation.errors().stream()
                        .map(d -> d.getSource().getName().replaceAll(".*/", "") + ":" + d.getColumnNumber())
                        .sorted())
                .containsExactly("OrderCancelled.java:16", "OrderPlaced.java:16");
    }

    @Test
    void specsThatDisagreeOnTheSharedTopicAreNamed() {
        Compilation compilation = Compile.sources(
                PLACED.replace("topic = \"orders\"", "topic = \"orders\", partitions = 3, retention = \"P7D\""),
                CANCELLED.replace("topic = \"orders\"", "topic = \"orders\", partitions = 6, retention = \"P30D\""));

        assertThat(compilation)
                .hadErrorContaining("Their topic specs disagree too: partitions 6 (event 'OrderCancelled') against 3"
                        + " (event 'OrderPlaced'); retention 'P30D' (event 'OrderCancelled') against 'P7D' (event"
                        + " 'OrderPlaced'); a family has one spec, written on the @EventFamily.");
    }

    @Test
    void anEventOnAFamilysTopicIsToldToJoinTheFamilyAndTheFamilyGetsAnErrorToo() {
        Compilation compilation = Compile.sources(
                """
                package com.acme.orders;

                import dev.eventrecords.EventFamily;

                @EventFamily(topic = "orders")
                public sealed interface OrderEvent permits OrderPlaced {}
                """,
                PLACED.replace("@Event(topic = \"orders\")", "@Event")
                        .replace("(@Key String orderId)", "(@Key" + " String orderId) implements OrderEvent"),
                CANCELLED);

        assertThat(compilation.errors()).hasSize(2);
        Compile.assertError(
                compilation,
                "[eventrecords:topic] event 'OrderCancelled' publishes to topic 'orders', and so does family"
                        + " 'OrderEvent': outside one @EventFamily each binding's consumer fails on the other's"
                        + " records, and the topic has no single spec. Add the other records to family 'OrderEvent':"
                        + " 'public sealed interface OrderEvent permits OrderCancelled, OrderPlaced', each record"
                        + " declaring 'implements OrderEvent'.",
                6);
        Compile.assertError(
                compilation,
                "[eventrecords:topic] family 'OrderEvent' publishes to topic 'orders', and so does event"
                        + " 'OrderCancelled'",
                5);
    }

    @Test
    void twoFamiliesOnOneTopicAreToldToMerge() {
        Compilation compilation = Compile.sources(
                """
                package com.acme.orders;

                import dev.eventrecords.EventFamily;

                @EventFamily(topic = "orders")
                public sealed interface Placing permits OrderPlaced {}
                """,
                """
                package com.acme.orders;

                import dev.eventrecords.EventFamily;

                @EventFamily(topic = "orders")
                public sealed interface Cancelling permits OrderCancelled {}
                """,
                PLACED.replace("@Event(topic = \"orders\")", "@Event")
                        .replace("(@Key String orderId)", "(@Key String orderId) implements Placing"),
                CANCELLED
                        .replace("@Event(topic = \"orders\")", "@Event")
                        .replace("String reason)", "String reason) implements Cancelling"));

        assertThat(compilation.errors()).hasSize(2);
        assertThat(compilation)
                .hadErrorContaining("family 'Cancelling' publishes to topic 'orders', and so does family 'Placing'");
        assertThat(compilation)
                .hadErrorContaining("Merge them into one family: '@EventFamily(topic = \"orders\") public sealed"
                        + " interface OrderEvent permits OrderCancelled, OrderPlaced {}', each record declaring"
                        + " 'implements OrderEvent' instead of its family now.");
    }

    @Test
    void recordsOfOneNameInTwoPackagesShareTheirDefaultTopicAndAreToldSo() {
        Compilation compilation = Compile.sources("""
                package com.acme.shop;

                import dev.eventrecords.Event;

                @Event
                public record OrderPlaced(String orderId) {}
                """, """
                package com.acme.warehouse;

                import dev.eventrecords.Event;

                @Event
                public record OrderPlaced(String orderId, int lines) {}
                """);

        assertThat(compilation.errors()).hasSize(2);
        assertThat(compilation.errors().get(0).getMessage(Locale.ROOT))
                .contains("publishes to topic 'order-placed'")
                .contains("A sealed interface and the records it permits share one package: move them into one.");
    }

    @Test
    void eventsOnTheirOwnTopicsAndTheMembersOfOneFamilyCompile() {
        assertThat(Compile.sources(PLACED, CANCELLED.replace("\"orders\"", "\"orders.cancelled\"")))
                .succeededWithoutWarnings();
        assertThat(Compile.sources(
                        """
                        package com.acme.orders;

                        import dev.eventrecords.EventFamily;

                        @EventFamily(topic = "orders")
                        public sealed interface OrderEvent permits OrderPlaced, OrderCancelled {}
                        """,
                        PLACED.replace("(@Key String orderId)", "(@Key String orderId) implements OrderEvent"),
                        CANCELLED
                                .replace("@Event(topic = \"orders\")", "@Event")
                                .replace("String reason)", "String reason) implements OrderEvent")))
                .succeededWithoutWarnings();
    }
}
