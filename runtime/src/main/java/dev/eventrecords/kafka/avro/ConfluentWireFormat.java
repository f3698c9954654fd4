package dev.eventrecords.kafka.avro;

import dev.eventrecords.kafka.EventReadException;

/**
 * The framing of a value written through a Confluent-compatible schema registry: the magic byte {@code 0}, the
 * schema's registry id as four big-endian bytes, then the value's Avro binary encoding. Every Confluent serializer and
 * deserializer, and Apicurio's in its Confluent mode, reads and writes this form.
 */
public final class ConfluentWireFormat {

    /** The first byte of every framed value. */
    public static final byte MAGIC = 0;

    /** The bytes before the Avro encoding: the magic byte and the schema id. */
    public static final int HEADER_SIZE = 5;

    private ConfluentWireFormat() {}

    /** Starts a framed value: writes the magic byte and the schema id; the value's encoding follows. */
    public static void writeHeader(AvroWriter out, int schemaId) {
        out.writeRaw(new byte[] {MAGIC});
        out.writeRawIntBigEndian(schemaId);
    }

    /**
     * The schema id of a framed value; its Avro encoding starts at {@link #HEADER_SIZE}.
     *
     * @throws EventReadException when the value is shorter than the header or does not start with the magic byte
     */
    public static int schemaId(byte[] data) {
        if (data.length < HEADER_SIZE) {
            throw EventReadException.of("the value has " + data.length + " bytes, fewer than the " + HEADER_SIZE
                    + " of a schema registry's header (a magic byte 0 and a 4-byte schema id)");
        }
        if (data[0] != MAGIC) {
            throw EventReadException.of("the value starts with the byte " + (data[0] & 0xFF)
                    + ", not the magic byte 0 of a schema registry's wire format: it was not written through one");
        }
        return (data[1] & 0xFF) << 24 | (data[2] & 0xFF) << 16 | (data[3] & 0xFF) << 8 | (data[4] & 0xFF);
    }

    /** A reader of a framed value's Avro encoding, past its header (checked by {@link #schemaId(byte[])}). */
    public static AvroReader payload(byte[] data) {
        schemaId(data);
        return new AvroReader(data, HEADER_SIZE, data.length - HEADER_SIZE);
    }
}
