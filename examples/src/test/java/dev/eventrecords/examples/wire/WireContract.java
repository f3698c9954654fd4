package dev.eventrecords.examples.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The wire contract of DESIGN.md, checked for one event type on {@value #INSTANCES} random instances that favour edge
 * values: our bytes are Jackson's bytes, each side reads the other's bytes back to the event, and reading ignores
 * unknown properties and leaves missing ones null, zero or empty (a missing collection empty).
 *
 * <p>Each run draws a new seed; a failure names it. Rerun with {@code -Deventrecords.seed=<seed>} to reproduce it.
 *
 * @param <E> the event type
 */
abstract class WireContract<E> {

    static final int INSTANCES = 1000;

    /** Jackson 3 with every default: the mapper DESIGN.md promises byte-for-byte compatibility with. */
    static final JsonMapper JACKSON = JsonMapper.builder().build();

    private static final String TOPIC = "wire-contract";

    private final long seed = Long.getLong("eventrecords.seed", System.nanoTime());

    /** The generated serde under test. */
    abstract Serde<E> serde();

    abstract Class<E> eventClass();

    /** A random instance; every reference component is sometimes {@code null}. */
    abstract E randomEvent(EdgeCaseRandom random);

    /** The value Jackson writes for the event: the event itself unless it holds a type Jackson has no default for. */
    Object asJacksonValue(E event) {
        return event;
    }

    /** The type Jackson reads our bytes into. */
    Class<?> jacksonType() {
        return eventClass();
    }

    /** The event that Jackson's value stands for. */
    E fromJacksonValue(Object value) {
        return eventClass().cast(value);
    }

    @Test
    void ourBytesAreJacksonsBytes() {
        forEachInstance((event, random) -> {
            byte[] ours = serialize(event);
            byte[] jacksons = JACKSON.writeValueAsBytes(asJacksonValue(event));
            if (!Arrays.equals(ours, jacksons)) {
                throw new AssertionError(
                        "our bytes differ from Jackson's\n ours:    " + utf8(ours) + "\n Jackson: " + utf8(jacksons));
            }
        });
    }

    @Test
    void jacksonReadsOurBytesBackToTheEvent() {
        forEachInstance((event, random) -> {
            E read = fromJacksonValue(JACKSON.readValue(serialize(event), jacksonType()));
            // Jackson moves OffsetDateTime and ZonedDateTime to UTC on reading: the same instant, compared with
            // isEqual.
            assertThat(Equivalence.same(read, event))
                    .as("Jackson read %s", read)
                    .isTrue();
        });
    }

    @Test
    void weReadOurBytesBackToAnEqualEvent() {
        forEachInstance(
                (event, random) -> assertThat(deserialize(serialize(event))).isEqualTo(event));
    }

    @Test
    void weReadJacksonsBytesToAnEqualEvent() {
        forEachInstance((event, random) -> assertThat(deserialize(JACKSON.writeValueAsBytes(asJacksonValue(event))))
                .isEqualTo(event));
    }

    /**
     * Reading accepts what Jackson 3 reads, to an equal value, and refuses what it refuses, whoever wrote it: random
     * events as Jackson 2 (with its defaults, and with dates as text), Spring Kafka's {@code JsonSerializer} and Jackson
     * 3 write them. Jackson moves offsets to UTC where we keep them: those compare as the same instant. A value a
     * producer cannot write is no message it sends: the only such value is a duration near {@code Duration}'s limits,
     * on which Jackson 2 overflows.
     */
    @Test
    void weReadWhatOtherProducersWriteAsJackson3ReadsIt() {
        forEachInstance((event, random) -> {
            for (OtherProducers.Producer producer : OtherProducers.ALL) {
                byte[] bytes;
                try {
                    bytes = producer.write(asJacksonValue(event));
                } catch (RuntimeException cannotWrite) {
                    // The one value a producer may fail on: Jackson 2 overflows writing a duration near
                    // Duration's limits as decimal seconds. Anything else is a fault in this test.
                    if (!causes(cannotWrite).contains("Exceeds capacity of Duration")) {
                        throw cannotWrite;
                    }
                    continue;
                }
                E theirs;
                try {
                    theirs = fromJacksonValue(JACKSON.readValue(bytes, jacksonType()));
                } catch (tools.jackson.core.JacksonException refused) {
                    org.assertj.core.api.Assertions.assertThatThrownBy(() -> deserialize(bytes))
                            .as("%s wrote %s, which Jackson 3 refuses (%s)", producer.name(), utf8(bytes), refused)
                            .isInstanceOf(org.apache.kafka.common.errors.SerializationException.class);
                    continue;
                }
                E ours = deserialize(bytes);
                assertThat(Equivalence.same(ours, theirs))
                        .as("%s wrote %s; Jackson 3 reads %s, we read %s", producer.name(), utf8(bytes), theirs, ours)
                        .isTrue();
            }
        });
    }

    private static String causes(Throwable e) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }

    @Test
    void readingIgnoresUnknownProperties() {
        Set<String> names = componentNames();
        forEachInstance((event, random) -> {
            byte[] withUnknown = PropertyEdits.withUnknownProperties(serialize(event), random, names);
            assertThat(deserialize(withUnknown)).as(utf8(withUnknown)).isEqualTo(event);
        });
    }

    @Test
    void readingLeavesMissingPropertiesNullZeroOrEmpty() {
        RecordComponent[] components = eventClass().getRecordComponents();
        forEachInstance((event, random) -> {
            Set<String> removed = new LinkedHashSet<>();
            Object[] expected = new Object[components.length];
            boolean removeAll = random.nextInt(20) == 0;
            for (int i = 0; i < components.length; i++) {
                if (removeAll || random.nextInt(3) == 0) {
                    removed.add(components[i].getName());
                    expected[i] = absentValue(components[i].getType());
                } else {
                    expected[i] = Equivalence.value(components[i], event);
                }
            }
            byte[] withMissing = PropertyEdits.withoutProperties(serialize(event), removed);
            assertThat(deserialize(withMissing)).as(utf8(withMissing)).isEqualTo(construct(components, expected));
        });
    }

    /**
     * The byte reader reads what the parser path reads, or gives up so that the parser path reads it: on our bytes, on
     * other producers' bytes, with unknown properties, and on edits of each that space, escape, extend and damage them
     * ({@link ByteReads}).
     */
    @Test
    void theByteReaderReadsWhatTheParserPathReads() {
        ByteReads<E> reads = ByteReads.ofSerde(serde().getClass());
        Set<String> names = componentNames();
        List<String> problems = new java.util.ArrayList<>();
        forEachInstance((event, random) -> {
            List<byte[]> payloads = new java.util.ArrayList<>();
            payloads.add(serialize(event));
            payloads.add(PropertyEdits.withUnknownProperties(serialize(event), random, names));
            for (OtherProducers.Producer producer : OtherProducers.ALL) {
                try {
                    payloads.add(producer.write(asJacksonValue(event)));
                } catch (RuntimeException cannotWrite) {
                    // as in weReadWhatOtherProducersWriteAsJackson3ReadsIt: no message such a producer sends
                }
            }
            for (byte[] payload : payloads) {
                problems.addAll(reads.compareEdits(payload, random));
            }
        });
        assertThat(problems)
                .as(
                        "%d payloads read differently (seed %d); the first: %s",
                        problems.size(), seed, problems.stream().limit(3).toList())
                .isEmpty();
    }

    /**
     * The byte reader reads our own bytes itself, rather than giving up: on at least {@link #byteReaderShare()} of
     * the random instances.
     */
    @Test
    void theByteReaderReadsOurOwnBytesItself() {
        ByteReads<E> reads = ByteReads.ofSerde(serde().getClass());
        forEachInstance(
                (event, random) -> assertThat(reads.compare(serialize(event))).isNull());
        double share = 1 - reads.gaveUp() / (double) INSTANCES;
        assertThat(share)
                .as("share of our bytes the byte reader read itself")
                .isGreaterThanOrEqualTo(byteReaderShare());
    }

    /**
     * The least share of random instances whose bytes the byte reader reads without giving up: all of them, unless the
     * event holds a type that is read through Jackson's parser or values that JSON writes as strings ({@code NaN}).
     */
    double byteReaderShare() {
        return 1.0;
    }

    final byte[] serialize(E event) {
        return serde().serializer().serialize(TOPIC, event);
    }

    final E deserialize(byte[] bytes) {
        return serde().deserializer().deserialize(TOPIC, bytes);
    }

    private void forEachInstance(BiConsumer<E, EdgeCaseRandom> check) {
        for (int i = 0; i < INSTANCES; i++) {
            EdgeCaseRandom random = new EdgeCaseRandom(seed * 31 + i);
            E event = randomEvent(random);
            try {
                check.accept(event, random);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(
                        "instance " + i + " of seed " + seed + " (rerun with -Deventrecords.seed=" + seed + "): "
                                + abbreviate(e.getMessage(), 3000) + "\n event: " + abbreviate(event, 1000),
                        e);
            }
        }
    }

    private Set<String> componentNames() {
        Set<String> names = new LinkedHashSet<>();
        for (RecordComponent component : eventClass().getRecordComponents()) {
            names.add(component.getName());
        }
        return names;
    }

    private E construct(RecordComponent[] components, Object[] values) {
        try {
            Class<?>[] types =
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<E> canonical = eventClass().getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + eventClass(), e);
        }
    }

    /**
     * What DESIGN.md says an absent property reads as: zero or false for primitives, empty optionals and collections,
     * else null. A missing collection is where we differ from Jackson on purpose: it reads {@code null} there, which a
     * constructor's {@code List.copyOf} refuses, so an event that gains a collection could not read its older
     * messages ({@code NestedReadingTest} shows the difference against Jackson).
     */
    private static Object absentValue(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        if (type == short.class) {
            return (short) 0;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type == Optional.class) {
            return Optional.empty();
        }
        if (type == OptionalInt.class) {
            return OptionalInt.empty();
        }
        if (type == OptionalLong.class) {
            return OptionalLong.empty();
        }
        if (type == OptionalDouble.class) {
            return OptionalDouble.empty();
        }
        if (type == List.class) {
            return List.of();
        }
        if (type == Set.class) {
            return Set.of();
        }
        if (type == Map.class) {
            return Map.of();
        }
        return null;
    }

    private static String abbreviate(Object value, int length) {
        String text = String.valueOf(value);
        return text.length() <= length ? text : text.substring(0, length) + "...";
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
