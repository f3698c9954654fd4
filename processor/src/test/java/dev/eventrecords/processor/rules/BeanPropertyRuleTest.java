package dev.eventrecords.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.eventrecords.processor.Compile;
import org.junit.jupiter.api.Test;

class BeanPropertyRuleTest {

    @Test
    void rejectsGetterThatJacksonWouldWriteAsAnExtraProperty() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;
                import java.math.BigDecimal;

                @Event
                public record PriceQuoted(String sku, BigDecimal amount) {
                    public boolean isFree() {
                        return amount.signum() == 0;
                    }
                }
                """);

        Compile.assertError(
                compilation,
                "[eventrecords:declaration] event 'PriceQuoted' has method 'isFree()', which Jackson writes as a"
                        + " property 'free' although it is not a component",
                8);
    }

    @Test
    void rejectsGetterOnANestedRecord() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                @Event
                public record OrderPlaced(String id, Line line) {
                    public record Line(String sku, int quantity) {
                        public String getLabel() {
                            return sku + " x" + quantity;
                        }
                    }
                }
                """);

        Compile.assertError(
                compilation,
                "[eventrecords:declaration] record 'OrderPlaced.Line' in event 'OrderPlaced' has method"
                        + " 'getLabel()', which Jackson writes as a property 'label'",
                8);
    }

    @Test
    void acceptsMethodsJacksonDoesNotWrite() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                @Event
                public record OrderShipped(String id, boolean express, String getaway) {
                    public String label() {
                        return id;
                    }

                    public String isbn() {
                        return id;
                    }

                    public static String getDefault() {
                        return "x";
                    }

                    String getHidden() {
                        return id;
                    }

                    public String getById(String other) {
                        return other;
                    }

                    public void getNothing() {}
                }
                """);

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void rejectsDefaultGetterInheritedFromASuperinterface() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                public final class Audit {
                    public interface Sourced {
                        default String getSource() {
                            return "billing";
                        }
                    }

                    public interface Audited extends Sourced {}

                    @Event
                    public record InvoiceIssued(String id) implements Audited {}
                }
                """);

        assertThat(compilation).hadErrorCount(1);
        Compile.assertError(
                compilation,
                "[eventrecords:declaration] event 'InvoiceIssued' inherits method 'getSource()' from 'Sourced', which"
                        + " Jackson writes as a property 'source' although it is not a component: the value would"
                        + " differ from what Jackson writes and consumers would see a field this serde neither writes"
                        + " nor reads; rename it so it does not start with 'get' or 'is' (as in 'source()'), or make it"
                        + " a component",
                15);
    }

    @Test
    void rejectsInheritedIsGetterReturningBoxedBoolean() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                public final class Flags {
                    public interface Flagged {
                        default Boolean isUrgent() {
                            return Boolean.TRUE;
                        }
                    }

                    @Event
                    public record TicketRaised(String id) implements Flagged {}
                }
                """);

        Compile.assertError(
                compilation,
                "[eventrecords:declaration] event 'TicketRaised' inherits method 'isUrgent()' from 'Flagged', which"
                        + " Jackson writes as a property 'urgent'",
                13);
    }

    @Test
    void acceptsInheritedMethodsJacksonDoesNotWrite() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                public final class Labels {
                    public interface Labelled {
                        String id();

                        default String label() {
                            return "order " + id();
                        }

                        default String getPrefixed(String prefix) {
                            return prefix + id();
                        }

                        default void getNothing() {}

                        static String getDefault() {
                            return "x";
                        }
                    }

                    public interface Sourced {
                        default String getSource() {
                            return "billing";
                        }
                    }

                    @Event
                    public record OrderLabelled(String id, String source) implements Labelled, Sourced {}
                }
                """);

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void acceptsADerivedGetterThatJacksonIgnores() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonIgnore;
                import dev.eventrecords.Event;

                @Event
                public record OrderRiskAssessed(String orderId, int score) {
                    @JsonIgnore
                    public boolean isRisky() {
                        return score > 80;
                    }

                    @JsonIgnore
                    public String getLabel() {
                        return orderId + ":" + score;
                    }
                }
                """);

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void refusesADerivedGetterThatJacksonWritesDespiteItsJsonIgnore() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonIgnore;
                import dev.eventrecords.Event;

                @Event
                public record OrderRiskAssessed(String orderId, int score) {
                    @JsonIgnore(false)
                    public boolean isRisky() {
                        return score > 80;
                    }
                }
                """);

        Compile.assertError(
                compilation,
                "[eventrecords:declaration] event 'OrderRiskAssessed' has method 'isRisky()', which Jackson writes as"
                        + " a property 'risky' although it is not a component",
                9);
    }

    @Test
    void refusesAnIgnoredGetterThatJacksonCouldTakeForAComponent() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonIgnore;
                import dev.eventrecords.Event;

                @Event
                public record LinkShared(String id, String url) {
                    @JsonIgnore
                    public String getURL() {
                        return url.toUpperCase(java.util.Locale.ROOT);
                    }
                }
                """);

        Compile.assertError(
                compilation,
                "[eventrecords:declaration] event 'LinkShared' has method 'getURL()', which Jackson writes as a"
                        + " property 'URL'",
                9);
    }
}
