package dev.eventrecords.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The polymorphic codec on its own, with a hand-written record codec: the bytes Jackson 3 writes, and the refusals,
 * each naming the type id. The examples' differential tests prove it against Jackson on generated codecs.
 */
class PolymorphicCodecTest {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "method")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Card.class, name = "card"),
        @JsonSubTypes.Type(value = Coupon.class, name = "coupon")
    })
    sealed interface Payment permits Card, Coupon {}

    record Card(String number) implements Payment {}

    enum Coupon implements Payment {
        GIFT
    }

    /** What a generated codec does for {@code Card}, in short. */
    private static final JsonCodec<Card> CARD = new JsonCodec<>() {
        @Override
        public void write(JsonGenerator out, Card value) {
            out.writeStartObject();
            out.writeName("number");
            out.writeString(value.number());
            out.writeEndObject();
        }

        @Override
        public Card read(JsonParser in) {
            if (!Json.startObject(in)) {
                return null;
            }
            String number = null;
            for (JsonToken t = in.nextToken(); t == JsonToken.PROPERTY_NAME; t = in.nextToken()) {
                String name = in.currentName();
                in.nextToken();
                if (name.equals("number")) {
                    number = Json.readString(in);
                } else {
                    in.skipChildren();
                }
            }
            return new Card(number);
        }
    };

    private static final JsonMapper JACKSON = JsonMapper.builder().build();

    private static PolymorphicCodec<Payment> codec(PolymorphicCodec.Inclusion inclusion) {
        return PolymorphicCodec.builder(Payment.class, inclusion, "method", false)
                .record(Card.class, CARD, "card")
                .enumeration(Coupon.class, Codecs.enumOf(Coupon.class), "coupon")
                .build();
    }

    private static final PolymorphicCodec<Payment> PAYMENTS = codec(PolymorphicCodec.Inclusion.PROPERTY);

    private static Payment read(String json) {
        return Json.fromBytes(PAYMENTS, json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesARecordWithItsTypeIdFirstAndAnEnumAsAnArrayAsJackson3Does() {
        for (Payment p : new Payment[] {new Card("4242"), Coupon.GIFT}) {
            assertThat(new String(Json.toBytes(PAYMENTS, p), StandardCharsets.UTF_8))
                    .isEqualTo(JACKSON.writerFor(Payment.class).writeValueAsString(p));
        }
        assertThat(new String(Json.toBytes(PAYMENTS, new Card("4242")), StandardCharsets.UTF_8))
                .isEqualTo("{\"method\":\"card\",\"number\":\"4242\"}");
    }

    @Test
    void writesTheWrapperForms() {
        assertThat(new String(
                        Json.toBytes(codec(PolymorphicCodec.Inclusion.WRAPPER_OBJECT), new Card("1")),
                        StandardCharsets.UTF_8))
                .isEqualTo("{\"card\":{\"number\":\"1\"}}");
        assertThat(new String(
                        Json.toBytes(codec(PolymorphicCodec.Inclusion.WRAPPER_ARRAY), Coupon.GIFT),
                        StandardCharsets.UTF_8))
                .isEqualTo("[\"coupon\",\"GIFT\"]");
    }

    @Test
    void readsTheTypeIdWhereverItIs() {
        assertThat(read("{\"method\":\"card\",\"number\":\"1\"}")).isEqualTo(new Card("1"));
        assertThat(read("{\"number\":\"1\",\"method\":\"card\"}")).isEqualTo(new Card("1"));
        assertThat(read("{\"method\":null,\"number\":\"1\",\"method\":\"card\"}"))
                .isEqualTo(new Card("1"));
        assertThat(read("[\"card\",{\"number\":\"1\"}]")).isEqualTo(new Card("1"));
        assertThat(read("[\"coupon\",\"GIFT\"]")).isEqualTo(Coupon.GIFT);
        assertThat(read("[\"card\"]")).isNull();
        assertThat(read("null")).isNull();
    }

    @Test
    void refusesAnUnknownTypeIdNamingItAndTheKnownOnes() {
        assertThatThrownBy(() -> read("{\"method\":\"java.lang.Runtime\"}"))
                .isInstanceOf(EventReadException.class)
                .hasMessageContaining(
                        "unknown type id 'java.lang.Runtime' of 'Payment'; the known ids are 'card'," + " 'coupon'");
    }

    @Test
    void refusesAMissingTypeId() {
        assertThatThrownBy(() -> read("{\"number\":\"1\"}"))
                .isInstanceOf(EventReadException.class)
                .hasMessageContaining("missing type id property 'method' of 'Payment'");
        assertThatThrownBy(() -> read("\"card\""))
                .isInstanceOf(EventReadException.class)
                .hasMessageContaining("missing type id property 'method' of 'Payment'");
    }

    @Test
    void refusesWhatJackson3RefusesAroundTheId() {
        assertThatThrownBy(() -> read("[\"card\",null]")).isInstanceOf(EventReadException.class);
        assertThatThrownBy(() -> read("[\"card\",{},1]")).isInstanceOf(EventReadException.class);
        assertThatThrownBy(() -> read("{\"method\":\"coupon\"}"))
                .isInstanceOf(EventReadException.class)
                .hasMessageContaining("names an enum");
    }

    @Test
    void refusesTwoVariantsWithOneId() {
        assertThatThrownBy(
                        () -> PolymorphicCodec.builder(Payment.class, PolymorphicCodec.Inclusion.PROPERTY, "m", false)
                                .record(Card.class, CARD, "x")
                                .enumeration(Coupon.class, Codecs.enumOf(Coupon.class), "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Checked against Jackson 3.3: its buffer holds an integer read before the id as a number, a decimal as text. */
    @Test
    void readsNumbersBeforeTheTypeIdAsJackson3BuffersThem() {
        assertThat(read("{\"method\":\"card\",\"number\":-0}")).isEqualTo(new Card("-0"));
        assertThat(read("{\"number\":-0,\"method\":\"card\"}")).isEqualTo(new Card("0"));
        assertThat(read("{\"number\":1.50,\"method\":\"card\"}")).isEqualTo(new Card("1.50"));
        assertThat(read("{\"number\":12345678901234567890,\"method\":\"card\"}"))
                .isEqualTo(new Card("12345678901234567890"));
        // what follows the id Jackson reads from the input itself, not from its buffer
        assertThat(read("{\"number\":null,\"method\":\"card\",\"number\":-0}")).isEqualTo(new Card("-0"));
        for (String json : new String[] {
            "{\"number\":-0,\"method\":\"card\"}",
            "{\"method\":\"card\",\"number\":-0}",
            "{\"number\":null,\"method\":\"card\",\"number\":-0}"
        }) {
            assertThat(read(json)).isEqualTo(JACKSON.readValue(json, Payment.class));
        }
    }
}
