package dev.eventrecords.examples.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventrecords.examples.fitness.WorkoutCompleted;
import dev.eventrecords.examples.fitness.WorkoutCompletedSerde;
import dev.eventrecords.examples.fitness.WorkoutCompletedTopic;
import dev.eventrecords.kafka.CloudEventHeaders;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the generated deserializer does with bytes that are not a valid event (the "Reading" paragraph of issue 2):
 * every refusal is a Kafka {@link SerializationException} whose message names the topic, the event type and the field.
 */
class BadPayloadTest {

    private static final String TOPIC = ReadingTakenTopic.TOPIC;
    private static final String TYPE = ReadingTakenSerde.EVENT_TYPE;

    private final Deserializer<ReadingTaken> deserializer = new ReadingTakenSerde().deserializer();

    // ---- a valid payload, and the positive controls ------------------------------------------------------------

    @Test
    void aValidPayloadIsRead() {
        ReadingTaken reading = read(json(Map.of()));

        assertThat(reading.sensorId()).isEqualTo("s-1");
        assertThat(reading.calibration().probe().serial()).isEqualTo(7);
    }

    @Test
    void nullBytesGiveNullATombstone() {
        assertThat(deserializer.deserialize(TOPIC, null)).isNull();
        assertThat(deserializer.deserialize(TOPIC, new RecordHeaders(), (byte[]) null))
                .isNull();
    }

    @Test
    void theJsonLiteralNullGivesNull() {
        assertThat(read("null")).isNull();
    }

    // ---- bytes that hold no single JSON value -------------------------------------------------------------------

    @Test
    void emptyBytesAreRejected() {
        assertRejected("", null).hasMessageContaining("the payload is empty");
    }

    @Test
    void whitespaceOnlyBytesAreRejected() {
        assertRejected(" \n\t\r ", null).hasMessageContaining("no JSON value");
    }

    @Test
    void malformedJsonIsRejected() {
        assertRejected("{\"sensorId\" \"s-1\"}", "sensorId").hasMessageContaining("was expecting a colon");
    }

    @Test
    void truncatedJsonIsRejected() {
        assertThatThrownBy(() -> read("{\"sensorId\":\"s-1\","))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("cannot deserialize '" + TYPE + "' from topic '" + TOPIC + "': ")
                .hasMessageContaining("end-of-input");
    }

    @Test
    void malformedJsonBetweenMapEntriesIsNotBlamedOnTheLastEntry() {
        assertRejected(json(Map.of("tallies", "{\"a\":1,}")), "tallies").hasMessageNotContaining("tallies.a");
    }

    @Test
    void malformedJsonInsideAFieldNamesTheField() {
        assertRejected(json(Map.of("count", "12x")), "count");
    }

    @Test
    void trailingContentIsRejected() {
        assertRejected(json(Map.of()) + " {}", null).hasMessageContaining("trailing content");
    }

    @Test
    void trailingGarbageIsRejected() {
        assertRejected(json(Map.of()) + "x", null).hasMessageContaining("trailing content");
    }

    @Test
    void aValueThatIsNotAnObjectIsRejected() {
        assertRejected("[1,2]", null).hasMessageContaining("expected an object, got an array");
    }

    // ---- a token of the wrong type for each kind of field ------------------------------------------------------

    @Test
    void aNumberInAStringForAnIntIsReadAsJacksonReadsItAndOtherTextIsRejected() {
        assertThat(read(json(Map.of("count", "\"12\""))).count()).isEqualTo(12);
        assertRejected(json(Map.of("count", "\"twelve\"")), "count")
                .hasMessageContaining("'twelve' is not a valid int");
        assertRejected(json(Map.of("count", "\"\"")), "count")
                .hasMessageContaining("a blank or \"null\" text stands for null, which a primitive cannot hold");
    }

    @Test
    void aFractionForAnIntIsDroppedAsJacksonDropsItAndAnOutOfRangeNumberIsRejected() {
        assertThat(read(json(Map.of("count", "-1.9"))).count()).isEqualTo(-1);
        assertRejected(json(Map.of("count", "1e10")), "count").hasMessageContaining("1e10 is out of range for int");
    }

    @Test
    void aNullForAnIntIsRejected() {
        assertRejected(json(Map.of("count", "null")), "count").hasMessageContaining("expected an integer, got null");
    }

    @Test
    void aNumberOutOfRangeForAnIntIsRejected() {
        assertRejected(json(Map.of("count", "2147483648")), "count").hasMessageContaining("out of range for int");
    }

    @Test
    void aNumberOutOfRangeForALongIsRejected() {
        assertRejected(json(Map.of("total", "9223372036854775808")), "total")
                .hasMessageContaining("out of range for long");
    }

    @Test
    void aNumberOutOfRangeForAByteIsRejected() {
        // As Jackson: 128 to 255 are the unsigned form of a byte.
        assertThat(read(json(Map.of("level", "255"))).level()).isEqualTo((byte) -1);
        assertRejected(json(Map.of("level", "256")), "level").hasMessageContaining("256 is out of range for byte");
    }

    @Test
    void aNumberOutOfRangeForAShortIsRejected() {
        assertRejected(json(Map.of("code", "-32769")), "code").hasMessageContaining("-32769 is out of range for short");
    }

    @Test
    void theTextsJacksonReadsAsABooleanAreReadAndOthersRejected() {
        assertThat(read(json(Map.of("valid", "\"True\""))).valid()).isTrue();
        assertThat(read(json(Map.of("valid", "0"))).valid()).isFalse();
        assertRejected(json(Map.of("valid", "\"yes\"")), "valid").hasMessageContaining("'yes' is not a boolean");
    }

    @Test
    void aLongStringForACharIsRejected() {
        assertRejected(json(Map.of("grade", "\"AB\"")), "grade").hasMessageContaining("string of one character");
    }

    @Test
    void aNumberInAStringForADoubleIsReadAsJacksonReadsItAndOtherTextIsRejected() {
        assertThat(read(json(Map.of("value", "\" 1.5 \""))).value()).isEqualTo(1.5);
        assertRejected(json(Map.of("value", "\"one and a half\"")), "value")
                .hasMessageContaining("'one and a half' is not a valid double");
    }

    @Test
    void anArrayForAFloatIsRejected() {
        assertRejected(json(Map.of("ratio", "[1]")), "ratio").hasMessageContaining("got an array");
    }

    @Test
    void anObjectForAStringIsRejected() {
        assertRejected(json(Map.of("label", "{\"a\":1}")), "label")
                .hasMessageContaining("expected a string, got an object");
    }

    @Test
    void aNumberForAStringIsItsTextAsJacksonReadsItAndAnObjectIsRejected() {
        assertThat(read(json(Map.of("label", "5.10"))).label()).isEqualTo("5.10");
        assertRejected(json(Map.of("label", "{}")), "label").hasMessageContaining("expected a string, got an object");
    }

    @Test
    void aNumberForAnEnumIsTheConstantsIndexAsJacksonReadsItAndOutOfRangeIsRejected() {
        assertThat(read(json(Map.of("unit", "0"))).unit()).isEqualTo(Unit.values()[0]);
        assertRejected(json(Map.of("unit", "99")), "unit")
                .hasMessageContaining(
                        "99 is not the index of a 'Unit' constant (0 to " + (Unit.values().length - 1) + ")");
    }

    @Test
    void anUnknownEnumConstantIsRejectedListingTheKnownOnes() {
        assertRejected(json(Map.of("unit", "\"FAHRENHEIT\"")), "unit")
                .hasMessageContaining("'FAHRENHEIT' is not a 'Unit' constant; known: CELSIUS, KELVIN");
    }

    @Test
    void aStringThatIsNotAnInstantIsRejected() {
        assertRejected(json(Map.of("takenAt", "\"yesterday\"")), "takenAt")
                .hasMessageContaining("'yesterday' is not an ISO-8601 instant");
    }

    @Test
    void aNumberForAnInstantIsReadAsEpochSecondsAsJacksonReadsIt() {
        assertThat(read(json(Map.of("takenAt", "1714558530.5"))).takenAt())
                .isEqualTo(Instant.ofEpochSecond(1714558530, 500_000_000));
    }

    @Test
    void aBooleanOrAnArrayForAnInstantIsRejected() {
        assertRejected(json(Map.of("takenAt", "true")), "takenAt")
                .hasMessageContaining("expected an ISO-8601 instant or a number of seconds, got true");
        assertRejected(json(Map.of("takenAt", "[1714558530]")), "takenAt")
                .hasMessageContaining("expected an ISO-8601 instant or a number of seconds, got an array");
    }

    @Test
    void aMalformedUuidIsRejected() {
        assertRejected(json(Map.of("batch", "\"1-2-3-4-5\"")), "batch").hasMessageContaining("is not a UUID");
    }

    @Test
    void aNumberInAStringForABigDecimalIsReadAsJacksonReadsItAndOtherTextIsRejected() {
        assertThat(read(json(Map.of("amount", "\"1.50\""))).amount()).isEqualTo(new BigDecimal("1.50"));
        assertRejected(json(Map.of("amount", "\"1,50\"")), "amount").hasMessageContaining("'1,50' is not a number");
    }

    @Test
    void aFractionForABigIntegerIsDroppedAsJacksonDropsItAndAFractionInTextIsRejected() {
        assertThat(read(json(Map.of("big", "1.5"))).big()).isEqualTo(BigInteger.ONE);
        assertRejected(json(Map.of("big", "\"1.5\"")), "big").hasMessageContaining("'1.5' is not an integer");
    }

    @Test
    void aStringForAListIsRejected() {
        assertRejected(json(Map.of("samples", "\"1,2\"")), "samples").hasMessageContaining("expected an array");
    }

    @Test
    void anArrayForAMapIsRejected() {
        assertRejected(json(Map.of("tallies", "[1]")), "tallies").hasMessageContaining("expected an object");
    }

    @Test
    void aStringForANestedRecordIsRejected() {
        assertRejected(json(Map.of("calibration", "\"factory\"")), "calibration")
                .hasMessageContaining("expected an object, got the string 'factory'");
    }

    @Test
    void aWrongTokenInsideAnOptionalIsRejected() {
        assertRejected(json(Map.of("note", "{}")), "note").hasMessageContaining("expected a string, got an object");
    }

    // ---- where: the path to the field at fault -----------------------------------------------------------------

    @Test
    void aNestedFieldErrorNamesThePathFromTheOutsideIn() {
        assertRejected(
                        json(Map.of("calibration", "{\"by\":\"lab\",\"probe\":{\"serial\":\"x\",\"model\":\"P\"}}")),
                        "calibration.probe.serial")
                .hasMessageContaining("'x' is not a valid int");
    }

    @Test
    void aListElementErrorNamesItsIndex() {
        assertRejected(json(Map.of("samples", "[1,2,\"three\"]")), "samples[2]")
                .hasMessageContaining("'three' is not a valid int");
    }

    @Test
    void aMapValueErrorNamesItsKey() {
        assertRejected(json(Map.of("tallies", "{\"a\":1,\"b\":true}")), "tallies.b")
                .hasMessageContaining("expected an integer, got true");
    }

    @Test
    void aFieldOfARecordInAListNamesTheIndexAndTheField() {
        String workout = "{\"workoutId\":\"3f0b2a64-4c9e-4d1e-9a53-0e6f1c2b7a10\",\"userId\":\"u\",\"type\":\"RUN\","
                + "\"completedAt\":\"2024-05-01T10:15:30+01:00\",\"duration\":\"PT31M\",\"laps\":["
                + "{\"number\":1,\"distanceKm\":5.00,\"time\":\"PT15M\"},"
                + "{\"number\":2,\"distanceKm\":\"five\",\"time\":\"PT16M\"}],\"notes\":null}";

        assertThatThrownBy(() -> new WorkoutCompletedSerde()
                        .deserializer()
                        .deserialize(WorkoutCompletedTopic.TOPIC, utf8(workout)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("topic '" + WorkoutCompletedTopic.TOPIC + "'")
                .hasMessageContaining("'" + WorkoutCompleted.class.getCanonicalName() + "'")
                .hasMessageContaining("field 'laps[1].distanceKm'")
                .hasMessageContaining("'five' is not a number");
    }

    // ---- values the record itself refuses ----------------------------------------------------------------------

    @Test
    void aConstructorThatThrowsIsAClearError() {
        assertThatThrownBy(() -> new TemperatureLoggedSerde()
                        .deserializer()
                        .deserialize(TemperatureLoggedTopic.TOPIC, utf8("{\"sensorId\":\"t-1\",\"celsius\":-300.0}")))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("topic '" + TemperatureLoggedTopic.TOPIC + "'")
                .hasMessageContaining("'" + TemperatureLoggedSerde.EVENT_TYPE + "'")
                .hasMessageContaining("the constructor of 'TemperatureLogged' refused the values read")
                .hasMessageContaining("-300.0 \u00b0C is below absolute zero");
    }

    @Test
    void aNestedConstructorThatThrowsNamesTheField() {
        assertRejected(
                        json(Map.of("calibration", "{\"by\":\"lab\",\"probe\":{\"serial\":-1,\"model\":\"P\"}}")),
                        "calibration.probe")
                .hasMessageContaining("the constructor of 'ReadingTaken.Probe' refused the values read")
                .hasMessageContaining("serial -1 is negative");
    }

    // ---- the limits of Jackson's own parser --------------------------------------------------------------------

    @Test
    void aLoneSurrogateInAMapKeyIsRejectedAsJacksonRejectsIt() {
        ReadingTaken reading = read(json(Map.of()));
        ReadingTaken withLoneSurrogateKey = new ReadingTaken(
                reading.sensorId(),
                reading.count(),
                reading.level(),
                reading.code(),
                reading.total(),
                reading.valid(),
                reading.grade(),
                reading.value(),
                reading.ratio(),
                reading.label(),
                reading.unit(),
                reading.takenAt(),
                reading.batch(),
                reading.amount(),
                reading.big(),
                reading.samples(),
                Map.of("\uD800", 1),
                reading.note(),
                reading.calibration());
        byte[] bytes = new ReadingTakenSerde().serializer().serialize(TOPIC, withLoneSurrogateKey);

        // Jackson writes a lone surrogate in a property name but its parser refuses it: a limit of Jackson, not ours.
        assertThatThrownBy(() -> JsonMapper.builder().build().readValue(bytes, ReadingTaken.class))
                .isInstanceOf(JacksonException.class)
                .hasMessageContaining("surrogate");
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("topic '" + TOPIC + "'")
                .hasMessageContaining("field 'tallies'")
                .hasMessageContaining("surrogate");
    }

    // ---- headers -----------------------------------------------------------------------------------------------

    @Test
    void aCeTypeHeaderNamingThisTypeIsAccepted() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.TYPE, utf8(TYPE));

        assertThat(deserializer.deserialize(TOPIC, headers, utf8(json(Map.of()))))
                .isNotNull();
    }

    @Test
    void aCeTypeHeaderNamingAnotherTypeIsRejected() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.TYPE, utf8("com.example.OrderPlaced"));

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, headers, utf8(json(Map.of()))))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("topic '" + TOPIC + "'")
                .hasMessageContaining("'" + TYPE + "'")
                .hasMessageContaining("header ce_type is 'com.example.OrderPlaced'");
    }

    @Test
    void aJsonContentTypeHeaderWithParametersIsAccepted() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.CONTENT_TYPE, utf8("Application/JSON; charset=utf-8"));

        assertThat(deserializer.deserialize(TOPIC, headers, utf8(json(Map.of()))))
                .isNotNull();
    }

    @Test
    void aContentTypeHeaderThatIsNotJsonIsRejected() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.CONTENT_TYPE, utf8("application/avro"));

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, headers, utf8(json(Map.of()))))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("topic '" + TOPIC + "'")
                .hasMessageContaining("'" + TYPE + "'")
                .hasMessageContaining("header content-type is 'application/avro'");
    }

    // ---- record keys -------------------------------------------------------------------------------------------

    @Test
    void aRecordKeyWithAWrongTokenNamesTopicKeyTypeAndField() {
        Deserializer<ParcelScanned.ParcelId> keys =
                new ParcelScannedTopic().keySerde().deserializer();

        assertThatThrownBy(
                        () -> keys.deserialize(ParcelScannedTopic.TOPIC, utf8("{\"depot\":\"AMS\",\"number\":true}")))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("cannot deserialize key")
                .hasMessageContaining("topic '" + ParcelScannedTopic.TOPIC + "'")
                .hasMessageContaining("ParcelId")
                .hasMessageContaining("field 'number'")
                .hasMessageContaining("expected an integer, got true");
    }

    @Test
    void aMalformedRecordKeyIsRejected() {
        Deserializer<ParcelScanned.ParcelId> keys =
                new ParcelScannedTopic().keySerde().deserializer();

        assertThatThrownBy(() -> keys.deserialize(ParcelScannedTopic.TOPIC, utf8("{\"depot\":")))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("cannot deserialize key")
                .hasMessageContaining("topic '" + ParcelScannedTopic.TOPIC + "'")
                .hasMessageContaining("ParcelId");
    }

    @Test
    void anEmptyRecordKeyIsRejected() {
        Deserializer<ParcelScanned.ParcelId> keys =
                new ParcelScannedTopic().keySerde().deserializer();

        assertThatThrownBy(() -> keys.deserialize(ParcelScannedTopic.TOPIC, new byte[0]))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("topic '" + ParcelScannedTopic.TOPIC + "'")
                .hasMessageContaining("the payload is empty");
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** A valid {@link ReadingTaken} with some properties replaced by raw JSON. */
    // ---- hostile input (issue 11 item 3) and bounded echoes (issue 11 item 2) ------------------------------------

    @Test
    void aBigDecimalWithAHugeScaleIsRejected() {
        assertRejected(json(Map.of("amount", "1e2147483647")), "amount").hasMessageContaining("more than 100000");
    }

    @Test
    void aBigDecimalWithAScaleOfAHundredThousandIsRead() {
        assertThat(read(json(Map.of("amount", "1e-100000"))).amount().scale()).isEqualTo(100_000);
    }

    @Test
    void aUuidWithFullWidthDigitsIsRejected() {
        String fullWidth = "\"\uFF13f0b2a64-4c9e-4d1e-9a53-0e6f1c2b7a10\"";
        assertRejected(json(Map.of("batch", fullWidth)), "batch").hasMessageContaining("is not a UUID");
    }

    @Test
    void aUuidWithArabicIndicDigitsIsRejected() {
        String arabicIndic = "\"\u0663f0b2a64-4c9e-4d1e-9a53-0e6f1c2b7a10\"";
        assertRejected(json(Map.of("batch", arabicIndic)), "batch").hasMessageContaining("is not a UUID");
    }

    @Test
    void aTenMegabyteBadInstantIsEchoedBounded() {
        int length = 10 * 1024 * 1024;
        String huge = "x".repeat(length);
        assertRejected(json(Map.of("takenAt", "\"" + huge + "\"")), "takenAt")
                .hasMessageContaining("... (" + length + " characters)")
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(600));
    }

    @Test
    void aHugeOutOfRangeIntegerIsEchoedBounded() {
        String digits = "9".repeat(900);
        assertRejected(json(Map.of("count", digits)), "count")
                .hasMessageContaining("... (900 characters)")
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(600));
    }

    private static String json(Map<String, String> replaced) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("sensorId", "\"s-1\"");
        properties.put("count", "12");
        properties.put("level", "-3");
        properties.put("code", "300");
        properties.put("total", "9000000000");
        properties.put("valid", "true");
        properties.put("grade", "\"A\"");
        properties.put("value", "21.5");
        properties.put("ratio", "0.25");
        properties.put("label", "\"kitchen\"");
        properties.put("unit", "\"CELSIUS\"");
        properties.put("takenAt", "\"2024-05-01T10:15:30Z\"");
        properties.put("batch", "\"3f0b2a64-4c9e-4d1e-9a53-0e6f1c2b7a10\"");
        properties.put("amount", "1.50");
        properties.put("big", "123456789012345678901234567890");
        properties.put("samples", "[1,2,3]");
        properties.put("tallies", "{\"a\":1}");
        properties.put("note", "\"ok\"");
        properties.put("calibration", "{\"by\":\"lab\",\"probe\":{\"serial\":7,\"model\":\"P\"}}");
        properties.putAll(replaced);
        return properties.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    private ReadingTaken read(String json) {
        return deserializer.deserialize(TOPIC, utf8(json));
    }

    /** Asserts a refusal that names the topic, the type and, when given, the field; returns it for more checks. */
    private AbstractThrowableAssert<?, ? extends Throwable> assertRejected(String json, String field) {
        AbstractThrowableAssert<?, ? extends Throwable> thrown = assertThatThrownBy(() -> read(json))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("cannot deserialize '" + TYPE + "' from topic '" + TOPIC + "': ");
        return field == null
                ? thrown.satisfies(e -> assertThat(e.getMessage()).doesNotContain("field '"))
                : thrown.hasMessageContaining(": field '" + field + "': ");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
