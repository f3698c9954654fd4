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
}
