package dev.eventrecords.examples.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.eventrecords.kafka.avro.AvroCodec;
import dev.eventrecords.kafka.avro.AvroReader;
import dev.eventrecords.kafka.avro.AvroWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated Avro codecs against Apache Avro 1.12.1, on random events of every value type and every container
 * shape ({@link RandomRecords}): Avro's {@code GenericDatumReader} reads our bytes under the generated schema to their
 * end, its {@code GenericDatumWriter} writes what it read to exactly our bytes, and our codec reads them back to the
 * event. So our bytes are Avro's for the same value, and we read what Avro writes. A value Avro's types cannot hold
 * (an instant outside the nanosecond timestamps' range, a string with a lone surrogate, which UTF-8 cannot hold and
 * Apache Avro would write as '?') is refused when written, saying so. Each run draws a new seed;
 * rerun with {@code -Deventrecords.seed=<seed>}.
 */
class AvroCodecDifferentialTest {

    private static final int EVENTS = 2_000;

    private final long seed = Long.getLong("eventrecords.seed", System.nanoTime());

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of(
                        AvroValuesRecorded.class,
                        AvroValuesRecordedSerde.AVRO_SCHEMA,
                        AvroValuesRecordedSerde.Avro.INSTANCE),
                Arguments.of(
                        AvroShapesRecorded.class,
                        AvroShapesRecordedSerde.AVRO_SCHEMA,
                        AvroShapesRecordedSerde.Avro.INSTANCE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    <E extends Record> void ourBytesAreApacheAvrosAndReadBack(Class<E> type, String schemaText, AvroCodec<E> codec) {
        Schema schema = new Schema.Parser().parse(schemaText);
        RandomRecords records = new RandomRecords(new EdgeCaseRandom(seed));
        int written = 0;
        for (int n = 0; n < EVENTS; n++) {
            E event = records.next(type);
            AvroWriter out = new AvroWriter();
            try {
                codec.write(out, event);
            } catch (IllegalArgumentException refused) {
                // what Avro's types cannot hold is refused, not changed: UTF-8 cannot hold a lone surrogate
                // (Apache Avro would write '?'), timestamp-nanos ends in 2262
                assertThat(hasLoneSurrogate(event.toString())
                                || refused.getMessage().contains("outside the range"))
                        .as("seed %d: %s refused with %s", seed, event, refused.getMessage())
                        .isTrue();
                continue;
            }
            byte[] ours = out.toByteArray();

            Object read = avroRead(schema, ours);
            byte[] theirs = avroWrite(schema, read);
            assertThat(theirs)
                    .as(
                            "seed %d, event %d: the bytes differ from byte %d; Avro read %s",
                            seed, n, firstDifference(theirs, ours), read)
                    .isEqualTo(ours);
            AvroReader in = new AvroReader(ours);
            E back = codec.read(in);
            in.requireEnd();
            assertThat(differences(event, back))
                    .as("seed %d, event %d", seed, n)
                    .isEmpty();
            written++;
        }
        // most random events hold a string with a lone surrogate somewhere, which is refused
        assertThat(written).as("events checked").isGreaterThan(100);
    }

    /** The components that did not read back, each with what was written and what was read. */
    private static java.util.List<String> differences(Record written, Record read) {
        java.util.List<String> differences = new java.util.ArrayList<>();
        for (java.lang.reflect.RecordComponent component : written.getClass().getRecordComponents()) {
            try {
                // a component Jackson never writes has no field: it reads as absent, null here
                Object a = component.getAccessor().isAnnotationPresent(JsonIgnore.class)
                        ? null
                        : component.getAccessor().invoke(written);
                Object b = component.getAccessor().invoke(read);
                if (!Equivalence.same(a, b)) {
                    differences.add(component.getName() + ": wrote " + a + ", read " + b);
                }
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return differences;
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static int firstDifference(byte[] a, byte[] b) {
        int i = 0;
        while (i < a.length && i < b.length && a[i] == b[i]) {
            i++;
        }
        return i;
    }

    /** Avro's generic reading, with maps in the order they come, so that writing them again keeps it. */
    private static Object avroRead(Schema schema, byte[] bytes) {
        try {
            BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, null);
            GenericData data = new GenericData();
            // Avro 1.12's fast reader makes its maps itself, as HashMaps; the classic reader asks newMap
            data.setFastReaderEnabled(false);
            Object value = new GenericDatumReader<Object>(schema, schema, data) {
                @Override
                protected Object newMap(Object old, int size) {
                    return new LinkedHashMap<>();
                }
            }.read(null, decoder);
            assertThat(decoder.isEnd()).as("Avro read every byte").isTrue();
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] avroWrite(Schema schema, Object value) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
            new GenericDatumWriter<>(schema).write(value, encoder);
            encoder.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
