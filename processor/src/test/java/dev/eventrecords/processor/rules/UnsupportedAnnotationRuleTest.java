package dev.eventrecords.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.eventrecords.processor.Compile;
import dev.eventrecords.processor.EventProcessor;
import dev.eventrecords.processor.immutability.MutabilityCompiler;
import dev.eventrecords.processor.immutability.WrappedEnvironments;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class UnsupportedAnnotationRuleTest {

    private static final String RULE = "[eventrecords:unsupported-annotation] ";

    @Test
    void rejectsJsonPropertyRequiredBecauseJacksonRefusesMessagesWithoutIt() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonProperty;
                import dev.eventrecords.Event;
                import dev.eventrecords.Key;

                @Event(topic = "orders")
                public record OrderPlaced(@Key @JsonProperty(value = "order_id", required = true) String orderId, String sku) {}
                """;
        Compilation compilation = Compile.sources(source);

        assertRuleErrors(compilation, 1);
        assertErrorAt(
                compilation,
                source,
                "@JsonProperty",
                RULE + "event 'OrderPlaced' component 'orderId' carries '@JsonProperty', which the generated serde"
                        + " does not apply: Jackson 3 fails the read of a message without a 'required' property, this"
                        + " serde reads it as absent, so it would read messages that Jackson 3 refuses; drop 'required'"
                        + " from '@JsonProperty' and check the value in the record's compact constructor");
    }

    @Test
    void rejectsTwoComponentsWithOneIndexBecauseJacksonLeavesOneOut() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonProperty;
                import dev.eventrecords.Event;

                @Event
                public record SeatsReserved(
                        @JsonProperty(index = 1) String venue, @JsonProperty(index = 1) String section, int seats) {}
                """;
        Compilation compilation = Compile.sources(source);

        assertRuleErrors(compilation, 1);
        assertErrorAt(
                compilation,
                source,
                "section,",
                RULE + "event 'SeatsReserved' component 'section' has '@JsonProperty(index = 1)', as component 'venue'"
                        + " has: Jackson 3 then leaves one of them out of the JSON; give each component an index of its"
                        + " own");
    }

    @Test
    void rejectsTwoComponentsThatTheirAnnotationsGiveOneName() {
        // Jackson 3 writes {"b":"..."} for both components here, and fails reading a renamed 'a' onto an ignored one
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonAlias;
                import com.fasterxml.jackson.annotation.JsonIgnore;
                import com.fasterxml.jackson.annotation.JsonProperty;
                import dev.eventrecords.Event;

                @Event(topic = "accounts")
                public record AccountOpened(
                        @JsonProperty("owner") String accountId,
                        String owner,
                        @JsonIgnore String secret,
                        @JsonAlias("secret") String pin) {}
                """;
        Compilation compilation = Compile.sources(source);

        assertRuleErrors(compilation, 2);
        assertErrorAt(
                compilation,
                source,
                "accountId,",
                RULE + "event 'AccountOpened' component 'accountId' is read or written as \"owner\", which is also"
                        + " the name of component 'owner': Jackson 3 refuses such a record, or merges the two into one"
                        + " property, so the bytes could differ from what Jackson 3 writes; give each component names"
                        + " of its own in '@JsonProperty' and '@JsonAlias'");
        assertErrorAt(
                compilation,
                source,
                "pin)",
                RULE + "event 'AccountOpened' component 'pin' is read or written as \"secret\", which is also the"
                        + " name of component 'secret'");
    }

    @Test
    void rejectsEveryAnnotationOfAComponentInOneCompile() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonFormat;
                import com.fasterxml.jackson.annotation.JsonInclude;
                import com.fasterxml.jackson.annotation.JsonProperty;
                import dev.eventrecords.Event;
                import java.time.Instant;

                @Event
                public record ParcelScanned(
                        @JsonProperty(value = "parcel_id", required = true) String parcelId,
                        @JsonFormat(shape = JsonFormat.Shape.OBJECT) Instant scannedAt,
                        @JsonInclude(JsonInclude.Include.NON_DEFAULT) String depot) {}
                """;
        Compilation compilation = Compile.sources(source);

        assertRuleErrors(compilation, 3);
        assertErrorAt(
                compilation,
                source,
                "@JsonProperty(",
                RULE + "event 'ParcelScanned' component 'parcelId' carries '@JsonProperty', which the generated serde"
                        + " does not apply: Jackson 3 fails the read of a message without a 'required' property");
        assertErrorAt(
                compilation,
                source,
                ".OBJECT",
                RULE + "event 'ParcelScanned' component 'scannedAt' carries '@JsonFormat', which the generated serde"
                        + " does not apply: Jackson 3 writes a 'Instant' with 'shape = OBJECT' in a form this serde"
                        + " does not carry");
        assertErrorAt(
                compilation,
                source,
                "@JsonInclude(",
                RULE + "event 'ParcelScanned' component 'depot' carries '@JsonInclude', which the generated serde does"
                        + " not apply: Jackson 3 leaves out the values it selects, this serde applies only 'value'"
                        + " ALWAYS, NON_NULL, NON_ABSENT, NON_EMPTY or USE_DEFAULTS");
    }

    @Test
    void rejectsDatabindSerializerAnnotationsOnAComponent() {
        String source = """
                package com.acme;

                import dev.eventrecords.Event;
                import tools.jackson.databind.annotation.JsonDeserialize;
                import tools.jackson.databind.annotation.JsonSerialize;
                import tools.jackson.databind.ser.std.ToStringSerializer;

                @Event
                public record TicketSold(
                        @JsonSerialize(using = ToStringSerializer.class) long price,
                        @JsonDeserialize(as = String.class) CharSequence seat) {}
                """;
        Compilation compilation = Compile.sources(source);

        assertErrorAt(
                compilation,
                source,
                "@JsonSerialize",
                RULE + "event 'TicketSold' component 'price' carries '@JsonSerialize', which the generated serde does"
                        + " not apply: Jackson 3 writes the value through the serializer, converter or type it names");
        assertErrorAt(
                compilation,
                source,
                "@JsonDeserialize",
                RULE + "event 'TicketSold' component 'seat' carries '@JsonDeserialize', which the generated serde does"
                        + " not apply: Jackson 3 reads the value through the deserializer, converter or type it"
                        + " names");
    }

    @Test
    void rejectsAnAnnotationThatOnlyTheAccessorCarriesOnTheComponentsName() {
        // @JsonGetter's @Target is METHOD: written on a component, it lands on the implicit accessor only, where
        // javac 17 cannot position a message, so it is reported on the component's name
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonGetter;
                import dev.eventrecords.Event;

                @Event
                public record BadgeIssued(@JsonGetter("badge_id") String badgeId) {}
                """;
        Compilation compilation = Compile.sources(source);

        assertRuleErrors(compilation, 1);
        assertErrorAt(
                compilation,
                source,
                "badgeId)",
                RULE + "event 'BadgeIssued' component 'badgeId' carries '@JsonGetter', which the generated serde does"
                        + " not apply: Jackson 3 changes which members it writes and reads as properties");
    }

    @Test
    void rejectsAnnotationsOnAnExplicitAccessorAndConstructor() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonCreator;
                import com.fasterxml.jackson.annotation.JsonProperty;
                import dev.eventrecords.Event;

                @Event
                public record SeatBooked(String seat, int row) {
                    @JsonCreator
                    public SeatBooked(String seat, @JsonProperty("row_number") int row) {
                        this.seat = seat.trim();
                        this.row = row;
                    }

                    @Override
                    @JsonProperty("seat_code")
                    public String seat() {
                        return seat;
                    }
                }
                """;
        Compilation compilation = Compile.sources(source);

        assertRuleErrors(compilation, 3);
        assertErrorAt(
                compilation,
                source,
                "@JsonCreator\n",
                RULE + "event 'SeatBooked' constructor 'SeatBooked(String, int)' carries '@JsonCreator', which the"
                        + " generated serde does not apply: Jackson 3 reads 'SeatBooked' through the annotated"
                        + " constructor or factory, this serde through the canonical constructor");
        assertErrorAt(
                compilation,
                source,
                "@JsonProperty(\"row_number\")",
                RULE + "event 'SeatBooked' component 'row' carries '@JsonProperty', which the generated serde applies"
                        + " only written on the component: Jackson 3 merges what the field, the accessor and the"
                        + " constructor parameter carry, this serde reads the component's annotations, so the bytes"
                        + " could differ from what Jackson 3 writes; write '@JsonProperty' on the component 'row' in the"
                        + " record header instead");
        assertErrorAt(
                compilation,
                source,
                "@JsonProperty(\"seat_code\")",
                RULE + "event 'SeatBooked' accessor 'seat()' carries '@JsonProperty', which the generated serde applies"
                        + " only written on the component");
    }

    @Test
    void rejectsAnnotationsWhenTheCompilerOffersNoSyntaxTrees() {
        // without trees an explicit accessor cannot be told from the implicit one: its annotations are taken as the
        // component's, and every Jackson annotation is still refused
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonRawValue;
                import com.fasterxml.jackson.annotation.JsonUnwrapped;
                import dev.eventrecords.Event;

                @Event
                public record NoteAdded(@JsonUnwrapped String author, String text) {
                    @Override
                    @JsonRawValue
                    public String text() {
                        return text;
                    }
                }
                """;
        Compilation compilation = MutabilityCompiler.compile(
                new WrappedEnvironments.WrappingProcessor(new EventProcessor(), WrappedEnvironments.Opaque::new),
                List.of(),
                Compile.source(source));

        assertRuleErrors(compilation, 2);
        assertErrorAt(
                compilation,
                source,
                "@JsonUnwrapped String",
                RULE + "event 'NoteAdded' component 'author' carries '@JsonUnwrapped'");
        assertErrorAt(
                compilation, source, "text) {", RULE + "event 'NoteAdded' component 'text' carries '@JsonRawValue'");
    }

    @Test
    void rejectsAnnotationsOnAFactoryMethodAndItsParameters() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonCreator;
                import com.fasterxml.jackson.annotation.JsonProperty;
                import dev.eventrecords.Event;

                @Event
                public record GiftWrapped(String orderId, String paper) {
                    @JsonCreator
                    public static GiftWrapped of(@JsonProperty("order") String orderId) {
                        return new GiftWrapped(orderId, "plain");
                    }
                }
                """;
        Compilation compilation = Compile.sources(source);

        assertRuleErrors(compilation, 2);
        assertErrorAt(
                compilation,
                source,
                "@JsonCreator",
                RULE + "event 'GiftWrapped' method 'of(String)' carries '@JsonCreator', which the generated serde does"
                        + " not apply: Jackson 3 reads 'GiftWrapped' through the annotated constructor or factory, this"
                        + " serde through the canonical constructor, so it would read what Jackson 3 writes"
                        + " differently; remove '@JsonCreator' and put checks and conversions in the record's compact"
                        + " constructor");
        assertErrorAt(
                compilation,
                source,
                "@JsonProperty",
                RULE + "event 'GiftWrapped' method 'of(String)' parameter 'orderId' carries '@JsonProperty'");
    }

    @Test
    void rejectsAnnotationsOnTheEventRecord() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
                import com.fasterxml.jackson.annotation.JsonProperty;
                import dev.eventrecords.Event;
                import tools.jackson.databind.PropertyNamingStrategies;
                import tools.jackson.databind.annotation.JsonNaming;

                @Event
                @JsonNaming(CustomerRegistered.Shouting.class)
                @JsonIgnoreProperties({"firstName", "nickname"})
                public record CustomerRegistered(@JsonProperty("nickname") String firstName, String lastName) {
                    public static final class Shouting extends PropertyNamingStrategies.NamingBase {
                        private static final long serialVersionUID = 1L;

                        @Override
                        public String translate(String name) {
                            return name.toUpperCase(java.util.Locale.ROOT);
                        }
                    }
                }
                """;
        Compilation compilation = Compile.sources(source);

        assertRuleErrors(compilation, 3);
        assertErrorAt(
                compilation,
                source,
                "@JsonNaming",
                RULE + "event 'CustomerRegistered' carries '@JsonNaming', which the generated serde does not apply:"
                        + " Jackson 3 renames every property of 'CustomerRegistered' with the naming strategy it names,"
                        + " which is none of Jackson's standard strategies that this serde applies; name one of"
                        + " 'PropertyNamingStrategies.LowerCamelCaseStrategy',"
                        + " 'PropertyNamingStrategies.UpperCamelCaseStrategy', 'PropertyNamingStrategies.SnakeCaseStrategy',"
                        + " 'PropertyNamingStrategies.UpperSnakeCaseStrategy', 'PropertyNamingStrategies.LowerCaseStrategy',"
                        + " 'PropertyNamingStrategies.KebabCaseStrategy', 'PropertyNamingStrategies.LowerDotCaseStrategy',"
                        + " or remove '@JsonNaming' and name the components as the JSON properties are named");
        assertErrorAt(
                compilation,
                source,
                "@JsonIgnoreProperties",
                RULE + "event 'CustomerRegistered' carries '@JsonIgnoreProperties' with \"firstName\", which"
                        + " component 'firstName' is renamed from or to: Jackson 3 applies such a name in ways that"
                        + " depend on how the component is renamed, so the bytes could differ from what Jackson 3"
                        + " writes; use '@JsonIgnore' on component 'firstName' instead");
        assertErrorAt(
                compilation,
                source,
                "@JsonIgnoreProperties",
                RULE + "event 'CustomerRegistered' carries '@JsonIgnoreProperties' with \"nickname\"");
    }

    @Test
    void rejectsPolymorphismAnnotationsOnTheEvent() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonTypeInfo;
                import dev.eventrecords.Event;

                @Event
                @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
                public record RefundIssued(String refundId) {}
                """;
        Compilation compilation = Compile.sources(source);

        assertErrorAt(
                compilation,
                source,
                "@JsonTypeInfo",
                RULE + "event 'RefundIssued' carries '@JsonTypeInfo', which the generated serde does not apply: Jackson"
                        + " 3 writes and expects a type id in the JSON where it sits, and this serde carries type ids"
                        + " only as '@JsonTypeInfo' and '@JsonSubTypes' on a sealed interface and '@JsonTypeName' on"
                        + " its records and enums give them, so the bytes would differ from what Jackson 3 writes;"
                        + " remove '@JsonTypeInfo', and declare the component as a sealed interface that carries"
                        + " '@JsonTypeInfo'");
    }

    @Test
    void rejectsAnnotationsOnANestedRecord() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonInclude;
                import dev.eventrecords.Event;

                @Event
                public record AddressChanged(String customerId, AddressChanged.Address address) {
                    @JsonInclude(value = JsonInclude.Include.NON_EMPTY, content = JsonInclude.Include.NON_NULL)
                    public record Address(String street, String city) {}
                }
                """;
        Compilation compilation = Compile.sources(source);

        assertErrorAt(
                compilation,
                source,
                "@JsonInclude",
                RULE + "record 'AddressChanged.Address' in event 'AddressChanged' carries '@JsonInclude', which the"
                        + " generated serde does not apply: Jackson 3 leaves out the values it selects, this serde"
                        + " applies only 'value' ALWAYS, NON_NULL, NON_ABSENT, NON_EMPTY or USE_DEFAULTS, without"
                        + " 'content' or filters, so the bytes would differ from what Jackson 3 writes; use one of"
                        + " those, or remove '@JsonInclude': every component is then written, null as null");
    }

    @Test
    void rejectsNonEmptyForATypeWhoseEmptinessIsUnknown() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonInclude;
                import dev.eventrecords.Bytes;
                import dev.eventrecords.Event;

                @Event
                @JsonInclude(JsonInclude.Include.NON_EMPTY)
                public record BlobStored(String name, Bytes content) {}
                """;
        Compilation compilation = Compile.sources(source);

        assertRuleErrors(compilation, 1);
        assertErrorAt(
                compilation,
                source,
                "content)",
                RULE + "event 'BlobStored' component 'content' of type 'Bytes' is written with"
                        + " '@JsonInclude(NON_EMPTY)', on it or on its record: Jackson 3 leaves its value out when its"
                        + " serializer calls it empty, which this serde does not know for 'Bytes'; use 'NON_NULL' or"
                        + " 'NON_ABSENT' for it, with '@JsonInclude' on the component");
    }

    @Test
    void rejectsJsonPropertyWithMoreThanANameOnAnEnumConstant() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonProperty;
                import dev.eventrecords.Event;

                @Event
                public record OrderPaid(String orderId, OrderPaid.Status status) {
                    public enum Status {
                        @JsonProperty(value = "new", required = true) NEW,
                        PAID
                    }
                }
                """;
        Compilation compilation = Compile.sources(source);

        assertRuleErrors(compilation, 1);
        assertErrorAt(
                compilation,
                source,
                "@JsonProperty",
                RULE + "enum 'OrderPaid.Status' in event 'OrderPaid' constant 'NEW' carries '@JsonProperty', which the"
                        + " generated serde does not apply: Jackson 3 applies more than its name to the constant, this"
                        + " serde only the name; keep only the name: '@JsonProperty(\"...\")'");
    }

    /** Jackson writes an enum map key as it writes the enum's values, so the enum's annotations count there too. */
    @Test
    void honoursJsonPropertyOnAnEnumUsedOnlyAsAMapKey() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonProperty;
                import dev.eventrecords.Event;
                import java.util.Map;

                @Event
                public record OrdersTallied(Map<OrdersTallied.Status, Integer> counts) {
                    public OrdersTallied {
                        counts = Map.copyOf(counts);
                    }

                    public enum Status {
                        @JsonProperty("new") NEW,
                        PAID
                    }
                }
                """;
        Compilation compilation = Compile.sources(source);

        // Jackson 3 writes and reads an enum key by the constant's @JsonProperty text too, and so does the key codec.
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("com.acme.OrdersTalliedSerde")
                .contentsAsUtf8String()
                .containsMatch("MapKeys\\.enumOf\\(OrdersTallied\\.Status\\.class,\\s+\"NEW\",\\s+\"new\"\\)");
    }

    @Test
    void rejectsAnnotationsOnAnEnumAndItsMethods() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonCreator;
                import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
                import com.fasterxml.jackson.annotation.JsonFormat;
                import com.fasterxml.jackson.annotation.JsonValue;
                import dev.eventrecords.Event;

                @Event
                public record LevelReached(String playerId, LevelReached.Level level) {
                    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
                    public enum Level {
                        BRONZE,
                        @JsonEnumDefaultValue
                        SILVER;

                        @JsonValue
                        public String code() {
                            return name().toLowerCase(java.util.Locale.ROOT);
                        }

                        @JsonCreator
                        public static Level of(String code) {
                            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
                        }
                    }
                }
                """;
        Compilation compilation = Compile.sources(source);

        // @JsonEnumDefaultValue on a constant and @JsonValue on a public String method are honoured
        assertRuleErrors(compilation, 2);
        assertErrorAt(
                compilation,
                source,
                "@JsonFormat",
                RULE + "enum 'LevelReached.Level' in event 'LevelReached' carries '@JsonFormat', which the generated"
                        + " serde does not apply");
        assertErrorAt(
                compilation,
                source,
                "@JsonCreator\n",
                RULE + "enum 'LevelReached.Level' in event 'LevelReached' method 'of(String)' carries '@JsonCreator',"
                        + " which the generated serde does not apply: Jackson 3 reads enum 'LevelReached.Level' through"
                        + " the annotated factory or constructor, this serde by the constants' names, so it would read"
                        + " what Jackson 3 writes differently; remove '@JsonCreator'; an enum is read by its constants'"
                        + " names, or by the text of a '@JsonValue' method such as '@JsonValue public String"
                        + " code()'");
    }

    @Test
    void rejectsAnnotationsOnRecordsAndEnumsReachedThroughContainersAtAnyDepth() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonAlias;
                import com.fasterxml.jackson.annotation.JsonRawValue;
                import com.fasterxml.jackson.annotation.JsonUnwrapped;
                import dev.eventrecords.Event;
                import java.util.List;
                import java.util.Map;
                import java.util.Optional;
                import java.util.Set;

                @Event
                public record CartCheckedOut(String cartId, List<CartCheckedOut.Line> lines) {
                    public CartCheckedOut {
                        lines = List.copyOf(lines);
                    }

                    public record Line(String sku, Optional<Detail> detail) {}

                    public record Detail(Map<String, Colour> colours, Set<Tag> tags) {
                        public Detail {
                            colours = Map.copyOf(colours);
                            tags = Set.copyOf(tags);
                        }
                    }

                    public record Tag(@JsonUnwrapped Label label, @JsonRawValue String note) {}

                    public record Label(String text) {}

                    public enum Colour {
                        @JsonAlias("red") RED
                    }
                }
                """;
        Compilation compilation = Compile.sources(source);

        assertRuleErrors(compilation, 3);
        assertErrorAt(
                compilation,
                source,
                "@JsonUnwrapped",
                RULE + "record 'CartCheckedOut.Tag' in event 'CartCheckedOut' component 'label' carries"
                        + " '@JsonUnwrapped', which the generated serde does not apply: Jackson 3 writes the value's"
                        + " properties into the enclosing object, this serde writes it as a nested object");
        assertErrorAt(
                compilation,
                source,
                "@JsonRawValue String",
                RULE + "record 'CartCheckedOut.Tag' in event 'CartCheckedOut' component 'note' carries"
                        + " '@JsonRawValue'");
        assertErrorAt(
                compilation,
                source,
                "@JsonAlias(\"red\")",
                RULE + "enum 'CartCheckedOut.Colour' in event 'CartCheckedOut' constant 'RED' carries"
                        + " '@JsonAlias'");
    }

    @Test
    void rejectsAnnotationsOnAnInterfaceTheEventImplements() {
        // Jackson 3 reads an implemented interface's annotations, and those of the interface methods a record
        // overrides, as if they were written on the record
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
                import com.fasterxml.jackson.annotation.JsonProperty;
                import dev.eventrecords.Event;

                public final class Billing {
                    @JsonIgnoreProperties({"total"})
                    public interface Invoiced {
                        @JsonProperty("invoice_id")
                        String invoiceId();
                    }

                    @Event
                    public record InvoicePaid(String invoiceId, long total) implements Invoiced {}
                }
                """;
        Compilation compilation = Compile.sources(source);

        assertRuleErrors(compilation, 2);
        assertErrorAt(
                compilation,
                source,
                "@JsonIgnoreProperties",
                RULE + "interface 'Billing.Invoiced' of event 'InvoicePaid' carries '@JsonIgnoreProperties'");
        assertErrorAt(
                compilation,
                source,
                "@JsonProperty",
                RULE + "interface 'Billing.Invoiced' of event 'InvoicePaid' method 'invoiceId()' carries"
                        + " '@JsonProperty'");
    }

    @Test
    void rejectsAUserAnnotationThatBundlesJacksonAnnotations() {
        String ids = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
                import com.fasterxml.jackson.annotation.JsonInclude;
                import com.fasterxml.jackson.annotation.JsonProperty;
                import java.lang.annotation.Retention;
                import java.lang.annotation.RetentionPolicy;

                @Retention(RetentionPolicy.RUNTIME)
                @JacksonAnnotationsInside
                @JsonProperty("id")
                @JsonInclude(JsonInclude.Include.NON_NULL)
                public @interface WireId {}
                """;
        String source = """
                package com.acme;

                import dev.eventrecords.Event;

                @Event
                public record CouponRedeemed(@WireId String couponId, String customerId) {}
                """;
        Compilation compilation = Compile.sources(ids, source);

        assertRuleErrors(compilation, 1);
        assertErrorAt(
                compilation,
                source,
                "@WireId",
                RULE + "event 'CouponRedeemed' component 'couponId' carries '@WireId', which bundles the Jackson"
                        + " annotations '@JsonProperty', '@JsonInclude' through '@JacksonAnnotationsInside', and the"
                        + " generated serde does not apply them: Jackson 3 applies them as if written here, so the"
                        + " bytes would differ from what Jackson 3 writes; remove '@WireId' and write what it stands"
                        + " for without Jackson annotations");
    }

    @Test
    void rejectsAnAnnotationJacksonAddsLaterByItsPackage() {
        // any annotation of Jackson's packages is refused, with the general advice when it has no advice of its own
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonPropertyDescription;
                import dev.eventrecords.Event;

                @Event
                public record FeedbackLeft(@JsonPropertyDescription("stars, 1 to 5") int stars) {}
                """;
        Compilation compilation = Compile.sources(source);

        assertErrorAt(
                compilation,
                source,
                "@JsonPropertyDescription",
                RULE + "event 'FeedbackLeft' component 'stars' carries '@JsonPropertyDescription', which the generated"
                        + " serde does not apply: Jackson 3 applies it when it writes or reads JSON, so the bytes this"
                        + " serde writes could differ from what Jackson 3 writes; remove '@JsonPropertyDescription';"
                        + " the JSON of a record is exactly its components, under their names, in declaration order");
    }

    @Test
    void acceptsRecordsWithoutJacksonAnnotations() {
        String annotations = """
                package com.acme.meta;

                import java.lang.annotation.ElementType;
                import java.lang.annotation.Retention;
                import java.lang.annotation.RetentionPolicy;
                import java.lang.annotation.Target;

                public final class Markers {
                    private Markers() {}

                    @Retention(RetentionPolicy.RUNTIME)
                    @Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
                    public @interface JsonProperty {
                        String value() default "";
                    }

                    @Retention(RetentionPolicy.RUNTIME)
                    public @interface Audited {}
                }
                """;
        String source = """
                package com.acme;

                import com.acme.meta.Markers.Audited;
                import com.acme.meta.Markers.JsonProperty;
                import dev.eventrecords.Event;
                import dev.eventrecords.EventTime;
                import dev.eventrecords.Key;
                import java.time.Instant;

                @Event
                @Audited
                public record StockReplenished(
                        @Key @JsonProperty("sku_code") String sku,
                        @Audited int quantity,
                        @EventTime Instant at,
                        StockReplenished.Bin bin) {
                    @Audited
                    public record Bin(@Audited String aisle, Shelf shelf) {}

                    public enum Shelf {
                        @Audited TOP,
                        BOTTOM
                    }
                }
                """;
        // no processor claims the user's own annotations, which -Xlint:processing would report
        Compilation compilation = Compile.withOptions(List.of("-Xlint:-processing"), annotations, source);

        assertThat(compilation).succeededWithoutWarnings();
    }

    /** Asserts the number of errors of this rule. */
    private static void assertRuleErrors(Compilation compilation, int count) {
        List<String> errors = compilation.errors().stream()
                .map(d -> d.getMessage(Locale.ROOT))
                .filter(m -> m.startsWith(RULE))
                .collect(Collectors.toList());
        if (errors.size() != count) {
            throw new AssertionError(
                    "expected " + count + " unsupported-annotation errors but got:\n" + all(compilation));
        }
    }

    /**
     * Asserts that exactly one error starts with {@code text}, and that javac points it at the one place in
     * {@code source} where {@code at} is written.
     */
    private static void assertErrorAt(Compilation compilation, String source, String at, String text) {
        int index = source.indexOf(at);
        if (index < 0 || source.indexOf(at, index + 1) >= 0) {
            throw new IllegalArgumentException("'" + at + "' is not written exactly once in the source");
        }
        long line = source.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
        long column = index - source.lastIndexOf('\n', index - 1);
        List<Diagnostic<? extends JavaFileObject>> matching = compilation.errors().stream()
                .filter(d -> d.getMessage(Locale.ROOT).startsWith(text))
                .collect(Collectors.toList());
        if (matching.size() != 1
                || matching.get(0).getLineNumber() != line
                || matching.get(0).getColumnNumber() != column) {
            throw new AssertionError("expected one error at " + line + ":" + column + " starting with\n  " + text
                    + "\nbut got:\n" + all(compilation));
        }
    }

    private static String all(Compilation compilation) {
        return compilation.diagnostics().stream()
                .map(d -> "  " + d.getKind() + " " + d.getLineNumber() + ":" + d.getColumnNumber() + ": "
                        + d.getMessage(Locale.ROOT))
                .collect(Collectors.joining("\n"));
    }
}
