package dev.eventrecords.kafka.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventrecords.kafka.EventReadException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.avro.Schema;
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
 * {@link SchemaResolution} against Apache Avro 1.12.1: for each pair of a writer's and a reader's schema, random values
 * written by {@code GenericDatumWriter} under the writer's schema are read by {@code GenericDatumReader(writer,
 * reader)} and written again under the reader's; our transcoding of the same bytes gives the same bytes (the same
 * value where a map's entries may come in another order), and fails exactly where Avro's reading fails. Pairs that Avro cannot resolve at all are refused when resolved, naming the
 * field and the change. Each run draws a new seed; rerun with {@code -Deventrecords.seed=<seed>}.
 */
class SchemaResolutionDifferentialTest {

    private static final int VALUES = 300;

    private final long seed = Long.getLong("eventrecords.seed", System.nanoTime());

    static Stream<Arguments> resolvablePairs() {
        return Stream.of(
                Arguments.of("the same schema", EVERY_TYPE, EVERY_TYPE),
                Arguments.of("fields added with defaults, of every type", SMALL, ADDED_WITH_DEFAULTS),
                Arguments.of("fields removed, of every type", EVERY_TYPE, SMALL_OF_EVERY_TYPE),
                Arguments.of("numbers promoted, strings and bytes swapped", PROMOTABLE, PROMOTED),
                Arguments.of("fields reordered", REORDER_WRITER, REORDER_READER),
                Arguments.of("enum symbols removed, with a reader's default", ENUM_WRITER, ENUM_READER_DEFAULT),
                Arguments.of("enum symbols removed, without a default", ENUM_WRITER, ENUM_READER_NO_DEFAULT),
                Arguments.of("a writer's union read as one type", UNION_WRITER, UNION_READ_AS_ONE),
                Arguments.of("a writer's union read as another union", UNION_WRITER, UNION_READ_AS_UNION),
                Arguments.of("single types read as unions", SINGLE, SINGLE_AS_UNIONS),
                Arguments.of("a recursive record evolved", LIST_V1, LIST_V2),
                Arguments.of("renamed through aliases", ALIASED_WRITER, ALIASED_READER),
                Arguments.of("records in collections evolved", NESTED_V1, NESTED_V2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resolvablePairs")
    void transcodesAsApacheAvroResolves(String name, String writerText, String readerText) {
        Schema writer = new Schema.Parser().parse(writerText);
        Schema reader = new Schema.Parser().parse(readerText);
        SchemaResolution resolution = SchemaResolution.of(writerText, readerText);
        RandomDatum values = new RandomDatum(new Random(seed));
        int agreedFailures = 0;
        for (int v = 0; v < VALUES; v++) {
            Object value = values.of(writer);
            byte[] written = write(writer, value);
            Object resolved;
            try {
                resolved = new GenericDatumReader<>(writer, reader)
                        .read(null, DecoderFactory.get().binaryDecoder(written, null));
            } catch (RuntimeException | IOException avroFails) {
                assertThatThrownBy(() -> transcode(resolution, written))
                        .as("seed %d, value %s: Avro fails with %s", seed, value, avroFails)
                        .isInstanceOf(EventReadException.class);
                agreedFailures++;
                continue;
            }
            byte[] ours = transcode(resolution, written);
            assertThat(read(reader, ours)).as("seed %d, value %s", seed, value).isEqualTo(resolved);
            if (!hasMap(reader, new HashSet<>())) {
                // Avro reads a map into a HashMap, so its entries come out again in another order; else, the same bytes
                assertThat(ours).as("seed %d, value %s", seed, value).isEqualTo(write(reader, resolved));
            }
        }
        assertThat(agreedFailures).as("values that read").isLessThan(VALUES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resolvablePairs")
    void identityIsExactlyTheSameEncoding(String name, String writerText, String readerText) {
        assertThat(SchemaResolution.of(writerText, readerText).identity()).isEqualTo(writerText.equals(readerText));
    }

    static Stream<Arguments> unresolvablePairs() {
        return Stream.of(
                Arguments.of(
                        SMALL,
                        ADDED_WITHOUT_DEFAULT,
                        "field 'com.acme.Sample.added' is in the reader's schema"
                                + " without a default and not in the writer's"),
                Arguments.of(
                        SMALL,
                        TYPE_CHANGED,
                        "'com.acme.Sample.count' is int in the writer's schema and string"
                                + " in the reader's, which Avro does not promote it to"),
                Arguments.of(
                        FIXED_4,
                        FIXED_8,
                        "'com.acme.Sample.id' is fixed 'com.acme.Id' of 4 bytes in the"
                                + " writer's schema and fixed 'com.acme.Id' of 8 bytes in the reader's"),
                Arguments.of(
                        ENUM_WRITER,
                        ENUM_RENAMED,
                        "is enum 'com.acme.Colour' in the writer's schema and enum"
                                + " 'com.acme.Hue' in the reader's"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("unresolvablePairs")
    void refusesWhatApacheAvroCannotResolve(String writerText, String readerText, String message) {
        Schema writer = new Schema.Parser().parse(writerText);
        Schema reader = new Schema.Parser().parse(readerText);
        byte[] written = write(writer, new RandomDatum(new Random(seed)).of(writer));

        assertThatThrownBy(() -> new GenericDatumReader<>(writer, reader)
                        .read(null, DecoderFactory.get().binaryDecoder(written, null)))
                .as("Apache Avro cannot resolve them either")
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> SchemaResolution.of(writerText, readerText))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    private static byte[] transcode(SchemaResolution resolution, byte[] written) {
        AvroReader in = new AvroReader(written);
        AvroWriter out = new AvroWriter();
        resolution.transcode(in, out);
        in.requireEnd();
        return out.toByteArray();
    }

    private static Object read(Schema schema, byte[] bytes) {
        try {
            BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, null);
            Object value = new GenericDatumReader<>(schema).read(null, decoder);
            assertThat(decoder.isEnd()).as("nothing after the value").isTrue();
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasMap(Schema schema, Set<Schema> seen) {
        if (!seen.add(schema)) {
            return false;
        }
        return switch (schema.getType()) {
            case MAP -> true;
            case ARRAY -> hasMap(schema.getElementType(), seen);
            case UNION -> schema.getTypes().stream().anyMatch(branch -> hasMap(branch, seen));
            case RECORD -> schema.getFields().stream().anyMatch(field -> hasMap(field.schema(), seen));
            default -> false;
        };
    }

    private static byte[] write(Schema schema, Object value) {
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

    private static final String EVERY_TYPE = """
            {"type": "record", "name": "Sample", "namespace": "com.acme", "fields": [
              {"name": "flag", "type": "boolean"},
              {"name": "count", "type": "int"},
              {"name": "total", "type": "long"},
              {"name": "ratio", "type": "float"},
              {"name": "amount", "type": "double"},
              {"name": "label", "type": "string"},
              {"name": "blob", "type": "bytes"},
              {"name": "id", "type": {"type": "fixed", "name": "Id", "size": 4}},
              {"name": "colour", "type": {"type": "enum", "name": "Colour", "symbols": ["RED", "GREEN", "BLUE"]}},
              {"name": "tags", "type": {"type": "array", "items": "string"}},
              {"name": "scores", "type": {"type": "map", "values": "long"}},
              {"name": "note", "type": ["null", "string"], "default": null},
              {"name": "when", "type": {"type": "long", "logicalType": "timestamp-micros"}},
              {"name": "address", "type": {"type": "record", "name": "Address", "fields": [
                {"name": "street", "type": "string"},
                {"name": "zip", "type": ["null", "int"], "default": null}]}},
              {"name": "history", "type": {"type": "array", "items": "Address"}},
              {"name": "either", "type": ["int", "string", "Address", "Colour"]}
            ]}
            """;

    private static final String SMALL_OF_EVERY_TYPE = """
            {"type": "record", "name": "Sample", "namespace": "com.acme", "fields": [
              {"name": "count", "type": "int"},
              {"name": "label", "type": "string"}
            ]}
            """;

    private static final String SMALL = """
            {"type": "record", "name": "Sample", "namespace": "com.acme", "fields": [
              {"name": "count", "type": "int"},
              {"name": "id", "type": {"type": "fixed", "name": "Id", "size": 4}}
            ]}
            """;

    private static final String ADDED_WITH_DEFAULTS = """
            {"type": "record", "name": "Sample", "namespace": "com.acme", "fields": [
              {"name": "flag", "type": "boolean", "default": true},
              {"name": "count", "type": "int"},
              {"name": "total", "type": "long", "default": -9007199254740993},
              {"name": "ratio", "type": "float", "default": 1.5},
              {"name": "amount", "type": "double", "default": -2.25e10},
              {"name": "label", "type": "string", "default": "Zürich"},
              {"name": "blob", "type": "bytes", "default": "\\u00ff\\u0000a"},
              {"name": "id", "type": {"type": "fixed", "name": "Id", "size": 4}},
              {"name": "code", "type": {"type": "fixed", "name": "Code", "size": 2}, "default": "\\u0001\\u00fe"},
              {"name": "colour", "type": {"type": "enum", "name": "Colour", "symbols": ["RED", "GREEN"]},
               "default": "GREEN"},
              {"name": "tags", "type": {"type": "array", "items": "string"}, "default": ["a", "b"]},
              {"name": "scores", "type": {"type": "map", "values": "long"}, "default": {"x": 1, "y": 2}},
              {"name": "note", "type": ["null", "string"], "default": null},
              {"name": "first", "type": ["string", "null"], "default": "first branch"},
              {"name": "address", "type": {"type": "record", "name": "Address", "fields": [
                {"name": "street", "type": "string"},
                {"name": "zip", "type": ["null", "int"], "default": null}]},
               "default": {"street": "Main"}},
              {"name": "empty", "type": {"type": "array", "items": "Address"}, "default": []}
            ]}
            """;

    private static final String ADDED_WITHOUT_DEFAULT = """
            {"type": "record", "name": "Sample", "namespace": "com.acme", "fields": [
              {"name": "count", "type": "int"},
              {"name": "added", "type": "string"},
              {"name": "id", "type": {"type": "fixed", "name": "Id", "size": 4}}
            ]}
            """;

    private static final String TYPE_CHANGED = """
            {"type": "record", "name": "Sample", "namespace": "com.acme", "fields": [
              {"name": "count", "type": "string"},
              {"name": "id", "type": {"type": "fixed", "name": "Id", "size": 4}}
            ]}
            """;

    private static final String FIXED_4 = SMALL;

    private static final String FIXED_8 = SMALL.replace("\"size\": 4", "\"size\": 8");

    private static final String PROMOTABLE = """
            {"type": "record", "name": "Numbers", "fields": [
              {"name": "a", "type": "int"}, {"name": "b", "type": "int"}, {"name": "c", "type": "int"},
              {"name": "d", "type": "long"}, {"name": "e", "type": "long"}, {"name": "f", "type": "float"},
              {"name": "g", "type": "string"}, {"name": "h", "type": "bytes"},
              {"name": "i", "type": {"type": "array", "items": "int"}},
              {"name": "j", "type": {"type": "map", "values": "float"}},
              {"name": "k", "type": ["null", "int"]}
            ]}
            """;

    private static final String PROMOTED = """
            {"type": "record", "name": "Numbers", "fields": [
              {"name": "a", "type": "long"}, {"name": "b", "type": "float"}, {"name": "c", "type": "double"},
              {"name": "d", "type": "float"}, {"name": "e", "type": "double"}, {"name": "f", "type": "double"},
              {"name": "g", "type": "bytes"}, {"name": "h", "type": "string"},
              {"name": "i", "type": {"type": "array", "items": "long"}},
              {"name": "j", "type": {"type": "map", "values": "double"}},
              {"name": "k", "type": ["null", "double"]}
            ]}
            """;

    private static final String REORDER_WRITER = """
            {"type": "record", "name": "Order", "fields": [
              {"name": "a", "type": "string"}, {"name": "b", "type": "int"},
              {"name": "c", "type": {"type": "array", "items": "long"}}, {"name": "d", "type": "boolean"}
            ]}
            """;

    private static final String REORDER_READER = """
            {"type": "record", "name": "Order", "fields": [
              {"name": "d", "type": "boolean"}, {"name": "new", "type": "int", "default": 3},
              {"name": "b", "type": "long"}, {"name": "a", "type": "string"}
            ]}
            """;

    private static final String ENUM_WRITER = """
            {"type": "record", "name": "Paint", "namespace": "com.acme", "fields": [
              {"name": "colour", "type": {"type": "enum", "name": "Colour",
                "symbols": ["RED", "GREEN", "BLUE", "MAUVE"]}}
            ]}
            """;

    private static final String ENUM_READER_DEFAULT = """
            {"type": "record", "name": "Paint", "namespace": "com.acme", "fields": [
              {"name": "colour", "type": {"type": "enum", "name": "Colour",
                "symbols": ["UNKNOWN", "BLUE", "RED", "GREEN"], "default": "UNKNOWN"}}
            ]}
            """;

    private static final String ENUM_READER_NO_DEFAULT = """
            {"type": "record", "name": "Paint", "namespace": "com.acme", "fields": [
              {"name": "colour", "type": {"type": "enum", "name": "Colour", "symbols": ["BLUE", "RED", "GREEN"]}}
            ]}
            """;

    private static final String ENUM_RENAMED = ENUM_WRITER.replace("\"Colour\"", "\"Hue\"");

    private static final String UNION_WRITER = """
            {"type": "record", "name": "U", "fields": [
              {"name": "value", "type": ["int", "long", "string"]},
              {"name": "maybe", "type": ["null", "int"]}
            ]}
            """;

    private static final String UNION_READ_AS_ONE = """
            {"type": "record", "name": "U", "fields": [
              {"name": "value", "type": "double"},
              {"name": "maybe", "type": "long"}
            ]}
            """;

    private static final String UNION_READ_AS_UNION = """
            {"type": "record", "name": "U", "fields": [
              {"name": "value", "type": ["bytes", "null", "double"]},
              {"name": "maybe", "type": ["long", "null"]}
            ]}
            """;

    private static final String SINGLE = """
            {"type": "record", "name": "S", "fields": [
              {"name": "a", "type": "int"},
              {"name": "b", "type": "int"},
              {"name": "c", "type": {"type": "record", "name": "Inner", "fields": [{"name": "x", "type": "int"}]}},
              {"name": "d", "type": "string"}
            ]}
            """;

    private static final String SINGLE_AS_UNIONS = """
            {"type": "record", "name": "S", "fields": [
              {"name": "a", "type": ["null", "int"]},
              {"name": "b", "type": ["null", "string", "long"]},
              {"name": "c", "type": ["null", {"type": "record", "name": "Inner", "fields": [
                {"name": "x", "type": "long"}, {"name": "y", "type": "string", "default": ""}]}]},
              {"name": "d", "type": ["null", "bytes"]}
            ]}
            """;

    private static final String LIST_V1 = """
            {"type": "record", "name": "Cell", "fields": [
              {"name": "value", "type": "int"},
              {"name": "next", "type": ["null", "Cell"]}
            ]}
            """;

    private static final String LIST_V2 = """
            {"type": "record", "name": "Cell", "fields": [
              {"name": "value", "type": "long"},
              {"name": "label", "type": "string", "default": "cell"},
              {"name": "next", "type": ["null", "Cell"]}
            ]}
            """;

    private static final String ALIASED_WRITER = """
            {"type": "record", "name": "OldName", "namespace": "com.acme", "fields": [
              {"name": "oldField", "type": "int"},
              {"name": "shade", "type": {"type": "enum", "name": "OldShade", "symbols": ["DARK", "LIGHT"]}},
              {"name": "kept", "type": "string"}
            ]}
            """;

    private static final String ALIASED_READER = """
            {"type": "record", "name": "NewName", "namespace": "com.acme", "aliases": ["OldName"], "fields": [
              {"name": "newField", "type": "long", "aliases": ["oldField"]},
              {"name": "shade", "type": {"type": "enum", "name": "Shade", "aliases": ["OldShade"],
                "symbols": ["LIGHT", "DARK"]}},
              {"name": "kept", "type": "string"}
            ]}
            """;

    private static final String NESTED_V1 = """
            {"type": "record", "name": "Basket", "fields": [
              {"name": "items", "type": {"type": "array", "items": {"type": "record", "name": "Item", "fields": [
                {"name": "sku", "type": "string"}, {"name": "quantity", "type": "int"},
                {"name": "gone", "type": {"type": "map", "values": {"type": "array", "items": "Item"}}}]}}},
              {"name": "byName", "type": {"type": "map", "values": "Item"}}
            ]}
            """;

    private static final String NESTED_V2 = """
            {"type": "record", "name": "Basket", "fields": [
              {"name": "items", "type": {"type": "array", "items": {"type": "record", "name": "Item", "fields": [
                {"name": "quantity", "type": "long"}, {"name": "sku", "type": "string"},
                {"name": "price", "type": ["null", "double"], "default": null}]}}},
              {"name": "byName", "type": {"type": "map", "values": "Item"}}
            ]}
            """;
}
