package dev.eventrecords.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.eventrecords.processor.Compile;
import org.junit.jupiter.api.Test;

class DeclarationRuleTest {

    @Test
    void rejectsEventOnAClass() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                @Event
                public final class OrderPlaced {
                    public String id;
                }
                """);

        assertThat(compilation).failed();
        Compile.assertError(
                compilation,
                "[eventrecords:not-a-record] 'OrderPlaced' is a class, not a record: only records"
                        + " can be events, because their state is exactly their components; declare it as 'record"
                        + " OrderPlaced(...)'",
                6);
    }

    @Test
    void rejectsEventOnAnInterfaceAndAnEnum() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                public final class Holder {
                    @Event
                    public interface OrderPlaced {}

                    @Event
                    public enum OrderShipped { YES }
                }
                """);

        assertThat(compilation).hadErrorContaining("[eventrecords:not-a-record] 'OrderPlaced' is an interface");
        assertThat(compilation).hadErrorContaining("[eventrecords:not-a-record] 'OrderShipped' is an enum");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void rejectsGenericRecord() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                @Event
                public record ValueChanged<T>(String id, T value) {}
                """);

        Compile.assertError(
                compilation,
                "[eventrecords:declaration] event 'ValueChanged' is generic: the serde must know"
                        + " every component's type at compile time; remove the type parameter 'T' and use concrete"
                        + " types",
                6);
    }

    @Test
    void rejectsLocalRecord() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                public final class Service {
                    void handle() {
                        @Event
                        record OrderPlaced(String id) {}
                    }
                }
                """);

        Compile.assertError(
                compilation,
                "[eventrecords:declaration] event 'OrderPlaced' is declared inside a method:"
                        + " generated classes cannot name it; move it to the top level or into a class",
                8);
    }

    @Test
    void rejectsRecordNestedInAnAnonymousClass() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                public final class Service {
                    Object listener = new Object() {
                        @Event
                        record OrderPlaced(String id) {}
                    };
                }
                """);

        assertThat(compilation)
                .hadErrorContaining("[eventrecords:declaration] event 'OrderPlaced' is declared inside"
                        + " a method: generated classes cannot name it");
    }

    @Test
    void rejectsPrivateRecord() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                public final class Orders {
                    @Event
                    private record OrderPlaced(String id) {}
                }
                """);

        Compile.assertError(
                compilation,
                "[eventrecords:declaration] event 'Orders.OrderPlaced' is private: generated"
                        + " classes in its package cannot use it; make it package-private or public",
                7);
    }

    @Test
    void rejectsRecordNestedInAPrivateClass() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                public final class Orders {
                    private static final class Internal {
                        @Event
                        record OrderPlaced(String id) {}
                    }
                }
                """);

        assertThat(compilation)
                .hadErrorContaining("[eventrecords:declaration] event 'Orders.Internal.OrderPlaced' is nested in"
                        + " private 'Orders.Internal'");
    }

    @Test
    void acceptsPackagePrivateAndProtectedNestedRecords() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                public class Orders {
                    @Event
                    record OrderPlaced(String id) {}

                    @Event
                    protected record OrderShipped(String id) {}
                }
                """);

        assertThat(compilation).succeededWithoutWarnings();
    }
}
