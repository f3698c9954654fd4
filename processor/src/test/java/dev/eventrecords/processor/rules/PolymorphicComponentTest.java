package dev.eventrecords.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.eventrecords.processor.Compile;
import org.junit.jupiter.api.Test;

/**
 * Components typed by a sealed interface: carried when Jackson 3 writes a type id it can read back, refused with the
 * reason and the fix otherwise.
 */
class PolymorphicComponentTest {

    private static final String HEAD = "[eventrecords:unsupported-type] event 'PaymentReceived' component 'payment' of"
            + " type 'Payment' cannot be carried as JSON: ";

    /** The event, with a {@code Payment} component, and {@code Payment} as given. */
    private static Compilation compile(String payment) {
        return Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                @Event
                public record PaymentReceived(String id, Payment payment) {}
                """, "package com.acme;\n\nimport com.fasterxml.jackson.annotation.*;\n\n" + payment);
    }

    @Test
    void carriesASealedInterfaceWithATypeId() {
        Compilation compilation = compile("""
                @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "method")
                @JsonSubTypes({
                    @JsonSubTypes.Type(value = Payment.Card.class, name = "card"),
                    @JsonSubTypes.Type(value = Payment.Cash.class, names = {"cash", "coins"}),
                    @JsonSubTypes.Type(Payment.Coupon.class),
                    @JsonSubTypes.Type(Payment.Voucher.Gift.class)
                })
                public sealed interface Payment {
                    record Card(String number) implements Payment {}
                    record Cash(long cents) implements Payment {}
                    enum Coupon implements Payment { GIFT }
                    sealed interface Voucher extends Payment {
                        @JsonTypeName("gift") record Gift(String code) implements Voucher {}
                    }
                }
                """);

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void carriesEveryInclusionAndSimpleNames() {
        for (String include : new String[] {"PROPERTY", "WRAPPER_OBJECT", "WRAPPER_ARRAY"}) {
            for (String use : new String[] {"NAME", "SIMPLE_NAME"}) {
                Compilation compilation = compile("@JsonTypeInfo(use = JsonTypeInfo.Id." + use
                        + ", include = JsonTypeInfo.As." + include + ")\n"
                        + "public sealed interface Payment { record Card(String number) implements Payment {} }\n");
                assertThat(compilation).succeededWithoutWarnings();
            }
        }
    }

    @Test
    void refusesASealedInterfaceWithoutTypeInfoShowingTheAnnotationToAdd() {
        Compilation compilation =
                compile("public sealed interface Payment { record Card(String number) implements Payment {} }\n");

        Compile.assertError(
                compilation,
                HEAD
                        + "Jackson 3 writes a value of sealed interface 'Payment' as its record's object alone, with no type"
                        + " id, and cannot read it back; add '@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property ="
                        + " \"type\")' to 'Payment'",
                6);
    }

    @Test
    void stillRefusesAnInterfaceThatIsNotSealed() {
        Compilation compilation = compile("@JsonTypeInfo(use = JsonTypeInfo.Id.NAME)\npublic interface Payment {}\n");

        assertThat(compilation)
                .hadErrorContaining(HEAD + "'Payment' is an interface, so the serde cannot know which class to create");
    }

    @Test
    void refusesClassNamesOnTheWire() {
        for (String use : new String[] {"CLASS", "MINIMAL_CLASS"}) {
            Compilation compilation = compile("@JsonTypeInfo(use = JsonTypeInfo.Id." + use + ")\n"
                    + "public sealed interface Payment { record Card(String number) implements Payment {} }\n");

            assertThat(compilation)
                    .hadErrorContaining(HEAD + "'@JsonTypeInfo(use = " + use + ")' on 'Payment' puts Java class names"
                            + " on the wire, and a reader loads the class a message names; use '@JsonTypeInfo(use ="
                            + " JsonTypeInfo.Id.NAME, property = \"type\")', whose ids are looked up among the permitted"
                            + " subtypes only");
        }
    }

    @Test
    void refusesDeductionAndNone() {
        Compilation deduction = compile("@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)\n"
                + "public sealed interface Payment { record Card(String number) implements Payment {} }\n");
        Compilation none = compile("@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)\n"
                + "public sealed interface Payment { record Card(String number) implements Payment {} }\n");

        assertThat(deduction)
                .hadErrorContaining(HEAD + "'@JsonTypeInfo(use = DEDUCTION)' on 'Payment' writes no type id and makes"
                        + " Jackson 3 guess the variant from the properties present, which this serde does not do; use"
                        + " '@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = \"type\")'");
        assertThat(none)
                .hadErrorContaining(HEAD + "'@JsonTypeInfo(use = NONE)' on 'Payment' writes no type id, so Jackson 3"
                        + " cannot read a value of 'Payment' back");
    }

    @Test
    void refusesExternalPropertyAndADefaultImplementation() {
        Compilation external =
                compile("@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXTERNAL_PROPERTY)\n"
                        + "public sealed interface Payment { record Card(String number) implements Payment {} }\n");
        Compilation defaultImpl =
                compile("@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, defaultImpl = Payment.Card.class)\n"
                        + "public sealed interface Payment { record Card(String number) implements Payment {} }\n");

        assertThat(external)
                .hadErrorContaining(HEAD + "'@JsonTypeInfo(include = EXTERNAL_PROPERTY)' on 'Payment' is not carried;"
                        + " use 'PROPERTY', 'EXISTING_PROPERTY', 'WRAPPER_OBJECT' or 'WRAPPER_ARRAY'");
        assertThat(defaultImpl)
                .hadErrorContaining(
                        HEAD + "'@JsonTypeInfo' on 'Payment' sets 'defaultImpl', which changes how Jackson 3"
                                + " reads a missing or unknown type id, and this serde refuses both; remove 'defaultImpl'");
    }

    @Test
    void refusesSubTypesThatLeaveAVariantOut() {
        Compilation compilation = compile("""
                @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
                @JsonSubTypes(@JsonSubTypes.Type(value = Payment.Card.class, name = "card"))
                public sealed interface Payment {
                    record Card(String number) implements Payment {}
                    record Cash(long cents) implements Payment {}
                }
                """);

        assertThat(compilation)
                .hadErrorContaining(HEAD + "'@JsonSubTypes' on 'Payment' does not list 'Payment.Cash', so Jackson 3"
                        + " writes it with a type id it then cannot read; add '@JsonSubTypes.Type(Cash.class)' to it");
    }

    @Test
    void refusesTwoVariantsWithOneTypeId() {
        Compilation compilation = compile("""
                @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
                public sealed interface Payment {
                    @JsonTypeName("x") record Card(String number) implements Payment {}
                    @JsonTypeName("x") record Cash(long cents) implements Payment {}
                }
                """);

        assertThat(compilation)
                .hadErrorContaining(HEAD + "'Payment.Card' and 'Payment.Cash' both have type id \"x\", so Jackson 3"
                        + " reads one of them as the other; give each its own name");
    }

    @Test
    void refusesAPropertyTypeIdThatAComponentIsWrittenAs() {
        Compilation compilation = compile("""
                @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
                public sealed interface Payment {
                    record Card(String type, String number) implements Payment {}
                }
                """);

        assertThat(compilation)
                .hadErrorContaining(HEAD + "'Payment.Card' component 'type' is written as \"type\", the type id's"
                        + " property, and Jackson 3 refuses to write such a record; use 'include ="
                        + " JsonTypeInfo.As.EXISTING_PROPERTY' with 'visible = true'");
    }

    @Test
    void refusesAnExistingPropertyThatIsHiddenMissingOrNotAString() {
        Compilation hidden = compile("""
                @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type")
                public sealed interface Payment { record Card(String type) implements Payment {} }
                """);
        Compilation missing = compile("""
                @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY,
                        property = "type", visible = true)
                public sealed interface Payment { record Card(String number) implements Payment {} }
                """);
        Compilation number = compile("""
                @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY,
                        property = "type", visible = true)
                public sealed interface Payment { record Card(int type) implements Payment {} }
                """);

        assertThat(hidden)
                .hadErrorContaining(HEAD + "with '@JsonTypeInfo(include = EXISTING_PROPERTY)' on 'Payment' Jackson 3"
                        + " reads the type id from \"type\" and hides it from the variant, whose component then reads"
                        + " as null, so a value does not read back equal; add 'visible = true'");
        assertThat(missing)
                .hadErrorContaining(HEAD + "'Payment.Card' has no component written as \"type\", so with 'include ="
                        + " EXISTING_PROPERTY' Jackson 3 writes it with no type id and cannot read it back; give it a"
                        + " 'String type' component that holds its type id");
        assertThat(number)
                .hadErrorContaining(HEAD + "'Payment.Card' component 'type' holds the type id \"type\" but is of type"
                        + " 'int'; make it a 'String'");
    }

    @Test
    void refusesAPermittedClass() {
        Compilation compilation = compile("""
                @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
                public sealed interface Payment permits Payment.Card {
                    final class Card implements Payment {}
                }
                """);

        assertThat(compilation)
                .hadErrorContaining(
                        HEAD + "'Payment' permits 'Payment.Card', which is a class, so the serde cannot know"
                                + " its JSON form; permit only records, enums and sealed interfaces");
    }

    @Test
    void refusesAVariantDeclaredAsItself() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                @Event
                public record PaymentReceived(String id, Payment.Card card) {}
                """, """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonTypeInfo;

                @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
                public sealed interface Payment { record Card(String number) implements Payment {} }
                """);

        Compile.assertError(
                compilation,
                "[eventrecords:unsupported-type] event 'PaymentReceived' component 'card' of type 'Payment.Card' cannot"
                        + " be carried as JSON: 'Payment.Card' inherits '@JsonTypeInfo' from 'Payment', so Jackson 3"
                        + " writes a type id in a 'Payment.Card' wherever it is, which this serde writes only for a"
                        + " component declared as the sealed interface; declare the component as 'Payment'",
                6);
    }

    @Test
    void refusesAnEventThatInheritsTypeInfo() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                @Event
                public record PaymentReceived(String id) implements Paid {}
                """, """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonTypeInfo;

                @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
                public sealed interface Paid permits PaymentReceived {}
                """);

        assertThat(compilation)
                .hadErrorContaining("[eventrecords:unsupported-annotation] event 'PaymentReceived' inherits"
                        + " '@JsonTypeInfo' from 'Paid', so Jackson 3 writes a type id in it, which its serde does not"
                        + " write");
    }

    @Test
    void refusesATypeNameOutsideASealedInterface() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonTypeName;
                import dev.eventrecords.Event;

                @Event
                public record PaymentReceived(String id, Card card) {
                    @JsonTypeName("card") public record Card(String number) {}
                }
                """);

        assertThat(compilation)
                .hadErrorContaining("[eventrecords:unsupported-annotation] record 'PaymentReceived.Card' in event"
                        + " 'PaymentReceived' carries '@JsonTypeName', which the generated serde does not apply");
    }

    @Test
    void checksEveryVariantForMutability() {
        Compilation compilation = compile("""
                @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
                public sealed interface Payment {
                    record Card(String number) implements Payment {}
                    record Split(java.util.List<String> payers) implements Payment {}
                }
                """);

        assertThat(compilation)
                .hadErrorContaining("[eventrecords:mutable] 'PaymentReceived' component 'payment' of type"
                        + " 'Payment': permitted subtype 'Split' of 'Payment': component 'payers' of 'Split' of type"
                        + " 'List<String>' is not copied: add 'payers = List.copyOf(payers);' to a compact"
                        + " constructor");
    }

    @Test
    void refusesTypeInfoOnTwoInterfacesOfTheHierarchy() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                @Event
                public record PaymentReceived(String id, Payment payment) {}
                """, """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonTypeInfo;

                @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
                public sealed interface Payment extends Tender { record Card(String number) implements Payment {} }
                """, """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonTypeInfo;

                @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
                public sealed interface Tender permits Payment {}
                """);

        assertThat(compilation)
                .hadErrorContaining(HEAD + "both 'Payment' and 'Tender' carry '@JsonTypeInfo'; keep it on one");
    }

    @Test
    void refusesSubTypesThatNameASealedInterfaceOrSitElsewhere() {
        Compilation listed = compile("""
                @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
                @JsonSubTypes(@JsonSubTypes.Type(Payment.Voucher.class))
                public sealed interface Payment {
                    sealed interface Voucher extends Payment { record Gift(String code) implements Voucher {} }
                }
                """);
        Compilation elsewhere = compile("""
                @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
                public sealed interface Payment {
                    @JsonSubTypes(@JsonSubTypes.Type(Voucher.Gift.class))
                    sealed interface Voucher extends Payment { record Gift(String code) implements Voucher {} }
                }
                """);

        assertThat(listed)
                .hadErrorContaining(HEAD + "'@JsonSubTypes' on 'Payment' lists 'Payment.Voucher', which is not a record"
                        + " or enum that 'Payment' permits; list the records and enums themselves");
        assertThat(elsewhere)
                .hadErrorContaining(HEAD + "'@JsonSubTypes' on 'Payment.Voucher' is not carried; list every variant in"
                        + " '@JsonSubTypes' on 'Payment', beside its '@JsonTypeInfo'");
    }

    @Test
    void refusesAGenericSealedInterface() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                @Event
                public record PaymentReceived(String id, Payment<String> payment) {}
                """, """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonTypeInfo;

                @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
                public sealed interface Payment<T> { record Card(String number) implements Payment<String> {} }
                """);

        assertThat(compilation)
                .hadErrorContaining("cannot be carried as JSON: generic sealed interfaces are not supported; give"
                        + " 'Payment' no type parameters");
    }
}
