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

    @Test
    void judgesTheNameAndTheComponentsOfAGenericRecordInTheSameBuild() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;
                import java.util.List;

                @Event
                public record ChangeValue<T>(String id, T value, List<String> tags) {}
                """);

        assertThat(compilation).hadErrorContaining("[eventrecords:declaration] event 'ChangeValue' is generic");
        Compile.assertError(
                compilation,
                "[eventrecords:past-tense] event 'ChangeValue' is not named in the past tense: 'Change' is an"
                        + " imperative; events record what happened. Did you mean 'ValueChanged'?",
                7);
        assertThat(compilation)
                .hadErrorContaining("[eventrecords:mutable] 'ChangeValue' component 'tags' of type 'List<String>'");
        // 'T' is not decidable from the declaration: no verdict on 'value'.
        assertThat(compilation).hadErrorCount(3);
    }

    @Test
    void judgesTheNameOfAPrivateRecordInTheSameBuild() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                public final class Orders {
                    @Event
                    private record PlaceOrderMessage(String orderId) {}
                }
                """);

        assertThat(compilation)
                .hadErrorContaining("[eventrecords:declaration] event 'Orders.PlaceOrderMessage' is" + " private");
        Compile.assertError(
                compilation,
                "[eventrecords:past-tense] event 'PlaceOrderMessage' is not named in the past tense: 'Place' is an"
                        + " imperative; events record what happened. Did you mean 'OrderPlacedMessage'?",
                7);
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void judgesTheNameOfALocalRecordInTheSameBuild() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                public final class Service {
                    void handle() {
                        @Event
                        record OrderCreation(String id) {}
                    }
                }
                """);

        assertThat(compilation)
                .hadErrorContaining(
                        "[eventrecords:declaration] event 'OrderCreation' is declared" + " inside a method");
        Compile.assertError(
                compilation,
                "[eventrecords:past-tense] event 'OrderCreation' is not named in the past tense: 'Creation' is a noun"
                        + " naming an action; events record what happened. Did you mean 'OrderCreated'?",
                8);
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void judgesTheComponentsOfALocalRecordInTheSameBuild() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;
                import java.util.List;

                public final class Service {
                    void handle() {
                        @Event
                        record OrderCreated(String id, List<String> lines) {}
                    }
                }
                """);

        assertThat(compilation)
                .hadErrorContaining("[eventrecords:declaration] event 'OrderCreated' is declared" + " inside a method");
        assertThat(compilation)
                .hadErrorContaining("[eventrecords:mutable] 'OrderCreated' component 'lines' of type 'List<String>'");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void honoursSuppressWarningsOnALocalRecordsName() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                public final class Service {
                    @SuppressWarnings("eventrecords:past-tense")
                    void handle() {
                        @Event
                        record OrderCreation(String id) {}
                    }
                }
                """);

        assertThat(compilation)
                .hadErrorContaining(
                        "[eventrecords:declaration] event 'OrderCreation' is declared" + " inside a method");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void reportsOnlyTheDeclarationForAWellNamedGenericRecord() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                @Event
                public record ValueChangedMessage<T>(String id, T value) {}
                """);

        assertThat(compilation).hadErrorContaining("[eventrecords:declaration] event 'ValueChangedMessage' is generic");
        assertThat(compilation).hadErrorCount(1);
    }
}
