package dev.eventrecords.processor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventrecords.Bytes;
import dev.eventrecords.kafka.Codecs;
import dev.eventrecords.kafka.Json;
import dev.eventrecords.kafka.JsonCodec;
import dev.eventrecords.kafka.avro.AvroCodec;
import dev.eventrecords.kafka.avro.AvroCodecs;
import dev.eventrecords.kafka.avro.AvroReader;
import dev.eventrecords.kafka.avro.AvroWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalType;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each value type's Avro form in the registry ({@link ValueType#avro()}) against the runtime's codec for it ({@link
 * AvroCodecs}, the constant named as its JSON codec) and Apache Avro 1.12.1: for every sample of {@code
 * ValueTypesContractTest}, our bytes are those Avro's {@code GenericDatumWriter} writes under the registry's schema for
 * the value Avro's own conversion gives ({@code uuid}, {@code date}, {@code timestamp-nanos}, {@code
 * local-timestamp-nanos}), or, for a type carried as a string, for the text its JSON codec writes; the codec reads its
 * bytes back to the sample; and a sample Avro's conversion cannot carry is refused, not changed.
 */
class AvroFormsContractTest {

    @Test
    void theReadmeTableOfAvroFormsIsTheRegistry() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher table = Pattern.compile("(?s)<!-- avro-types -->\\n(.*?)\\n<!-- /avro-types -->")
                .matcher(readme);
        assertThat(table.find()).as("README.md holds the Avro table").isTrue();
        List<String> expected = new ArrayList<>(List.of("| type | Avro schema | holds |", "|---|---|---|"));
        for (ValueType v : ValueTypes.all()) {
            ValueType.AvroForm form = v.avro().orElseThrow();
            expected.add("| `" + v.display() + "` | `" + form.schema() + "` | " + form.encoding() + " |");
        }
        assertThat(table.group(1).lines().toList())
                .as("the README's Avro table, as the registry gives it:%n%s", String.join("\n", expected))
                .containsExactlyElementsOf(expected);
    }

    static Stream<ValueType> entries() {
        return ValueTypes.all().stream();
    }

    @ParameterizedTest
    @MethodSource("entries")
    void itsAvroCodecIsAConstantOfAvroCodecsNamedAsItsJsonCodec(ValueType v) throws ReflectiveOperationException {
        Field field = AvroCodecs.class.getField(v.codec());

        assertThat(Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers()))
                .isTrue();
        assertThat(field.getType()).isEqualTo(AvroCodec.class);
        assertThat(((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0].getTypeName())
                .isEqualTo(boxed(v.name()));
    }

    @ParameterizedTest
    @MethodSource("entries")
    void everySampleIsWhatApacheAvroWritesForItsFormAndReadsBack(ValueType v) throws Exception {
        Schema schema = new Schema.Parser().parse(v.avro().orElseThrow().schema());
        @SuppressWarnings("unchecked")
        AvroCodec<Object> codec =
                (AvroCodec<Object>) AvroCodecs.class.getField(v.codec()).get(null);
        for (Object sample : ValueTypesContractTest.SAMPLES.get(v.name())) {
            AvroWriter out = new AvroWriter();
            Object datum;
            try {
                datum = reference(v, schema, sample);
            } catch (ArithmeticException outOfRange) {
                assertThatThrownBy(() -> codec.write(out, sample))
                        .as("%s %s", v.name(), sample)
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("outside the range");
                continue;
            }
            codec.write(out, sample);

            assertThat(out.toByteArray()).as("%s %s", v.name(), sample).isEqualTo(avro(schema, datum));
            AvroReader in = new AvroReader(out.toByteArray());
            assertThat(codec.read(in)).as("%s %s", v.name(), sample).isEqualTo(sample);
            in.requireEnd();
            if (schema.getLogicalType() != null) {
                assertThat(avroReads(schema, out.toByteArray()))
                        .as("%s %s", v.name(), sample)
                        .isEqualTo(sample);
            }
        }
    }

    /** The value Apache Avro writes for the sample under its schema: by Avro's conversion, or the JSON text. */
    private static Object reference(ValueType v, Schema schema, Object sample) throws Exception {
        LogicalType logical = schema.getLogicalType();
        if (logical != null) {
            return switch (logical.getName()) {
                case "uuid" -> new Conversions.UUIDConversion().toCharSequence((UUID) sample, schema, logical);
                case "date" -> new TimeConversions.DateConversion().toInt((LocalDate) sample, schema, logical);
                case "timestamp-nanos" -> timestampNanos((Instant) sample, schema, logical);
                case "local-timestamp-nanos" ->
                    new TimeConversions.LocalTimestampNanosConversion().toLong((LocalDateTime) sample, schema, logical);
                default -> throw new AssertionError("no reference for " + logical.getName());
            };
        }
        return switch (schema.getType()) {
            case BOOLEAN, FLOAT, DOUBLE, LONG ->
                sample instanceof OptionalLong l
                        ? (Object) l.getAsLong()
                        : sample instanceof OptionalDouble d ? (Object) d.getAsDouble() : sample;
            case INT -> {
                if (sample instanceof Number n) {
                    yield n.intValue();
                }
                if (sample instanceof Character c) {
                    yield (int) c;
                }
                if (sample instanceof Month m) {
                    yield m.getValue();
                }
                if (sample instanceof Year y) {
                    yield y.getValue();
                }
                yield ((OptionalInt) sample).getAsInt();
            }
            case BYTES -> ByteBuffer.wrap(((Bytes) sample).toByteArray());
            case STRING -> jsonText(v, sample);
            default -> throw new AssertionError("no reference for " + schema);
        };
    }

    /** The text the type's JSON codec writes: a string's contents, or a number's digits. */
    private static String jsonText(ValueType v, Object sample) throws ReflectiveOperationException {
        @SuppressWarnings("unchecked")
        JsonCodec<Object> json =
                (JsonCodec<Object>) Codecs.class.getField(v.codec()).get(null);
        String text = new String(Json.toBytes(json, sample), StandardCharsets.UTF_8);
        if (!text.startsWith("\"")) {
            return text;
        }
        return Json.fromBytes(Codecs.STRING, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Avro's {@code timestamp-nanos} of an instant; but Avro 1.12.1 subtracts 10^6 where it means 10^9 for an instant
     * before 1970 with a fraction of a second (AVRO-4269, fixed after 1.12.1), so there the spec's count of nanoseconds
     * is the reference, and Avro's reading of it back ({@link #avroReads}) checks it.
     */
    private static long timestampNanos(Instant sample, Schema schema, LogicalType logical) {
        if (sample.getEpochSecond() < 0 && sample.getNano() > 0) {
            return Math.addExact(Math.multiplyExact(sample.getEpochSecond(), 1_000_000_000L), sample.getNano());
        }
        return new TimeConversions.TimestampNanosConversion().toLong(sample, schema, logical);
    }

    /** What Apache Avro's generic reader, with its conversion of the logical type, reads from the bytes. */
    private static Object avroReads(Schema schema, byte[] bytes) throws IOException {
        GenericData data = new GenericData();
        data.addLogicalTypeConversion(new Conversions.UUIDConversion());
        data.addLogicalTypeConversion(new TimeConversions.DateConversion());
        data.addLogicalTypeConversion(new TimeConversions.TimestampNanosConversion());
        data.addLogicalTypeConversion(new TimeConversions.LocalTimestampNanosConversion());
        return new GenericDatumReader<>(schema, schema, data)
                .read(null, DecoderFactory.get().binaryDecoder(bytes, null));
    }

    private static byte[] avro(Schema schema, Object datum) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(bytes, null);
        new GenericDatumWriter<Object>(schema).write(datum, encoder);
        return bytes.toByteArray();
    }

    private static String boxed(String name) {
        return switch (name) {
            case "boolean" -> "java.lang.Boolean";
            case "byte" -> "java.lang.Byte";
            case "short" -> "java.lang.Short";
            case "int" -> "java.lang.Integer";
            case "long" -> "java.lang.Long";
            case "float" -> "java.lang.Float";
            case "double" -> "java.lang.Double";
            case "char" -> "java.lang.Character";
            default -> name;
        };
    }
}
