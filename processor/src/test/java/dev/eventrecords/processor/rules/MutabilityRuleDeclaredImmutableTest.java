package dev.eventrecords.processor.rules;

import static dev.eventrecords.processor.immutability.MutabilityCompiler.assertAccepted;
import static dev.eventrecords.processor.immutability.MutabilityCompiler.assertCompiles;
import static dev.eventrecords.processor.immutability.MutabilityCompiler.assertErrors;
import static dev.eventrecords.processor.immutability.MutabilityCompiler.compile;
import static dev.eventrecords.processor.immutability.MutabilityCompiler.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Guava's immutable collections, the option {@code eventrecords.immutableTypes} and {@code @Immutable} types. */
class MutabilityRuleDeclaredImmutableTest {

    private static final String MONEY = """
            package com.example;
            public class Money {
                private long cents;
                public Money(long cents) {
                    this.cents = cents;
                }
            }
            """;

    private static final String INVOICE_SENT = """
            package com.example;
            import dev.eventrecords.Event;
            @Event
            public record InvoiceSent(String id, Money total) {}
            """;

    @Test
    void acceptsGuavaImmutableCollectionsWithoutACopy() {
        assertAccepted(compile(source("TagsAssigned", """
                package com.example;
                import com.google.common.collect.ImmutableList;
                import com.google.common.collect.ImmutableMap;
                import com.google.common.collect.ImmutableSet;
                import dev.eventrecords.Event;
                @Event
                public record TagsAssigned(
                        ImmutableList<String> tags, ImmutableSet<Integer> ids, ImmutableMap<String, Long> counts) {}
                """)));
    }

    @Test
    void rejectsGuavaImmutableCollectionOfMutableElements() {
        var compilation = compile(source("TagsAssigned", """
                package com.example;
                import com.google.common.collect.ImmutableMap;
                import dev.eventrecords.Event;
                import java.util.Date;
                @Event
                public record TagsAssigned(String id, ImmutableMap<String, Date> seen) {}
                """));
        assertErrors(
                compilation,
                "6: 'TagsAssigned' component 'seen' of type 'ImmutableMap<String, Date>': value type 'Date': 'Date' is"
                        + " mutable; use 'java.time.Instant'");
    }

    @Test
    void acceptsGuavaCopyInACompactConstructor() {
        assertCompiles(compile(source("TagsAssigned", """
                package com.example;
                import com.google.common.collect.ImmutableList;
                import dev.eventrecords.Event;
                import java.util.List;
                @Event
                public record TagsAssigned(List<String> tags) {
                    public TagsAssigned {
                        tags = ImmutableList.copyOf(tags);
                    }
                }
                """)));
    }

    @Test
    void doesNotTrustATypeJustForItsGuavaLikeName() {
        var compilation = compile(source("ImmutableList", """
                        package com.example;
                        public class ImmutableList<E> extends java.util.ArrayList<E> {}
                        """), source("TagsAssigned", """
                        package com.example;
                        import dev.eventrecords.Event;
                        @Event
                        public record TagsAssigned(String id, ImmutableList<String> tags) {}
                        """));
        assertErrors(
                compilation,
                "4: 'TagsAssigned' component 'tags' of type 'ImmutableList<String>': 'ImmutableList<String>' is a"
                        + " modifiable collection; use 'List<String>' and copy it in a compact constructor");
    }

    @Test
    void rejectsAClassNobodyDeclaredImmutable() {
        assertErrors(
                compile(source("Money", MONEY), source("InvoiceSent", INVOICE_SENT)),
                "4: 'InvoiceSent' component 'total' of type 'Money': 'Money' is not final, so a subclass may add"
                        + " mutable state; make it final");
    }

    @Test
    void acceptsATypeListedInTheOption() {
        assertAccepted(compile(
                List.of("-Aeventrecords.immutableTypes=com.example.Sku, com.example.Money"),
                source("Money", MONEY),
                source("InvoiceSent", INVOICE_SENT)));
    }

    @Test
    void theOptionTrustsOnlyTheTypesItLists() {
        var compilation = compile(
                List.of("-Aeventrecords.immutableTypes=com.example.Money"),
                source("Money", MONEY),
                source("InvoiceSent", """
                        package com.example;
                        import dev.eventrecords.Event;
                        @Event
                        public record InvoiceSent(Money total, java.util.Date sentAt) {}
                        """));
        assertErrors(
                compilation,
                "4: 'InvoiceSent' component 'sentAt' of type 'Date': 'Date' is mutable; use 'java.time.Instant'");
    }

    @Test
    void rejectsAnOptionValueThatIsNotAClassName() {
        Compilation compilation = compile(
                List.of("-Aeventrecords.immutableTypes=com.example.Money;com.example.Sku"),
                source("Money", MONEY),
                source("InvoiceSent", INVOICE_SENT));
        assertThat(compilation.errors())
                .extracting(d -> d.getMessage(Locale.ROOT))
                .anySatisfy(m -> assertThat(m)
                        .contains("option 'eventrecords.immutableTypes' has 'com.example.Money;com.example.Sku', which"
                                + " is not a canonical class name"));
    }

    @Test
    void acceptsATypeAnnotatedWithErrorPronesImmutable() {
        assertAccepted(compile(source("Money", """
                        package com.example;
                        @com.google.errorprone.annotations.Immutable
                        public class Money {
                            private long cents;
                        }
                        """), source("InvoiceSent", INVOICE_SENT)));
    }

    @Test
    void acceptsATypeAnnotatedWithAnyAnnotationNamedImmutable() {
        assertAccepted(compile(source("Immutable", """
                        package com.example.jcip;
                        import java.lang.annotation.*;
                        @Retention(RetentionPolicy.CLASS)
                        @Target(ElementType.TYPE)
                        public @interface Immutable {}
                        """), source("Money", """
                        package com.example;
                        @com.example.jcip.Immutable
                        public abstract class Money {
                            protected long cents;
                        }
                        """), source("InvoiceSent", INVOICE_SENT)));
    }

    @Test
    void checksTheTypeArgumentsOfADeclaredImmutableType() {
        var compilation = compile(source("Box", """
                        package com.example;
                        @com.google.errorprone.annotations.Immutable(containerOf = "T")
                        public final class Box<T> {
                            private final T value = null;
                        }
                        """), source("ParcelBoxed", """
                        package com.example;
                        import dev.eventrecords.Event;
                        @Event
                        public record ParcelBoxed(String id, Box<StringBuilder> box) {}
                        """));
        assertErrors(
                compilation,
                "4: 'ParcelBoxed' component 'box' of type 'Box<StringBuilder>': element type 'StringBuilder':"
                        + " 'StringBuilder' is mutable; use 'java.lang.String'");
    }

    @Test
    void acceptsANestedTypeListedInTheOptionByCanonicalOrBinaryName() {
        String outer = """
                package com.example;
                public final class Outer {
                    public static class Money {
                        private long cents;
                    }
                }
                """;
        String event = """
                package com.example;
                import dev.eventrecords.Event;
                @Event
                public record InvoiceSent(String id, Outer.Money total) {}
                """;
        assertAccepted(compile(
                List.of("-Aeventrecords.immutableTypes=com.example.Outer.Money"),
                source("Outer", outer),
                source("InvoiceSent", event)));
        assertAccepted(compile(
                List.of("-Aeventrecords.immutableTypes=com.example.Outer$Money"),
                source("Outer", outer),
                source("InvoiceSent", event)));
    }
}
