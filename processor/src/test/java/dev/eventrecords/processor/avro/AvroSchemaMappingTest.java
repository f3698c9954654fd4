package dev.eventrecords.processor.avro;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventrecords.processor.Compile;
import dev.eventrecords.processor.rules.Diagnostic;
import dev.eventrecords.processor.rules.RuleId;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/** What each part of a record becomes in its Avro schema ({@link AvroSchemas}), read back with Apache Avro's parser. */
class AvroSchemaMappingTest {

    private static final String PRICE = """
            package com.lib;

            public class Price {
                private final long cents;

                public Price(long cents) {
                    this.cents = cents;
                }

                public long cents() {
                    return cents;
                }
            }
            """;

    private static final String PRICE_CODEC = """
            package com.acme;

            import com.lib.Price;
            import dev.eventrecords.EventCodec;
            import dev.eventrecords.kafka.JsonCodec;
            import tools.jackson.core.JsonGenerator;
            import tools.jackson.core.JsonParser;
            import tools.jackson.core.JsonToken;

            @EventCodec
            public final class PriceCodec implements JsonCodec<Price> {
                public static final PriceCodec INSTANCE = new PriceCodec();

                private PriceCodec() {}

                @Override
                public void write(JsonGenerator out, Price value) {
                    if (value == null) {
                        out.writeNull();
                    } else {
                        out.writeNumber(value.cents());
                    }
                }

                @Override
                public Price read(JsonParser in) {
                    return in.currentToken() == JsonToken.VALUE_NULL ? null : new Price(in.getLongValue());
                }
            }
            """;

    @Test
    void theRecordIsNamedByTheEventTypeWhenThatIsAnAvroFullName() {
        AvroProbe.Result result = compile("""
                package com.acme.shop;

                import dev.eventrecords.Event;

                @Event(type = "com.acme.orders.OrderPlaced")
                public record OrderPlaced(String orderId) {}
                """);

        Schema schema = parse(result.text("com.acme.orders.OrderPlaced"));
        assertThat(schema.getFullName()).isEqualTo("com.acme.orders.OrderPlaced");
        assertThat(result.of("com.acme.orders.OrderPlaced").fullName()).isEqualTo("com.acme.orders.OrderPlaced");
    }

    @Test
    void aTypeThatIsNoAvroNameLeavesTheRecordNamedByItsClass() {
        AvroProbe.Result result = compile("""
                package com.acme.shop;

                import dev.eventrecords.Event;

                public final class Orders {
                    private Orders() {}

                    @Event(type = "com.acme.order-placed.v1")
                    public record Placed(String orderId, Line line) {}

                    public record Line(String sku) {}
                }
                """);

        Schema schema = parse(result.text("com.acme.order-placed.v1"));
        assertThat(schema.getFullName()).isEqualTo("com.acme.shop.Orders.Placed");
        assertThat(nonNull(schema.getField("line").schema()).getFullName()).isEqualTo("com.acme.shop.Orders.Line");
    }

    @Test
    void fieldsAreTheJsonPropertiesInJacksonsOrderUnderTheirJsonNamesWithTheirAliases() {
        AvroProbe.Result result = compile("""
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonAlias;
                import com.fasterxml.jackson.annotation.JsonIgnore;
                import com.fasterxml.jackson.annotation.JsonProperty;
                import com.fasterxml.jackson.annotation.JsonPropertyOrder;
                import dev.eventrecords.Event;

                @Event
                @JsonPropertyOrder({"total_cents", "orderId"})
                public record OrderPaid(
                        String orderId,
                        @JsonProperty("total_cents") @JsonAlias({"cents", "amount"}) long totalCents,
                        @JsonIgnore String secret) {}
                """);

        Schema schema = parse(result.text("com.acme.OrderPaid"));
        assertThat(schema.getFields()).extracting(Schema.Field::name).containsExactly("total_cents", "orderId");
        assertThat(schema.getField("total_cents").aliases()).containsExactlyInAnyOrder("cents", "amount");
        assertThat(schema.getField("total_cents").schema().getType()).isEqualTo(Schema.Type.LONG);
    }

    @Test
    void nullIsAllowedExactlyWhereTheSerializerCanWriteIt() {
        AvroProbe.Result result = compile("""
                package com.acme;

                import dev.eventrecords.Event;
                import java.util.List;
                import java.util.Map;
                import java.util.Objects;
                import java.util.Optional;
                import java.util.OptionalLong;

                @Event
                public record ParcelWeighed(
                        String parcelId,
                        String note,
                        int grams,
                        Integer boxed,
                        Optional<String> label,
                        OptionalLong tare,
                        List<String> copied,
                        List<String> kept,
                        Map<String, Optional<Integer>> byScale) {
                    public ParcelWeighed {
                        Objects.requireNonNull(parcelId, "parcelId");
                        copied = List.copyOf(copied);
                        kept = kept == null ? null : List.copyOf(kept);
                        byScale = byScale == null ? null : Map.copyOf(byScale);
                    }
                }
                """);

        Schema schema = parse(result.text("com.acme.ParcelWeighed"));
        assertThat(typeOf(schema, "parcelId")).isEqualTo("\"string\"");
        assertThat(typeOf(schema, "note")).isEqualTo("[\"null\",\"string\"]");
        assertThat(typeOf(schema, "grams")).isEqualTo("\"int\"");
        assertThat(typeOf(schema, "boxed")).isEqualTo("[\"null\",\"int\"]");
        assertThat(typeOf(schema, "label")).isEqualTo("[\"null\",\"string\"]");
        assertThat(typeOf(schema, "tare")).isEqualTo("[\"null\",\"long\"]");
        assertThat(typeOf(schema, "copied")).isEqualTo("{\"type\":\"array\",\"items\":\"string\"}");
        assertThat(typeOf(schema, "kept")).isEqualTo("[\"null\",{\"type\":\"array\",\"items\":[\"null\",\"string\"]}]");
        assertThat(typeOf(schema, "byScale")).isEqualTo("[\"null\",{\"type\":\"map\",\"values\":[\"null\",\"int\"]}]");
    }

    @Test
    void defaultsAreWhatTheJsonReaderTakesForAnAbsentProperty() {
        AvroProbe.Result result = compile("""
                package com.acme;

                import dev.eventrecords.Event;
                import java.util.List;
                import java.util.Map;
                import java.util.Objects;

                @Event
                public record StockCounted(
                        String sku, String shelf, int count, double ratio, boolean audited, List<String> bins,
                        Map<String, Integer> byBin) {
                    public StockCounted {
                        Objects.requireNonNull(sku, "sku");
                        bins = List.copyOf(bins);
                        byBin = Map.copyOf(byBin);
                    }
                }
                """);

        Schema schema = parse(result.text("com.acme.StockCounted"));
        assertThat(schema.getField("sku").hasDefaultValue()).isFalse();
        assertThat(schema.getField("shelf").defaultVal()).isEqualTo(org.apache.avro.JsonProperties.NULL_VALUE);
        assertThat(schema.getField("count").defaultVal()).isEqualTo(0);
        assertThat(schema.getField("ratio").defaultVal()).isEqualTo(0.0);
        assertThat(schema.getField("audited").defaultVal()).isEqualTo(false);
        assertThat(schema.getField("bins").defaultVal()).isEqualTo(List.of());
        assertThat(schema.getField("byBin").defaultVal()).isEqualTo(java.util.Map.of());
    }

    @Test
    void anEnumHasItsConstantsNamesAsSymbolsWhateverItsJsonTexts() {
        AvroProbe.Result result = compile("""
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonProperty;
                import dev.eventrecords.Event;
                import java.util.Map;
                import java.util.Objects;

                @Event
                public record TaskMoved(Status from, Status to, Map<Status, Integer> counts) {
                    public enum Status {
                        @JsonProperty("to-do") TODO,
                        IN_PROGRESS,
                        DONE;

                        @Override
                        public String toString() {
                            return name().toLowerCase(java.util.Locale.ROOT);
                        }
                    }

                    public TaskMoved {
                        Objects.requireNonNull(from, "from");
                        counts = Map.copyOf(counts);
                    }
                }
                """);

        Schema schema = parse(result.text("com.acme.TaskMoved"));
        Schema status = schema.getField("from").schema();
        assertThat(status.getType()).isEqualTo(Schema.Type.ENUM);
        assertThat(status.getFullName()).isEqualTo("com.acme.TaskMoved.Status");
        assertThat(status.getEnumSymbols()).containsExactly("TODO", "IN_PROGRESS", "DONE");
        // defined once, then referenced by name
        assertThat(nonNull(schema.getField("to").schema())).isSameAs(status);
        assertThat(schema.getField("counts").schema().getType()).isEqualTo(Schema.Type.MAP);
    }

    @Test
    void typesAvroHasNoFaithfulTypeForAreTheTextTheirJsonFormHolds() {
        AvroProbe.Result result = compile("""
                package com.acme;

                import dev.eventrecords.Event;
                import java.math.BigDecimal;
                import java.time.Duration;
                import java.time.OffsetDateTime;
                import java.util.Map;
                import java.util.UUID;

                @Event
                public record TripPriced(
                        BigDecimal fare, Duration took, OffsetDateTime at, Map<UUID, String> legs, char grade) {
                    public TripPriced {
                        legs = legs == null ? null : Map.copyOf(legs);
                    }
                }
                """);

        Schema schema = parse(result.text("com.acme.TripPriced"));
        assertThat(typeOf(schema, "fare")).isEqualTo("[\"null\",\"string\"]");
        assertThat(typeOf(schema, "took")).isEqualTo("[\"null\",\"string\"]");
        assertThat(typeOf(schema, "at")).isEqualTo("[\"null\",\"string\"]");
        assertThat(typeOf(schema, "legs")).isEqualTo("[\"null\",{\"type\":\"map\",\"values\":[\"null\",\"string\"]}]");
        assertThat(typeOf(schema, "grade")).isEqualTo("\"int\"");
    }

    @Test
    void anOptionalOfAnOptionalIsAnError() {
        AvroProbe.Result result = compile("""
                package com.acme;

                import dev.eventrecords.Event;
                import java.util.Optional;

                @Event
                public record NoteAdded(String noteId, Optional<Optional<String>> text) {}
                """);

        assertThat(problems(result, "com.acme.NoteAdded"))
                .containsExactly("event 'NoteAdded' component 'text' of type 'Optional<Optional<String>>' has no Avro"
                        + " form: 'Optional' of 'Optional' has two kinds of empty, which one Avro union cannot tell"
                        + " apart; use one 'Optional' or a record that says what each means");
        assertThat(result.of("com.acme.NoteAdded").problems().get(0).rule()).isEqualTo(RuleId.UNSUPPORTED_TYPE);
        assertThat(result.of("com.acme.NoteAdded").text()).isEmpty();
    }

    @Test
    void aTypeCarriedByAUsersCodecIsAnErrorWhereverItIs() {
        AvroProbe.Result result = AvroProbe.compile(
                List.of("-Aeventrecords.immutableTypes=com.lib.Price"), sources(PRICE, PRICE_CODEC, """
                        package com.acme;

                        import com.lib.Price;
                        import dev.eventrecords.Event;

                        @Event
                        public record OrderPriced(String orderId, Line line) {
                            public record Line(String sku, Price price) {}
                        }
                        """));

        assertThat(result.compilation()).succeeded();
        assertThat(problems(result, "com.acme.OrderPriced"))
                .containsExactly("event 'OrderPriced' record 'OrderPriced.Line' component 'price' of type 'Price' has"
                        + " no Avro form: 'Price' is carried by the codec 'PriceCodec', which writes JSON and has no"
                        + " Avro form; carry it as a record of supported types");
    }

    @Test
    void aConstantOrAnAliasThatIsNoAvroNameIsAnError() {
        AvroProbe.Result result = compile("""
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonAlias;
                import dev.eventrecords.Event;

                @Event
                public record MoodLogged(Mood mood, @JsonAlias("mood-note") String note) {
                    public enum Mood { HAPPY, MÜDE }
                }
                """);

        assertThat(problems(result, "com.acme.MoodLogged"))
                .containsExactly(
                        "event 'MoodLogged' component 'mood' of type 'MoodLogged.Mood' has no Avro form: the constant 'MÜDE' of"
                                + " enum 'MoodLogged.Mood' is not an Avro symbol, which is a letter or '_' followed by"
                                + " letters, digits and '_'; rename the constant",
                        "event 'MoodLogged' component 'note' of type 'String' has no Avro form: its '@JsonAlias' name"
                                + " 'mood-note' is not an Avro name, which is a letter or '_' followed by letters,"
                                + " digits and '_'; drop it or use 'mood_note'");
    }

    @Test
    void aJsonNameThatIsNoAvroNameIsAnErrorOnItsComponent() {
        AvroProbe.Result result = compile("""
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonProperty;
                import dev.eventrecords.Event;

                @Event
                public record UserRenamed(
                        String userId,
                        @JsonProperty("first-name") String firstName) {}
                """);

        List<Diagnostic> problems = result.of("com.acme.UserRenamed").problems();
        assertThat(AvroSchemasTest.messages(problems))
                .containsExactly("event 'UserRenamed' component 'firstName' of type 'String' has no Avro form: its"
                        + " JSON name 'first-name' is not an Avro name, which is a letter or '_' followed by letters,"
                        + " digits and '_'; give it an Avro name with '@JsonProperty(\"first_name\")'");
        assertThat(problems.get(0).element().getSimpleName().toString()).isEqualTo("firstName");
    }

    @Test
    void aRecordThatReachesTheEventAgainRefersToItByTheEventsName() {
        AvroProbe.Result result = compile("""
                package com.acme;

                import dev.eventrecords.Event;
                import java.util.List;
                import java.util.Optional;

                @Event(type = "com.acme.trees.TreeGrown")
                public record TreeGrown(String treeId, List<Branch> branches) {
                    public record Branch(String name, Optional<TreeGrown> graft) {}

                    public TreeGrown {
                        branches = List.copyOf(branches);
                    }
                }
                """);

        Schema schema = parse(result.text("com.acme.trees.TreeGrown"));
        Schema branch = schema.getField("branches").schema().getElementType();
        assertThat(branch.getFullName()).isEqualTo("com.acme.TreeGrown.Branch");
        assertThat(nonNull(branch.getField("graft").schema())).isSameAs(schema);
    }

    @Test
    void aNameTheEventsTypeTakesFromAnotherRecordIsAnError() {
        AvroProbe.Result result = compile("""
                package com.acme;

                import dev.eventrecords.Event;

                @Event(type = "com.acme.OrderPlaced.Line")
                public record OrderPlaced(String orderId, Line line) {
                    public record Line(String sku) {}
                }
                """);

        assertThat(problems(result, "com.acme.OrderPlaced.Line"))
                .containsExactly("event 'OrderPlaced' component 'line' of type 'OrderPlaced.Line' has no Avro form:"
                        + " 'OrderPlaced.Line' and 'OrderPlaced' would both be named 'com.acme.OrderPlaced.Line' in"
                        + " Avro, the event by its '@Event(type)'; give the event another type or rename"
                        + " 'OrderPlaced.Line'");
    }

    private static AvroProbe.Result compile(String... code) {
        AvroProbe.Result result = AvroProbe.compile(sources(code));
        assertThat(result.compilation()).succeeded();
        return result;
    }

    private static List<JavaFileObject> sources(String... code) {
        return Arrays.stream(code).map(Compile::source).toList();
    }

    private static List<String> problems(AvroProbe.Result result, String type) {
        return AvroSchemasTest.messages(result.of(type).problems());
    }

    private static Schema parse(String text) {
        return new Schema.Parser().parse(text);
    }

    private static String typeOf(Schema record, String field) {
        return record.getField(field).schema().toString();
    }

    /** The branch of a {@code ["null", T]} union that is not null. */
    private static Schema nonNull(Schema schema) {
        return schema.getType() == Schema.Type.UNION ? schema.getTypes().get(1) : schema;
    }
}
