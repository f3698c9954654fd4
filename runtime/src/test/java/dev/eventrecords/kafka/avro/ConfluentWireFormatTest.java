package dev.eventrecords.kafka.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventrecords.kafka.EventReadException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;

/** The registry's framing: the magic byte, the big-endian schema id, then the Avro encoding. */
class ConfluentWireFormatTest {

    private static final Schema SCHEMA = new Schema.Parser()
            .parse("{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
                    + "{\"name\":\"n\",\"type\":\"long\"}]}");

    @Test
    void aFramedValueIsTheMagicByteTheIdAndTheEncoding() throws IOException {
        AvroWriter out = new AvroWriter();
        ConfluentWireFormat.writeHeader(out, 0x01020304);
        out.writeString("a1");
        out.writeLong(-3);
        byte[] framed = out.toByteArray();

        assertThat(framed).startsWith(0, 1, 2, 3, 4);
        assertThat(ConfluentWireFormat.schemaId(framed)).isEqualTo(0x01020304);
        // the rest is what Apache Avro writes for the record, and reads back
        GenericRecord record = new GenericData.Record(SCHEMA);
        record.put("id", "a1");
        record.put("n", -3L);
        ByteArrayOutputStream avro = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(avro, null);
        new GenericDatumWriter<GenericRecord>(SCHEMA).write(record, encoder);
        byte[] payload = java.util.Arrays.copyOfRange(framed, ConfluentWireFormat.HEADER_SIZE, framed.length);
        assertThat(payload).isEqualTo(avro.toByteArray());
        assertThat(new GenericDatumReader<GenericRecord>(SCHEMA)
                        .read(null, DecoderFactory.get().binaryDecoder(payload, null)))
                .isEqualTo(record);
        AvroReader reader = ConfluentWireFormat.payload(framed);
        assertThat(reader.readString()).isEqualTo("a1");
        assertThat(reader.readLong()).isEqualTo(-3);
        reader.requireEnd();
    }

    @Test
    void theLargestIdsAreUnsigned() {
        AvroWriter out = new AvroWriter();
        ConfluentWireFormat.writeHeader(out, -1);

        assertThat(out.toByteArray()).containsExactly(0, 0xFF, 0xFF, 0xFF, 0xFF);
        assertThat(ConfluentWireFormat.schemaId(out.toByteArray())).isEqualTo(-1);
    }

    @Test
    void aValueShorterThanTheHeaderIsRefused() {
        assertThatThrownBy(() -> ConfluentWireFormat.schemaId(new byte[] {0, 0, 1}))
                .isInstanceOf(EventReadException.class)
                .hasMessage("the value has 3 bytes, fewer than the 5 of a schema registry's header (a magic byte 0 and"
                        + " a 4-byte schema id)");
    }

    @Test
    void aValueNotFramedByARegistryIsRefused() {
        assertThatThrownBy(() ->
                        ConfluentWireFormat.payload("{\"id\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(EventReadException.class)
                .hasMessage("the value starts with the byte 123, not the magic byte 0 of a schema registry's wire"
                        + " format: it was not written through one");
    }
}
