package dev.eventrecords.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.eventrecords.processor.Compile;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/** The past-tense rule through the real processor: message, rule id, line, options and suppression. */
class PastTenseRuleTest {

    private static final String CREATE_USER = """
            package com.acme;

            import dev.eventrecords.Event;
            import dev.eventrecords.Key;

            @Event
            public record CreateUser(@Key String userId, String email) {}
            """;

    private static List<String> pastTense(Compilation compilation, Diagnostic.Kind kind) {
        return compilation.diagnostics().stream()
                .filter(d -> d.getKind() == kind)
                .map(d -> d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                .filter(m -> m.contains("[eventrecords:past-tense]"))
                .toList();
    }

    @Test
    void rejectsImperativeOnTheRecordWithRuleIdReasonAndSuggestion() {
        Compilation compilation = Compile.sources(CREATE_USER);

        assertThat(compilation).failed();
        Compile.assertError(
                compilation,
                "[eventrecords:past-tense] event 'CreateUser' is not named in the past tense: 'Create' is an"
                        + " imperative; events record what happened. Did you mean 'UserCreated'?",
                7);
    }

    @Test
    void acceptsPastTenseName() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;
                import dev.eventrecords.Key;

                @Event
                public record ItemAddedToCart(@Key String cartId, String itemId) {}
                """);

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void acceptsNestedEventNamedByItsPredicate() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;
                import dev.eventrecords.Key;

                public final class AccountEvent {
                    private AccountEvent() {}

                    @Event
                    public record Withdrawn(@Key String accountId, long cents) {}
                }
                """);

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void rejectsNominalizationWithSuggestion() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                @Event
                public record UserRegistration(String userId) {}
                """);

        Compile.assertError(
                compilation,
                "[eventrecords:past-tense] event 'UserRegistration' is not named in the past tense: 'Registration' is"
                        + " a noun naming an action; events record what happened. Did you mean 'UserRegistered'?",
                6);
    }

    @Test
    void warnsInsteadWhenNamingIsWarn() {
        Compilation compilation = Compile.withOptions(List.of("-Aeventrecords.naming=warn"), CREATE_USER);

        assertThat(compilation).succeeded();
        assertThat(pastTense(compilation, Diagnostic.Kind.WARNING))
                .containsExactly("7: [eventrecords:past-tense] event 'CreateUser' is not named in the past tense:"
                        + " 'Create' is an imperative; events record what happened. Did you mean 'UserCreated'?");
    }

    @Test
    void reportsNothingWhenNamingIsOff() {
        Compilation compilation = Compile.withOptions(List.of("-Aeventrecords.naming=off"), CREATE_USER);

        assertThat(compilation).succeeded();
        assertThat(pastTense(compilation, Diagnostic.Kind.WARNING)).isEmpty();
        assertThat(pastTense(compilation, Diagnostic.Kind.ERROR)).isEmpty();
    }

    @Test
    void rejectsUnknownNamingValueListingTheValidOnes() {
        Compilation compilation = Compile.withOptions(List.of("-Aeventrecords.naming=loud"), CREATE_USER);

        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining(
                        "[eventrecords:options] option 'eventrecords.naming' has unknown value 'loud'; valid values are 'error',"
                                + " 'warn', 'off'");
    }

    @Test
    void acceptsExtraPastFormsFromTheVerbsOption() {
        String source = """
                package com.acme;

                import dev.eventrecords.Event;

                @Event
                public record PackageYote(String packageId) {}
                """;

        assertThat(pastTense(Compile.sources(source), Diagnostic.Kind.ERROR)).hasSize(1);
        assertThat(Compile.withOptions(List.of("-Aeventrecords.verbs=yeeted, yote"), source))
                .succeededWithoutWarnings();
    }

    @Test
    void honoursSuppressWarnings() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                @Event
                @SuppressWarnings("eventrecords:past-tense")
                public record CreateUser(String userId) {}
                """);

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void acceptsNameWithRoleWordAndVersionTag() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;
                import dev.eventrecords.Key;

                @Event
                public record ReviewSubmittedMessageV2(@Key String reviewId) {}
                """);

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void rejectsImperativeWithRoleWordKeepingTheRoleWordInTheSuggestion() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                @Event
                public record CreateOrderMessage(String orderId) {}
                """);

        Compile.assertError(
                compilation,
                "[eventrecords:past-tense] event 'CreateOrderMessage' is not named in the past tense: 'Create' is an"
                        + " imperative; events record what happened. Did you mean 'OrderCreatedMessage'?",
                6);
    }

    @Test
    void offersNoNameForACommand() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                @Event
                public record PlaceOrderCommand(String orderId) {}
                """);

        Compile.assertError(
                compilation,
                "[eventrecords:past-tense] event 'PlaceOrderCommand' is not named in the past tense: 'Command' says"
                        + " the type is a command; events record what happened.",
                6);
    }

    @Test
    void readsANameThatReadsTwoWaysByTheComponentThatNamesItsSubject() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                @Event
                public record OrderPlace(String orderId, long cents) {}
                """);

        Compile.assertError(
                compilation,
                "[eventrecords:past-tense] event 'OrderPlace' is not named in the past tense: 'Place' is a verb's"
                        + " base form, not its past; events record what happened. Did you mean 'OrderPlaced'?",
                6);
    }
}
