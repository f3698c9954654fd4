package dev.eventrecords.examples.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile or odd input (issue 11 item 3), each case against Jackson 3's default mapper where it has a verdict: numbers
 * and documents at the limits of Jackson's {@code StreamReadConstraints} defaults, any {@code Throwable} from a user's
 * constructor, and enum texts that cannot be encoded.
 */
class HostileInputTest {

    private static final JsonMapper JACKSON = JsonMapper.builder().build();
    private static final String TOPIC = "payload.hostile";

    private final Deserializer<ReadingTaken> readings = new ReadingTakenSerde().deserializer();

    // ---- numbers and documents within Jackson's StreamReadConstraints defaults ----------------------------------

    @Test
    void numbersAtJacksonsLengthLimitAreReadAndOneDigitMoreIsRefusedAsJacksonDoes() {
        for (int digits : List.of(999, 1000, 1001, 5000)) {
            assertReadLikeJackson("{\"big\":" + "9".repeat(digits) + "}");
            assertReadLikeJackson("{\"big\":-" + "9".repeat(digits) + "}");
            assertReadLikeJackson("{\"amount\":" + "9".repeat(digits) + "}");
            assertReadLikeJackson("{\"amount\":0." + "5".repeat(digits) + "}");
            assertReadLikeJackson("{\"amount\":1." + "5".repeat(digits - 2) + "}");
            assertReadLikeJackson("{\"value\":" + "1".repeat(digits) + "}");
            assertReadLikeJackson("{\"value\":0." + "1".repeat(digits) + "}");
        }
    }

    @Test
    void aNumberTooLongForJacksonIsRefusedNamingTheFieldAndTheLimit() {
        assertThatThrownBy(() -> read("{\"big\":" + "9".repeat(1001) + "}"))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("field 'big'")
                .hasMessageContaining("1000")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(600));
    }

    @Test
    void aNumberTooLongAfterAnotherPropertyNamesItsOwnFieldNotThePreviousOne() {
        assertThatThrownBy(() -> read("{\"count\":1,\"big\":" + "9".repeat(1001) + "}"))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("field 'big': Number value length (1001) exceeds the maximum allowed (1000");
    }

    @Test
    void nestingInAnUnknownPropertyIsLimitedAsJacksonLimitsIt() {
        for (int depth : List.of(498, 499, 500, 501, 999, 1000, 1001, 1002)) {
            assertReadLikeJackson("{\"extra\":" + "[".repeat(depth) + "]".repeat(depth) + ",\"count\":3}");
        }
    }

    @Test
    void longPropertyNamesAreLimitedAsJacksonLimitsThem() {
        for (int length : List.of(49_999, 50_000, 50_001)) {
            assertReadLikeJackson("{\"" + "n".repeat(length) + "\":1,\"count\":3}");
        }
    }

    // ---- any Throwable from a user's constructor ---------------------------------------------------------------

    @Test
    void anAssertionErrorFromAConstructorIsASerializationException() {
        assertThatThrownBy(() -> checks("{\"id\":\"c\",\"code\":1}"))
                .isInstanceOf(SerializationException.class)
                .hasMessage(
                        "cannot deserialize '" + CheckRecordedSerde.EVENT_TYPE + "' from topic '" + TOPIC + "': "
                                + "the constructor of 'CheckRecorded' refused the values read: AssertionError: code 1 is reserved")
                .hasRootCauseInstanceOf(AssertionError.class);
    }

    @Test
    void aCheckedExceptionThrownSneakilyFromAConstructorIsASerializationException() {
        assertThatThrownBy(() -> checks("{\"id\":\"c\",\"code\":2}"))
                .isInstanceOf(SerializationException.class)
                .hasMessageEndingWith(
                        "the constructor of 'CheckRecorded' refused the values read: IOException: code 2 cannot be looked up");
    }

    @Test
    void anAssertionErrorFromANestedConstructorNamesTheComponent() {
        assertThatThrownBy(() -> checks("{\"id\":\"c\",\"code\":0,\"gauge\":{\"reading\":-4}}"))
                .isInstanceOf(SerializationException.class)
                .hasMessageEndingWith(
                        "field 'gauge': the constructor of 'CheckRecorded.Gauge' refused the values read: AssertionError:"
                                + " reading -4 is negative");
    }

    @Test
    void aVirtualMachineErrorFromAConstructorIsNotSwallowed() {
        assertThatThrownBy(() -> checks("{\"id\":\"c\",\"code\":3}"))
                .isInstanceOf(OutOfMemoryError.class)
                .hasMessage("code 3 stands for a JVM in trouble");
    }

    @Test
    void aConstructorMessageThatRepeatsItsInputIsBounded() {
        String huge = "x".repeat(100_000);
        assertThatThrownBy(() -> readings.deserialize(
                        TOPIC,
                        utf8("{\"calibration\":{\"by\":\"lab\",\"probe\":{\"serial\":-1" + huge.replace("x", "1")
                                + ",\"model\":\"P\"}}}")))
                .isInstanceOf(SerializationException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(700));
    }

    @Test
    void aValidCheckIsRead() {
        assertThat(checks("{\"id\":\"c\",\"code\":0,\"gauge\":{\"reading\":4}}"))
                .isEqualTo(new CheckRecorded("c", 0, new CheckRecorded.Gauge(4)));
    }

    // ---- enum texts that cannot be encoded ---------------------------------------------------------------------

    @Test
    void anEnumWithALoneSurrogateInItsTextDoesNotStopTheCodecFromLoading() {
        Serializer<MoodLogged> moods = new MoodLoggedSerde().serializer();

        byte[] calm = moods.serialize(TOPIC, new MoodLogged("m", Mood.CALM));

        // Jackson cannot write a MoodLogged at all: it reads every constant's text up front and BROKEN's throws.
        assertThat(new String(calm, StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"m\",\"mood\":\"CALM\"}");
    }

    @Test
    void writingTheConstantWhoseTextIsALoneSurrogateFailsClearlyAsInJackson() {
        Serializer<MoodLogged> moods = new MoodLoggedSerde().serializer();
        MoodLogged odd = new MoodLogged("m", Mood.ODD);

        assertThatThrownBy(() -> JACKSON.writeValueAsBytes(odd)).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> moods.serialize(TOPIC, odd))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining(
                        "'Mood' constant 'ODD' cannot be written: its text 'odd\uD800' is not valid" + " Unicode");
    }

    @Test
    void writingTheConstantWhoseToStringThrowsFailsClearly() {
        Serializer<MoodLogged> moods = new MoodLoggedSerde().serializer();

        assertThatThrownBy(() -> moods.serialize(TOPIC, new MoodLogged("m", Mood.BROKEN)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("'Mood' constant 'BROKEN' cannot be written: its toString() threw")
                .hasMessageContaining("no text for BROKEN");
    }

    @Test
    void theEscapedLoneSurrogateTextReadsAsItsConstantAsInJackson() {
        Deserializer<MoodLogged> moods = new MoodLoggedSerde().deserializer();
        byte[] json = utf8("{\"id\":\"m\",\"mood\":\"odd\\uD800\"}");

        assertThat(moods.deserialize(TOPIC, json).mood()).isEqualTo(Mood.ODD);
        assertThat(moods.deserialize(TOPIC, utf8("{\"id\":\"m\",\"mood\":\"CALM\"}"))
                        .mood())
                .isEqualTo(Mood.CALM);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** Both read it to an equal value of the touched number, or both refuse it. */
    private void assertReadLikeJackson(String json) {
        String shown = json.length() > 80 ? json.substring(0, 80) + "... (" + json.length() + ")" : json;
        ReadingTaken jacksons;
        try {
            jacksons = JACKSON.readValue(utf8(json), ReadingTaken.class);
        } catch (JacksonException e) {
            assertThatThrownBy(() -> read(json))
                    .as("Jackson refuses %s: %s", shown, e.getOriginalMessage())
                    .isInstanceOf(SerializationException.class);
            return;
        }
        ReadingTaken ours;
        try {
            ours = read(json);
        } catch (SerializationException e) {
            throw new AssertionError("Jackson reads " + shown + ", we refuse it: " + e.getMessage(), e);
        }
        assertThat(Objects.equals(ours.big(), jacksons.big())
                        && Objects.equals(ours.amount(), jacksons.amount())
                        && ours.value() == jacksons.value()
                        && ours.count() == jacksons.count())
                .as("%s read as %s by us and %s by Jackson", shown, ours, jacksons)
                .isTrue();
    }

    private ReadingTaken read(String json) {
        return readings.deserialize(TOPIC, utf8(json));
    }

    private static CheckRecorded checks(String json) {
        return new CheckRecordedSerde().deserializer().deserialize(TOPIC, utf8(json));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
