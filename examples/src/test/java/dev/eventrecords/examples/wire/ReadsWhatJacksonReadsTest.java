package dev.eventrecords.examples.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading accepts what Jackson 3's default mapper accepts, with an equal value, and refuses what it refuses (DESIGN.md,
 * wire format), shown differentially on every component fed each of a corpus of JSON values that exercises the forms
 * and edges of each type. ({@link WireContract} shows the same on random events as other producers write them.) "Equal" is
 * {@code equals}, except that Jackson moves an {@code OffsetDateTime} or {@code ZonedDateTime} to UTC where we keep
 * the offset written: those compare as the same instant.
 */
class ReadsWhatJacksonReadsTest {

    private static final JsonMapper JACKSON_3 = JsonMapper.builder().build();

    private static final String TOPIC = "reads-what-jackson-reads";

    @Test
    void everyTimeComponentReadsEachCorpusValueAsJackson3DoesOrRefusesItToo() {
        everyComponentReadsTheCorpus(TimesObserved.class, new TimesObservedSerde().deserializer());
    }

    @Test
    void everyScalarComponentReadsEachCorpusValueAsJackson3DoesOrRefusesItToo() {
        everyComponentReadsTheCorpus(ScalarsMeasured.class, new ScalarsMeasuredSerde().deserializer());
    }

    @Test
    void everyJdkValueComponentReadsEachCorpusValueAsJackson3DoesOrRefusesItToo() {
        everyComponentReadsTheCorpus(JdkValuesRecorded.class, new JdkValuesRecordedSerde().deserializer());
    }

    /** Each map component fed an object with each key of {@link #KEY_CORPUS} (and a {@code null} value). */
    @Test
    void everyMapKeyKindReadsEachCorpusKeyAsJackson3DoesOrRefusesItToo() {
        Deserializer<JdkValuesRecorded> ours = new JdkValuesRecordedSerde().deserializer();
        List<String> mismatches = new ArrayList<>();
        int maps = 0;
        for (RecordComponent component : JdkValuesRecorded.class.getRecordComponents()) {
            if (component.getType() != java.util.Map.class) {
                continue;
            }
            maps++;
            for (String key : KEY_CORPUS) {
                String json = "{\"" + component.getName() + "\":{" + key + ":null}}";
                String problem = compare(JdkValuesRecorded.class, ours, json.getBytes(StandardCharsets.UTF_8));
                if (problem != null) {
                    mismatches.add(component.getName() + ": " + problem);
                }
            }
        }
        assertThat(maps).isEqualTo(10);
        assertThat(mismatches).as(mismatches.size() + " mismatches").isEmpty();
    }

    private static <E> void everyComponentReadsTheCorpus(Class<E> type, Deserializer<E> ours) {
        List<String> mismatches = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            for (String value : CORPUS) {
                String json = "{\"" + component.getName() + "\":" + value + "}";
                String problem = compare(type, ours, json.getBytes(StandardCharsets.UTF_8));
                if (problem != null) {
                    mismatches.add(
                            component.getName() + " (" + component.getType().getSimpleName() + "): " + problem);
                }
            }
        }
        assertThat(mismatches).as(mismatches.size() + " mismatches").isEmpty();
    }

    /** What differs between our reading of the bytes and Jackson 3's, or {@code null}. */
    private static <E> String compare(Class<E> type, Deserializer<E> ours, byte[] bytes) {
        String json = new String(bytes, StandardCharsets.UTF_8);
        E theirs;
        try {
            theirs = JACKSON_3.readValue(bytes, type);
        } catch (RuntimeException e) {
            theirs = null;
        }
        E read;
        try {
            read = ours.deserialize(TOPIC, bytes);
        } catch (SerializationException e) {
            if (theirs == null) {
                return null;
            }
            return json + ": Jackson 3 reads " + theirs + ", we refuse: " + firstLine(e.getMessage());
        }
        if (theirs == null) {
            return json + ": Jackson 3 refuses, we read " + read;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            Object a = Equivalence.value(component, read);
            Object b = Equivalence.value(component, theirs);
            boolean absent = !json.contains("\"" + component.getName() + "\":");
            if (absent && b == null && a instanceof java.util.Map<?, ?> map && map.isEmpty()) {
                continue; // a missing map is empty here, null in Jackson: DESIGN.md's one deliberate difference
            }
            if (!Equivalence.same(a, b)) {
                return json + ": component '" + component.getName() + "' Jackson 3 reads " + b + ", we read " + a;
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    /**
     * JSON values that exercise each type's forms: numbers of every shape, numbers and ISO-8601 texts in strings,
     * arrays as Jackson 2 writes dates, blanks, and the other tokens.
     */
    private static final List<String> CORPUS = List.of(
            "null",
            "true",
            "false",
            "0",
            "1",
            "-1",
            "7",
            "127",
            "128",
            "-129",
            "255",
            "32768",
            "65535",
            "65536",
            "2147483647",
            "2147483648",
            "-2147483649",
            "9223372036854775807",
            "9223372036854775808",
            "20000",
            "2026",
            "1700000000",
            "-1700000000",
            "1700000000.123456789",
            "1700000000.1234567891",
            "-1.5",
            "1.5",
            "1.0",
            "0.5",
            "-0.0",
            "1e3",
            "1.5e3",
            "1E-9",
            "3.4028235E39",
            "1e400",
            "0.000000001",
            "3600.000000000",
            "12345678901234567890.5",
            "\"\"",
            "\" \"",
            "\"0\"",
            "\"1\"",
            "\"-1\"",
            "\"1.5\"",
            "\"1e3\"",
            "\"true\"",
            "\"false\"",
            "\"True\"",
            "\"null\"",
            "\"NaN\"",
            "\"Infinity\"",
            "\"a\"",
            "\"ab\"",
            "\"RED\"",
            "\"red\"",
            "\"1700000000\"",
            "\"1700000000.5\"",
            "\"2026\"",
            "\"2026-11\"",
            "\"10000-01\"",
            "\"+10000-01\"",
            "\"2026-11-26\"",
            "\"+12026-11-26\"",
            "\"2026-11-26T10:15\"",
            "\"2026-11-26T10:15:30\"",
            "\"2026-11-26T10:15:30.123456789\"",
            "\"2026-11-26T10:15:30Z\"",
            "\"2026-11-26T10:15:30.5Z\"",
            "\"2026-11-26T10:15:30+02:00\"",
            "\"2026-11-26T10:15:30+02:00[Europe/Paris]\"",
            "\"2026-11-26T10:15:30[Europe/Paris]\"",
            "\"2026-11-26 10:15:30\"",
            "\"10:15\"",
            "\"10:15:30\"",
            "\"10:15:30.5\"",
            "\"10:15:30Z\"",
            "\"PT1H\"",
            "\"PT1.5S\"",
            "\"-PT1H\"",
            "\"P2D\"",
            "\"P1Y2M3D\"",
            "\"P1W\"",
            "\"3600\"",
            "\"123e4567-e89b-12d3-a456-426614174000\"",
            "\"123E4567-E89B-12D3-A456-426614174000\"",
            "\"AQID\"",
            "\"https://example.org/a?b#c\"",
            "\" https://example.org/ \"",
            "\"a b\"",
            "\"http://x/%zz\"",
            "\"//\"",
            "\"#\"",
            "\"urn:isbn:0451450523\"",
            "\"en\"",
            "\"en-US\"",
            "\"en_US\"",
            "\"en_US_POSIX\"",
            "\"en__POSIX\"",
            "\"zh-Hant-TW\"",
            "\"zh_TW_#Hant\"",
            "\"und\"",
            "\"EUR\"",
            "\"eur\"",
            "\" USD \"",
            "\"XYZ\"",
            "\"Z\"",
            "\"UTC\"",
            "\"GMT+2\"",
            "\"UTC+01:00\"",
            "\"Europe/Paris\"",
            "\" Europe/Paris \"",
            "\"europe/paris\"",
            "\"+02:00\"",
            "\"+2\"",
            "\"+0200\"",
            "\"-18:00\"",
            "\"+18:01\"",
            "\"+01:02:03\"",
            "\"10:15Z\"",
            "\"10:15:30+02:00\"",
            "\"10:15:30.120+01:02:03\"",
            "\"10:15:30+0200\"",
            "\"24:00Z\"",
            "\"--02-29\"",
            "\"--2-29\"",
            "\"--02-30\"",
            "\"--13-01\"",
            "\"MAY\"",
            "\"May\"",
            "\"5\"",
            "\" 5 \"",
            "\"13\"",
            "\"MONDAY\"",
            "\"low(1)\"",
            "\"LOW\"",
            "[]",
            "[1]",
            "[2026]",
            "[2026,11]",
            "[2026,11,26]",
            "[2026,11,26,10]",
            "[2026,11,26,10,15]",
            "[2026,11,26,10,15,30]",
            "[2026,11,26,10,15,30,123456789]",
            "[2026,11,26,10,15,30,123]",
            "[10,15]",
            "[10,15,30]",
            "[10,15,30,123456789]",
            "[\"2026\",11,26]",
            "[2026.0,11,26]",
            "[2026,13,1]",
            "[2,29]",
            "[2,30]",
            "[\"Z\"]",
            "[10,15,\"Z\"]",
            "[10,15,30,\"+02:00\"]",
            "[10,15,30,123456789,\"+02:00\"]",
            "[10,15,30,123,\"+02:00\",1]",
            "[10,15,30,123,456,\"Z\"]",
            "[25,0,\"Z\"]",
            "[10,15,\"Europe/Paris\"]",
            "[10.5,15,\"Z\"]",
            "[\"https://example.org\"]",
            "[null]",
            "{}",
            "{\"a\":1}");

    /** Map keys, as JSON property names: numbers of every shape, UUIDs, dates, enum texts, blanks. */
    private static final List<String> KEY_CORPUS = List.of(
            "\"\"",
            "\" \"",
            "\"0\"",
            "\"12\"",
            "\"+12\"",
            "\"012\"",
            "\"-0\"",
            "\" 12\"",
            "\"12 \"",
            "\"1e2\"",
            "\"1.0\"",
            "\"0x1\"",
            "\"-\"",
            "\"\u0661\u0662\"",
            "\"127\"",
            "\"128\"",
            "\"255\"",
            "\"256\"",
            "\"-128\"",
            "\"-129\"",
            "\"32767\"",
            "\"32768\"",
            "\"2147483647\"",
            "\"2147483648\"",
            "\"-2147483649\"",
            "\"9223372036854775807\"",
            "\"9223372036854775808\"",
            "\"86af99cc-2a44-4b59-9d1e-0c4f5a1b2c3d\"",
            "\"86AF99CC-2A44-4B59-9D1E-0C4F5A1B2C3D\"",
            "\"1-2-3-4-5\"",
            "\"86af99cc2a444b599d1e0c4f5a1b2c3d\"",
            "\"2026-01-02\"",
            "\"+10000-01-02\"",
            "\"-0001-12-31\"",
            "\"2026-1-2\"",
            "\"2026-02-30\"",
            "\"2026-01-02T10:00\"",
            "\"RED\"",
            "\"red\"",
            "\" RED\"",
            "\"1\"",
            "\"low(1)\"",
            "\"LOW\"",
            "\"MAY\"",
            "\"May\"",
            "\"5\"",
            "\" 5 \"",
            "\"13\"",
            "\"MONDAY\"",
            "\"Monday\"",
            "\"null\"");
}
