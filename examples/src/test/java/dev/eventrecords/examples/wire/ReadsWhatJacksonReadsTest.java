package dev.eventrecords.examples.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading accepts what Jackson 3's default mapper accepts, with an equal value, and refuses what it refuses (DESIGN.md,
 * wire format), shown differentially: on random events as the producers that services run today write them (Jackson 2
 * with its defaults, Jackson 2 with dates as text, Spring Kafka's {@code JsonSerializer}, Jackson 3), and on every
 * component fed each of a corpus of JSON values that exercises the forms and edges of each type. "Equal" is
 * {@code equals}, except that Jackson moves an {@code OffsetDateTime} or {@code ZonedDateTime} to UTC where we keep
 * the offset written: those compare as the same instant.
 */
class ReadsWhatJacksonReadsTest {

    private static final JsonMapper JACKSON_3 = JsonMapper.builder().build();

    /** Jackson 2 as most services configure it: its java.time and Optional modules, every other default. */
    @SuppressWarnings("deprecation") // Jackson 2's mutable-mapper API, as such services use it
    private static final ObjectMapper JACKSON_2 =
            new ObjectMapper().registerModule(new JavaTimeModule()).registerModule(new Jdk8Module());

    @SuppressWarnings("deprecation")
    private static final ObjectMapper JACKSON_2_DATES_AS_TEXT = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);

    private static final String TOPIC = "reads-what-jackson-reads";

    private static final int INSTANCES = 500;

    private final long seed = Long.getLong("eventrecords.seed", System.nanoTime());

    @Test
    void timesWrittenByEveryProducerReadAsJackson3ReadsThem() {
        everyProducerWrites(
                TimesObserved.class,
                new TimesObservedSerde().deserializer(),
                r -> new TimesObserved(
                        r.orNull(r::nextInstant),
                        r.orNull(r::nextLocalDate),
                        r.orNull(r::nextLocalDateTime),
                        r.orNull(r::nextLocalTime),
                        r.orNull(r::nextOffsetDateTime),
                        r.orNull(r::nextZonedDateTime),
                        r.orNull(r::nextDuration),
                        r.orNull(r::nextPeriod),
                        r.orNull(r::nextYear),
                        r.orNull(r::nextYearMonth)));
    }

    @Test
    void everyTimeComponentReadsEachCorpusValueAsJackson3DoesOrRefusesItToo() {
        everyComponentReadsTheCorpus(TimesObserved.class, new TimesObservedSerde().deserializer());
    }

    private <E> void everyProducerWrites(Class<E> type, Deserializer<E> ours, Function<EdgeCaseRandom, E> random) {
        List<Producer> producers = producers();
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            E event = random.apply(new EdgeCaseRandom(seed * 31 + i));
            for (Producer producer : producers) {
                byte[] bytes;
                try {
                    bytes = producer.write(event);
                } catch (RuntimeException e) {
                    continue; // a value this producer cannot write (Jackson 2 refuses some years beyond 9999)
                }
                String problem = compare(type, ours, bytes);
                if (problem != null) {
                    mismatches.add(producer.name() + ": " + problem);
                }
            }
        }
        assertThat(mismatches)
                .as("seed %d (rerun with -Deventrecords.seed=%d)", seed, seed)
                .isEmpty();
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

    private record Producer(String name, Function<Object, byte[]> writer) {
        byte[] write(Object event) {
            return writer.apply(event);
        }
    }

    /** Spring Kafka 4's Jackson 2 serializer, deprecated there for its Jackson 3 one but what most services run. */
    @SuppressWarnings("removal")
    private static List<Producer> producers() {
        Serializer<Object> spring = new org.springframework.kafka.support.serializer.JsonSerializer<>();
        spring.configure(
                java.util.Map.of(
                        org.springframework.kafka.support.serializer.JsonSerializer.ADD_TYPE_INFO_HEADERS, false),
                false);
        return List.of(
                new Producer("Jackson 2 (defaults, JavaTimeModule, Jdk8Module)", e -> jackson2(JACKSON_2, e)),
                new Producer("Jackson 2 (dates as text)", e -> jackson2(JACKSON_2_DATES_AS_TEXT, e)),
                new Producer("Spring Kafka JsonSerializer", e -> spring.serialize(TOPIC, e)),
                new Producer("Jackson 3", JACKSON_3::writeValueAsBytes));
    }

    private static byte[] jackson2(ObjectMapper mapper, Object event) {
        try {
            return mapper.writeValueAsBytes(event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
            "[null]",
            "{}",
            "{\"a\":1}");
}
