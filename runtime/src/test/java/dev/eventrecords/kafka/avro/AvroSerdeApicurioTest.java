package dev.eventrecords.kafka.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventrecords.embedded.EmbeddedRegistry;
import dev.eventrecords.kafka.CloudEventHeaders;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Avro serializer and deserializer ({@link AvroFormat}) against a real Apicurio Registry 2.6.13 and Apache Avro
 * 1.12: the registry's framing, registration and evolution in both directions, and every failure named with topic,
 * type and schema id. The events are a record written by hand as a generated codec would be. Each test uses topics
 * of its own on the shared registry.
 */
class AvroSerdeApicurioTest {

    /** Version 1 of the event. */
    record ParcelShipped(String parcelId, int grams) {}

    /** Version 2: the weight widened to a long, a carrier added with a default. */
    record ParcelShippedV2(String parcelId, long grams, String carrier) {}

    static final String V1 = """
            {"type":"record","name":"ParcelShipped","namespace":"com.acme.parcels","fields":[
              {"name":"parcelId","type":"string"},
              {"name":"grams","type":"int"}]}""";

    static final String V2 = """
            {"type":"record","name":"ParcelShipped","namespace":"com.acme.parcels","fields":[
              {"name":"parcelId","type":"string"},
              {"name":"grams","type":"long"},
              {"name":"carrier","type":"string","default":"unknown"}]}""";

    /** Breaks BACKWARD: a field added without a default, which V1's events lack. */
    static final String BROKEN = """
            {"type":"record","name":"ParcelShipped","namespace":"com.acme.parcels","fields":[
              {"name":"parcelId","type":"string"},
              {"name":"grams","type":"int"},
              {"name":"depot","type":"string"}]}""";

    static final AvroCodec<ParcelShipped> V1_CODEC = new AvroCodec<>() {
        @Override
        public void write(AvroWriter out, ParcelShipped value) {
            out.writeString(value.parcelId());
            out.writeInt(value.grams());
        }

        @Override
        public ParcelShipped read(AvroReader in) {
            return new ParcelShipped(in.readString(), in.readInt());
        }
    };

    static final AvroCodec<ParcelShippedV2> V2_CODEC = new AvroCodec<>() {
        @Override
        public void write(AvroWriter out, ParcelShippedV2 value) {
            out.writeString(value.parcelId());
            out.writeLong(value.grams());
            out.writeString(value.carrier());
        }

        @Override
        public ParcelShippedV2 read(AvroReader in) {
            return new ParcelShippedV2(in.readString(), in.readLong(), in.readString());
        }
    };

    static final class V1Serializer extends AvroEventSerializer<ParcelShipped> {
        V1Serializer() {
            super(V1_CODEC, "com.acme.parcels.ParcelShipped", V1, event -> null);
        }
    }

    static final class V1Deserializer extends AvroEventDeserializer<ParcelShipped> {
        V1Deserializer() {
            super(V1_CODEC, "com.acme.parcels.ParcelShipped", V1);
        }
    }

    static final class V2Serializer extends AvroEventSerializer<ParcelShippedV2> {
        V2Serializer() {
            super(V2_CODEC, "com.acme.parcels.ParcelShipped", V2, event -> Instant.EPOCH);
        }
    }

    static final class V2Deserializer extends AvroEventDeserializer<ParcelShippedV2> {
        V2Deserializer() {
            super(V2_CODEC, "com.acme.parcels.ParcelShipped", V2);
        }
    }

    private static EmbeddedRegistry registry;

    @BeforeAll
    static void startRegistry() {
        registry = EmbeddedRegistry.shared();
    }

    private static Map<String, Object> configs() {
        return Map.of(SchemaRegistryConfig.URL, registry.url(), SchemaRegistryConfig.MAX_RETRIES, 0);
    }

    private static <S extends org.apache.kafka.common.serialization.Serializer<?>> S configured(S serializer) {
        serializer.configure(configs(), false);
        return serializer;
    }

    private static <D extends org.apache.kafka.common.serialization.Deserializer<?>> D configured(D deserializer) {
        deserializer.configure(configs(), false);
        return deserializer;
    }

    @Test
    void writesTheRegistrysFramingAroundApacheAvrosBytes() throws IOException {
        byte[] value = configured(new V1Serializer()).serialize("framing", new ParcelShipped("P-1", 1200));

        int id = ConfluentWireFormat.schemaId(value);
        SchemaRegistryClient client = new SchemaRegistryClient(SchemaRegistryConfig.of(configs()));
        assertThat(client.latest("framing-value").id()).isEqualTo(id);
        GenericRecord expected = new GenericData.Record(new Schema.Parser().parse(V1));
        expected.put("parcelId", "P-1");
        expected.put("grams", 1200);
        byte[] avro = avro(expected);
        assertThat(value).hasSize(ConfluentWireFormat.HEADER_SIZE + avro.length);
        assertThat(java.util.Arrays.copyOfRange(value, ConfluentWireFormat.HEADER_SIZE, value.length))
                .isEqualTo(avro);
    }

    @Test
    void readsWhatItWrites() {
        ParcelShipped event = new ParcelShipped("P-2 ✓", -5);
        byte[] value = configured(new V1Serializer()).serialize("round-trip", event);

        assertThat(configured(new V1Deserializer()).deserialize("round-trip", value))
                .isEqualTo(event);
    }

    @Test
    void newerReadersReadOlderEventsAndOlderReadersNewerOnes() {
        byte[] old = configured(new V1Serializer()).serialize("evolving", new ParcelShipped("P-3", 700));
        byte[] newer =
                configured(new V2Serializer()).serialize("evolving", new ParcelShippedV2("P-4", 1L << 33, "DHL"));

        assertThat(ConfluentWireFormat.schemaId(newer)).isNotEqualTo(ConfluentWireFormat.schemaId(old));
        assertThat(configured(new V2Deserializer()).deserialize("evolving", old))
                .isEqualTo(new ParcelShippedV2("P-3", 700, "unknown"));
        // the older reader skips the carrier; a long does not narrow to an int, so a V2 weight cannot be read as V1's
        assertThatThrownBy(() -> configured(new V1Deserializer()).deserialize("evolving", newer))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("cannot deserialize 'com.acme.parcels.ParcelShipped' from topic 'evolving'")
                .hasMessageContaining("schema id " + ConfluentWireFormat.schemaId(newer))
                .hasMessageContaining("'com.acme.parcels.ParcelShipped.grams' is long in the writer's schema and int"
                        + " in the reader's");
    }

    @Test
    void readsWhatApacheAvroWroteUnderAnotherRegisteredSchema() throws IOException {
        SchemaRegistryClient client = new SchemaRegistryClient(SchemaRegistryConfig.of(configs()));
        int id = client.register("foreign-value", V2);
        GenericRecord record = new GenericData.Record(new Schema.Parser().parse(V2));
        record.put("parcelId", "P-5");
        record.put("grams", 42L);
        record.put("carrier", "UPS");
        byte[] value = framed(id, avro(record));

        assertThat(configured(new V2Deserializer()).deserialize("foreign", value))
                .isEqualTo(new ParcelShippedV2("P-5", 42, "UPS"));
        // Avro reads what we wrote, under the registered schema
        byte[] ours = configured(new V2Serializer()).serialize("foreign", new ParcelShippedV2("P-6", 7, "GLS"));
        GenericRecord read = new GenericDatumReader<GenericRecord>(
                        new Schema.Parser().parse(client.schema(ConfluentWireFormat.schemaId(ours))))
                .read(
                        null,
                        DecoderFactory.get()
                                .binaryDecoder(
                                        ours,
                                        ConfluentWireFormat.HEADER_SIZE,
                                        ours.length - ConfluentWireFormat.HEADER_SIZE,
                                        null));
        assertThat(read.get("carrier").toString()).isEqualTo("GLS");
    }

    @Test
    void describesTheValueAsAvroInTheHeaders() {
        RecordHeaders headers = new RecordHeaders();
        configured(new V2Serializer()).serialize("headers", headers, new ParcelShippedV2("P-7", 1, "DPD"));

        assertThat(new String(headers.lastHeader(CloudEventHeaders.CONTENT_TYPE).value(), StandardCharsets.UTF_8))
                .isEqualTo("application/avro");
        assertThat(new String(headers.lastHeader(CloudEventHeaders.TYPE).value(), StandardCharsets.UTF_8))
                .isEqualTo("com.acme.parcels.ParcelShipped");
    }

    @Test
    void refusesAJsonValueByItsContentType() {
        byte[] value = configured(new V2Serializer()).serialize("json-header", new ParcelShippedV2("P-8", 1, "x"));
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.CONTENT_TYPE, "application/json".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> configured(new V2Deserializer()).deserialize("json-header", headers, value))
                .isInstanceOf(SerializationException.class)
                .hasMessage("cannot deserialize 'com.acme.parcels.ParcelShipped' from topic 'json-header': header"
                        + " content-type is 'application/json', not 'application/avro'");
    }

    @Test
    void anIdTheRegistryDoesNotKnowIsNamed() {
        byte[] value = framed(987_650, new byte[] {2, 'x', 0});

        assertThatThrownBy(() -> configured(new V1Deserializer()).deserialize("unknown-id", value))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("cannot deserialize 'com.acme.parcels.ParcelShipped' from topic 'unknown-id':"
                        + " the value was written with schema id 987650, which the schema registry does not know");
    }

    @Test
    void aValueNotInTheRegistrysFramingIsNamed() {
        assertThatThrownBy(() -> configured(new V1Deserializer())
                        .deserialize("not-framed", "{\"parcelId\":\"P\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("cannot deserialize 'com.acme.parcels.ParcelShipped' from topic 'not-framed':")
                .hasMessageContaining("not the magic byte 0");
    }

    @Test
    void corruptBytesUnderAKnownIdAreNamed() {
        byte[] value = configured(new V1Serializer()).serialize("corrupt", new ParcelShipped("P-9", 3));
        byte[] truncated = java.util.Arrays.copyOf(value, value.length - 1);

        assertThatThrownBy(() -> configured(new V1Deserializer()).deserialize("corrupt", truncated))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("cannot deserialize 'com.acme.parcels.ParcelShipped' from topic 'corrupt': the"
                        + " value written with schema id " + ConfluentWireFormat.schemaId(value) + " does not read");
    }

    @Test
    void anUnreachableRegistryIsNamedAndNotRemembered() {
        byte[] value = configured(new V1Serializer()).serialize("unreachable", new ParcelShipped("P-10", 3));
        V1Deserializer deserializer = new V1Deserializer();
        deserializer.configure(
                Map.of(
                        SchemaRegistryConfig.URL,
                        "http://127.0.0.1:" + EmbeddedRegistry.closedPort(),
                        SchemaRegistryConfig.MAX_RETRIES,
                        0),
                false);

        assertThatThrownBy(() -> deserializer.deserialize("unreachable", value))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("cannot deserialize 'com.acme.parcels.ParcelShipped' from topic 'unreachable':"
                        + " the value was written with schema id " + ConfluentWireFormat.schemaId(value))
                .hasMessageContaining("could not be reached");
        // configured again with a registry that answers, the same instance reads
        deserializer.configure(configs(), false);
        assertThat(deserializer.deserialize("unreachable", value)).isEqualTo(new ParcelShipped("P-10", 3));
    }

    @Test
    void anIncompatibleRegistrationIsRefusedNamingTheChange() {
        SchemaRegistryClient client = new SchemaRegistryClient(SchemaRegistryConfig.of(configs()));
        configured(new V1Serializer()).serialize("guarded", new ParcelShipped("P-11", 1));
        client.setCompatibility(Optional.of("guarded-value"), "BACKWARD");
        AvroCodec<ParcelShipped> brokenCodec = V1_CODEC;
        AvroEventSerializer<ParcelShipped> broken =
                new AvroEventSerializer<>(brokenCodec, "com.acme.parcels.ParcelShipped", BROKEN, event -> null) {};
        broken.configure(configs(), false);

        assertThatThrownBy(() -> broken.serialize("guarded", new ParcelShipped("P-12", 2)))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("cannot serialize 'com.acme.parcels.ParcelShipped' for topic 'guarded': the"
                        + " schema registry refused registering a schema under subject 'guarded-value'")
                .hasMessageContaining("HTTP 409")
                .hasMessageContaining("against the latest schema of subject 'guarded-value': field"
                        + " 'com.acme.parcels.ParcelShipped.depot' is in the reader's schema without a default and not"
                        + " in the writer's");
    }

    @Test
    void anUnconfiguredSerdeSaysToSetTheRegistryUrl() {
        assertThatThrownBy(() -> new V1Serializer().serialize("unset", new ParcelShipped("P", 1)))
                .isInstanceOf(SerializationException.class)
                .hasMessage("cannot serialize 'com.acme.parcels.ParcelShipped' for topic 'unset': an Avro event's serde"
                        + " needs a schema registry; set schema.registry.url in the client's properties (or call"
                        + " configure on a serde used on its own)");
        assertThatThrownBy(() -> new V1Serializer().configure(Map.of(), false))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("schema.registry.url");
    }

    @Test
    void familyMembersRegisterUnderTheirTopicAndRecordUnlessConfigured() {
        AvroFormat<ParcelShipped> member = new AvroFormat<>(V1_CODEC, "com.acme.parcels.ParcelShipped", V1).inFamily();
        SchemaRegistryClient client = new SchemaRegistryClient(SchemaRegistryConfig.of(configs()));

        byte[] value = member.configured(configs(), false).write("family", new ParcelShipped("P-13", 1));
        assertThat(client.latest("family-com.acme.parcels.ParcelShipped").id())
                .isEqualTo(ConfluentWireFormat.schemaId(value));

        Map<String, Object> topicStrategy = new java.util.HashMap<>(configs());
        topicStrategy.put(SchemaRegistryConfig.VALUE_STRATEGY, "TopicNameStrategy");
        byte[] chosen = member.configured(topicStrategy, false).write("family-chosen", new ParcelShipped("P-14", 1));
        assertThat(client.latest("family-chosen-value").id()).isEqualTo(ConfluentWireFormat.schemaId(chosen));
    }

    private static byte[] avro(GenericRecord record) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
        new GenericDatumWriter<GenericRecord>(record.getSchema()).write(record, encoder);
        encoder.flush();
        return bytes.toByteArray();
    }

    private static byte[] framed(int id, byte[] avro) {
        return ByteBuffer.allocate(ConfluentWireFormat.HEADER_SIZE + avro.length)
                .put(ConfluentWireFormat.MAGIC)
                .putInt(id)
                .put(avro)
                .array();
    }
}
