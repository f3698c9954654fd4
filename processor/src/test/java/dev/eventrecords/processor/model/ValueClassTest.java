package dev.eventrecords.processor.model;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.eventrecords.processor.Compile;
import dev.eventrecords.processor.GeneratedCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Final classes that are not records: a properties class read through its {@code @JsonCreator} and a single-value
 * class written through {@code @JsonValue} compile and get a codec (the examples module's
 * {@code PaymentCapturedDifferentialTest} proves the bytes against Jackson 3); a mutable class keeps the mutability
 * error, and every form Jackson 3 could not read back, or that the serde does not carry, is an error saying why and
 * what to write.
 */
class ValueClassTest {

    private static final String UNSUPPORTED = "[eventrecords:unsupported-type] event 'PaymentTaken' component ";

    /** The event, with {@code body} inside it: the value classes under test. */
    private static Compilation compile(String components, String body) {
        return Compile.sources("""
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonCreator;
                import com.fasterxml.jackson.annotation.JsonProperty;
                import com.fasterxml.jackson.annotation.JsonValue;
                import dev.eventrecords.Event;
                import java.math.BigDecimal;
                import java.util.List;
                import java.util.UUID;

                @Event
                public record PaymentTaken(%s) {
                    public PaymentTaken {
                        refs = refs == null ? null : List.copyOf(refs);
                    }
                %s
                }
                """.formatted(components, body.contains("class PaymentId") ? body : body + PAYMENT_ID));
    }

    private static final String MONEY = """
                public static final class Money {
                    private final BigDecimal amount;
                    private final String currency;

                    @JsonCreator
                    public Money(@JsonProperty("amount") BigDecimal amount, @JsonProperty("currency") String currency) {
                        this.amount = amount;
                        this.currency = currency;
                    }

                    public BigDecimal getAmount() {
                        return amount;
                    }

                    public String getCurrency() {
                        return currency;
                    }
                }
            """;

    private static final String PAYMENT_ID = """
                public static final class PaymentId {
                    private final UUID value;

                    private PaymentId(UUID value) {
                        this.value = value;
                    }

                    @JsonCreator
                    public static PaymentId of(UUID value) {
                        return new PaymentId(value);
                    }

                    @JsonValue
                    public UUID value() {
                        return value;
                    }
                }
            """;

    @Test
    void carriesAPropertiesClassThroughItsCreatorAndASingleValueClassThroughJsonValue() {
        Compilation compilation = compile("String id, Money total, List<PaymentId> refs", MONEY + PAYMENT_ID);

        assertThat(compilation).succeededWithoutWarnings();
        String money = generated(compilation, "com.acme.PaymentTaken_MoneyJsonCodec");
        assertThat(GeneratedCodec.written(money)).contains("amount");
        assertThat(money)
                .contains("value.getAmount()")
                .contains("value.getCurrency()")
                .contains("return new PaymentTaken.Money(amount, currency);");
        assertThat(generated(compilation, "com.acme.PaymentTaken_PaymentIdJsonCodec"))
                .contains("Scalars.writeUuid(out, value.value());")
                .contains("return PaymentTaken.PaymentId.of(read);")
                .doesNotContain("writeStartObject");
    }

    @Test
    void aMutableClassKeepsTheMutabilityError() {
        Compilation compilation = compile(
                "String id, Money total, List<PaymentId> refs",
                MONEY.replace("private final String", "private String"));

        Compile.assertError(compilation, "[eventrecords:mutable] 'PaymentTaken' component 'total' of type 'Money'", 12);
    }

    @Test
    void aClassWithoutACreatorSaysWhichCreatorToAdd() {
        Compilation compilation = compile(
                "String id, Money total",
                MONEY.replace("@JsonCreator\n", "")
                        .replace("@JsonProperty(\"amount\") ", "")
                        .replace("@JsonProperty(\"currency\") ", ""));

        Compile.assertError(
                compilation,
                UNSUPPORTED
                        + "'total' of type 'PaymentTaken.Money' cannot be carried as JSON: 'com.acme.PaymentTaken.Money' is not"
                        + " a record, an enum or a supported value type, and not a value class the serde carries:"
                        + " Jackson 3 writes 'Money' through its getters but cannot read it back: it has no"
                        + " '@JsonCreator'; add a '@JsonCreator' constructor or static factory whose parameters carry"
                        + " the names of its properties, as in '@JsonCreator public Money(@JsonProperty(\"amount\")"
                        + " BigDecimal amount, @JsonProperty(\"currency\") String currency)'",
                12);
    }

    @Test
    void aCreatorWithoutPropertyNamesIsRefused() {
        Compilation compilation = compile(
                "String id, Money total, List<PaymentId> refs", MONEY.replace("@JsonProperty(\"currency\") ", ""));

        Compile.assertError(
                compilation,
                UNSUPPORTED
                        + "'total' of type 'PaymentTaken.Money' cannot be carried as JSON: 'com.acme.PaymentTaken.Money' is not"
                        + " a record, an enum or a supported value type, and not a value class the serde carries:"
                        + " parameter 'currency' of its '@JsonCreator' has no '@JsonProperty' name, so Jackson 3"
                        + " cannot read 'Money' from the object it writes; name each parameter after the property it reads, as in"
                        + " '@JsonCreator public Money(@JsonProperty(\"amount\") BigDecimal amount,"
                        + " @JsonProperty(\"currency\") String currency)'",
                12);
    }

    @Test
    void aClassWithoutPropertiesIsRefused() {
        Compilation compilation = compile("String id, Token token, List<PaymentId> refs", """
                    public static final class Token {
                        private final String text;

                        @JsonCreator
                        public Token(@JsonProperty("text") String text) {
                            this.text = text;
                        }
                    }
                """);

        Compile.assertError(
                compilation,
                UNSUPPORTED
                        + "'token' of type 'PaymentTaken.Token' cannot be carried as JSON: 'com.acme.PaymentTaken.Token' is not"
                        + " a record, an enum or a supported value type, and not a value class the serde carries:"
                        + " Jackson 3 finds no property in 'Token' and writes it as '{}': it has no public getter",
                12);
    }

    @Test
    void aCreatorParameterWithoutAGetterIsRefused() {
        Compilation compilation = compile(
                "String id, Money total", MONEY.replace("public String getCurrency()", "public String currency()"));

        Compile.assertError(
                compilation,
                "parameter 'currency' of its '@JsonCreator' reads property 'currency', which Jackson 3 does not write:"
                        + " 'Money' has no public getter 'getCurrency()'; add it, or name the parameter after one of"
                        + " 'amount'",
                12);
    }

    @Test
    void aGetterTheCreatorDoesNotReadIsRefused() {
        Compilation compilation = compile(
                "String id, Money total",
                MONEY.replace(
                        "public String getCurrency() {",
                        "public boolean isSmall() {\n return false;\n }\n" + " public String getCurrency() {"));

        Compile.assertError(
                compilation,
                "Jackson 3 writes getter 'isSmall()' of 'Money' as property 'small', which its '@JsonCreator' does"
                        + " not read; add a parameter '@JsonProperty(\"small\")', or rename the method",
                12);
    }

    @Test
    void jacksonAnnotationsOnFieldsSettersAndSuperclassesAreRefused() {
        Compilation field = compile(
                "String id, Money total",
                MONEY.replace(
                        "private final String currency;", "@JsonProperty(\"ccy\") private final String currency;"));
        Compile.assertError(
                field,
                "'Money' field 'currency' carries '@JsonProperty', which the serde does not apply to a value class;"
                        + " remove it",
                12);

        Compilation setter = compile(
                "String id, Money total",
                MONEY.replace(
                        "public String getCurrency() {",
                        "public void setScale(int scale) {\n }\n" + " public String getCurrency() {"));
        Compile.assertError(setter, "'Money' has method 'setScale', which Jackson 3 takes as a setter", 12);

        Compilation superclass = compile(
                "String id, Money total",
                MONEY.replace("public static final class Money {", "public static final class Money extends Base {")
                        + " public static class Base {}\n");
        Compile.assertError(
                superclass, "'Money' extends 'Base', and Jackson 3 also writes the properties it inherits", 12);
    }

    @Test
    void aDefaultGetterFromAnInterfaceIsRefused() {
        Compilation compilation = compile(
                "String id, Money total, List<PaymentId> refs",
                MONEY.replace(
                                "public static final class Money {",
                                "public static final class Money implements Labelled {")
                        + " public interface Labelled {\n default String getLabel() {\n return \"\";\n }\n }\n");

        Compile.assertError(
                compilation,
                "'Money' inherits default method 'getLabel()' from 'Labelled', which Jackson 3 writes as a property;"
                        + " rename it",
                12);
    }

    @Test
    void aSingleValueClassWithoutADelegatingCreatorIsRefused() {
        Compilation compilation = compile("String id, List<PaymentId> refs", PAYMENT_ID.replace("@JsonCreator\n", ""));

        Compile.assertError(
                compilation,
                "Jackson 3 writes 'PaymentId' as what 'value()' returns but cannot read it back: it has no"
                        + " '@JsonCreator'; add a '@JsonCreator' constructor or static factory that takes the 'UUID'"
                        + " 'value()' returns, as in '@JsonCreator public PaymentId(UUID value)'",
                12);
    }

    @Test
    void aCollectionInAValueClassIsCarriedWhenEveryConstructorCopiesIt() {
        String tags = """
                    public static final class Tags {
                        private final List<String> names;

                        @JsonCreator
                        public Tags(@JsonProperty("names") List<String> names) {
                            this.names = %s;
                        }

                        public List<String> getNames() {
                            return names;
                        }
                    }
                """;
        assertThat(compile("String id, Tags tags, List<PaymentId> refs", tags.formatted("List.copyOf(names)")))
                .succeededWithoutWarnings();

        Compilation kept = compile("String id, Tags tags, List<PaymentId> refs", tags.formatted("names"));
        Compile.assertError(
                kept,
                "[eventrecords:mutable] 'PaymentTaken' component 'tags' of type 'Tags': field 'names' of 'Tags' of type"
                        + " 'List<String>' is not copied in constructor 'Tags(List<String>)': assign 'this.names ="
                        + " List.copyOf(...)' of the argument in every constructor",
                12);
        assertThat(kept.errors()).hasSize(1);
    }

    @Test
    void everyConstructorMustCopyTheCollection() {
        String tags = """
                    public static final class Tags {
                        private final List<String> names;

                        @JsonCreator
                        public Tags(@JsonProperty("names") List<String> names) {
                            this.names = names == null ? List.of() : List.copyOf(names);
                        }

                        public Tags(String name, int times) {
                            %s
                        }

                        public List<String> getNames() {
                            return names;
                        }
                    }
                """;
        assertThat(compile(
                        "String id, Tags tags, List<PaymentId> refs",
                        tags.formatted("this(java.util.Collections.nCopies(times, name));")))
                .succeededWithoutWarnings();

        Compilation second = compile(
                "String id, Tags tags, List<PaymentId> refs",
                tags.formatted("names = new java.util.ArrayList<>(java.util.Collections.nCopies(times, name));"));
        Compile.assertError(
                second,
                "field 'names' of 'Tags' of type 'List<String>' is not copied in constructor 'Tags(String, int)':"
                        + " assign 'this.names = List.copyOf(...)' of the argument in every constructor",
                12);
    }

    @Test
    void aValueClassMayBeTheKey() {
        Compilation compilation =
                compile("@dev.eventrecords.Key PaymentId id, Money total, List<PaymentId> refs", MONEY + PAYMENT_ID);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generated(compilation, "com.acme.PaymentTakenTopic")).contains("PaymentId");
    }

    @Test
    void aValueClassIsNotAMapKey() {
        Compilation compilation =
                compile("String id, java.util.Map<PaymentId, String> names, List<PaymentId> refs", "");

        Compile.assertError(
                compilation,
                "cannot be carried as JSON: a value class ('PaymentTaken.PaymentId') is not carried as a map key",
                12);
    }

    private static String generated(Compilation compilation, String name) {
        JavaFileObject file = compilation.generatedSourceFile(name).orElseThrow();
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
