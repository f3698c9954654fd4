package dev.eventrecords.examples.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cases of the JDK value types that random events do not show on their own: where Jackson 3 differs from a plain
 * enum, and the one value we refuse that Jackson writes and loses.
 */
class JdkValuesEdgesTest {

    private static final JsonMapper JACKSON = JsonMapper.builder().build();

    private final JdkValuesRecordedSerde serde = new JdkValuesRecordedSerde();

    @Test
    void aMonthIsWrittenAsItsNumberAndAsAMapKeyByItsNameAsJackson3WritesThem() {
        JdkValuesRecorded event = with(Month.MAY, DayOfWeek.FRIDAY, null, Map.of(Month.MAY, 1));

        String ours = new String(serde.serializer().serialize("t", event), StandardCharsets.UTF_8);

        assertThat(ours).contains("\"month\":5,\"closedOn\":\"FRIDAY\"").contains("\"byMonth\":{\"MAY\":1}");
        assertThat(ours).isEqualTo(JACKSON.writeValueAsString(event));
    }

    @Test
    void aMonthReadsFromItsNameAsJackson2WroteIt() {
        byte[] jackson2 = "{\"month\":\"MAY\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(serde.deserializer().deserialize("t", jackson2).month()).isEqualTo(Month.MAY);
        assertThat(JACKSON.readValue(jackson2, JdkValuesRecorded.class).month()).isEqualTo(Month.MAY);
    }

    /**
     * {@code new Locale("en", "USA")} has no language tag: Jackson writes {@code "en"} and reads back another locale.
     * We refuse to write it rather than change the event on the way.
     */
    @Test
    @SuppressWarnings("deprecation") // the only way to build a locale that no language tag stands for
    void aLocaleNoLanguageTagStandsForIsRefusedWhereJacksonWouldLoseItsCountry() {
        Locale lossy = new Locale("en", "USA");
        JdkValuesRecorded event = with(null, null, lossy, null);

        JdkValuesRecorded jacksonsReading =
                JACKSON.readValue(JACKSON.writeValueAsBytes(event), JdkValuesRecorded.class);
        assertThat(jacksonsReading.locale()).isEqualTo(Locale.ENGLISH).isNotEqualTo(lossy);

        assertThatThrownBy(() -> serde.serializer().serialize("t", event))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("the locale 'en_USA' cannot be written: its language tag 'en' reads back as"
                        + " another locale");
    }

    @Test
    void aNullMapKeyIsRefusedAsJacksonRefusesIt() {
        Map<Month, Integer> withNullKey = new HashMap<>();
        withNullKey.put(null, 1);
        JdkValuesRecorded event = with(null, null, null, withNullKey);

        assertThatThrownBy(() -> JACKSON.writeValueAsBytes(event)).hasMessageContaining("Null key");
        assertThatThrownBy(() -> serde.serializer().serialize("t", event))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("a map key is null");
    }

    private static JdkValuesRecorded with(Month month, DayOfWeek closedOn, Locale locale, Map<Month, Integer> byMonth) {
        return new JdkValuesRecorded(
                null, locale, null, null, null, null, null, month, closedOn, null, null, null, null, null, null, null,
                null, byMonth, null);
    }
}
