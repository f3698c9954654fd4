package dev.eventrecords.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.eventrecords.processor.Compile;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/** The vague-name warning through the real processor. */
class VagueNameRuleTest {

    private static final String USER_UPDATED = """
            package com.acme;

            import dev.eventrecords.Event;

            @Event
            public record UserUpdated(String userId, String name) {}
            """;

    private static final String MESSAGE = "[eventrecords:vague-name] event 'UserUpdated' has a vague name: 'Updated'"
            + " says that 'User' changed but not what or how; name the attribute and the effect, such as"
            + " 'UserNameChanged'";

    private static List<String> vague(Compilation compilation, Diagnostic.Kind kind) {
        return compilation.diagnostics().stream()
                .filter(d -> d.getKind() == kind)
                .map(d -> d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                .filter(m -> m.contains("[eventrecords:vague-name]"))
                .toList();
    }

    @Test
    void warnsOnEntityAndGenericVerb() {
        Compilation compilation = Compile.sources(USER_UPDATED);

        assertThat(compilation).succeeded();
        assertThat(vague(compilation, Diagnostic.Kind.WARNING)).containsExactly("6: " + MESSAGE);
    }

    @Test
    void derivesTheExampleFromTheEventsOwnComponentsAndOffersNoneWhenItHasNoAttribute() {
        Compilation compilation = Compile.sources("""
                package com.acme;
                import dev.eventrecords.Event;
                import dev.eventrecords.Key;
                @Event
                public record OrderUpdated(@Key String orderId, String orderStatus) {}
                """, """
                package com.acme;
                import dev.eventrecords.Event;
                @Event
                public record AccountModified(String accountId) {}
                """);
        assertThat(vague(compilation, Diagnostic.Kind.WARNING))
                .containsExactlyInAnyOrder(
                        "5: [eventrecords:vague-name] event 'OrderUpdated' has a vague name: 'Updated' says that"
                                + " 'Order' changed but not what or how; name the attribute and the effect, such as"
                                + " 'OrderStatusChanged'",
                        "4: [eventrecords:vague-name] event 'AccountModified' has a vague name: 'Modified' says that"
                                + " 'Account' changed but not what or how; name the attribute and the effect");
    }

    @Test
    void staysSilentWhenTheNameNamesTheAttributeTheEventCarries() {
        Compilation compilation = Compile.sources("""
                package com.acme;
                import dev.eventrecords.Event;
                import java.math.BigDecimal;
                @Event
                public record PriceChanged(String sku, BigDecimal newPrice) {}
                """);
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void acceptsNameOfAttributeAndEffect() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                @Event
                public record UserAddressChanged(String userId, String address) {}
                """);

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void failsTheBuildWhenVagueNamesIsError() {
        Compilation compilation = Compile.withOptions(List.of("-Aeventrecords.vagueNames=error"), USER_UPDATED);

        assertThat(compilation).failed();
        Compile.assertError(compilation, MESSAGE, 6);
    }

    @Test
    void reportsNothingWhenVagueNamesIsOff() {
        Compilation compilation = Compile.withOptions(List.of("-Aeventrecords.vagueNames=off"), USER_UPDATED);

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void rejectsUnknownVagueNamesValueListingTheValidOnes() {
        Compilation compilation = Compile.withOptions(List.of("-Aeventrecords.vagueNames=maybe"), USER_UPDATED);

        assertThat(compilation)
                .hadErrorContaining("option 'eventrecords.vagueNames' has unknown value 'maybe'; valid values are"
                        + " 'warn', 'error', 'off'");
    }

    @Test
    void honoursSuppressWarnings() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                @Event
                @SuppressWarnings("eventrecords:vague-name")
                public record UserUpdated(String userId) {}
                """);

        assertThat(compilation).succeededWithoutWarnings();
    }
}
