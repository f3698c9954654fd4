package dev.eventrecords.processor.avro;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventrecords.processor.Compile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;

/**
 * Two versions of an event, by Apache Avro's own schema resolution ({@code SchemaCompatibility}, {@code
 * GenericDatumReader} with a writer's and a reader's schema): the defaults make the changes the JSON form survives
 * (components added, components removed) readable in both directions, and the one it does not (a component added that
 * the constructor refuses to be absent) is refused by Avro too.
 */
class AvroSchemaEvolutionTest {

    private static final String V1 = """
            package com.acme;

            import dev.eventrecords.Event;
            import java.util.Objects;

            @Event
            public record ParcelShipped(String parcelId, String carrier, long grams) {
                public ParcelShipped {
                    Objects.requireNonNull(parcelId, "parcelId");
                }
            }
            """;

    private static final String V2 = """
            package com.acme;

            import dev.eventrecords.Event;
            import java.time.Instant;
            import java.util.List;
            import java.util.Map;
            import java.util.Objects;
            import java.util.Optional;

            @Event
            public record ParcelShipped(
                    String parcelId, long grams, int pieces, boolean insured, Optional<String> note, Instant at,
                    List<String> labels, Map<String, Integer> byDepot) {
                public ParcelShipped {
                    Objects.requireNonNull(parcelId, "parcelId");
                    labels = List.copyOf(labels);
                    byDepot = Map.copyOf(byDepot);
                }
            }
            """;

    /** V1 with a component added whose absence the constructor refuses. */
    private static final String V2_REQUIRED = """
            package com.acme;

            import dev.eventrecords.Event;
            import java.util.Objects;

            @Event
            public record ParcelShipped(String parcelId, String carrier, long grams, String depot) {
                public ParcelShipped {
                    Objects.requireNonNull(parcelId, "parcelId");
                    Objects.requireNonNull(depot, "depot");
                }
            }
            """;

    @Test
    void componentsAddedAndRemovedReadInBothDirections() throws IOException {
        Schema v1 = schema(V1);
        Schema v2 = schema(V2);

        assertThat(compatibility(v2, v1)).as("v2 reads v1 (BACKWARD)").isEqualTo(SchemaCompatibilityType.COMPATIBLE);
        assertThat(compatibility(v1, v2)).as("v1 reads v2 (FORWARD)").isEqualTo(SchemaCompatibilityType.COMPATIBLE);

        GenericRecord old = new GenericData.Record(v1);
        old.put("parcelId", "p-1");
        old.put("carrier", "DHL");
        old.put("grams", 1200L);
        GenericRecord read = resolve(old, v1, v2);
        assertThat(read.get("parcelId").toString()).isEqualTo("p-1");
        assertThat(read.get("grams")).isEqualTo(1200L);
        assertThat(read.get("pieces")).isEqualTo(0);
        assertThat(read.get("insured")).isEqualTo(false);
        assertThat(read.get("note")).isNull();
        assertThat(read.get("at")).isNull();
        assertThat((List<?>) read.get("labels")).isEmpty();
        assertThat(read.get("byDepot")).isEqualTo(java.util.Map.of());
    }

    @Test
    void aComponentAddedThatMustBePresentCannotReadTheOlderEvents() {
        Schema v1 = schema(V1);
        Schema required = schema(V2_REQUIRED);

        assertThat(compatibility(required, v1)).isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(required, v1)
                        .getResult()
                        .getIncompatibilities())
                .anySatisfy(i -> assertThat(i.getMessage()).isEqualTo("depot"));
        assertThat(compatibility(v1, required)).isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }

    private static Schema schema(String source) {
        AvroProbe.Result result = AvroProbe.compile(List.of(Compile.source(source)));
        assertThat(result.compilation()).succeeded();
        return new Schema.Parser().parse(result.text("com.acme.ParcelShipped"));
    }

    private static SchemaCompatibilityType compatibility(Schema reader, Schema writer) {
        return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer)
                .getType();
    }

    private static GenericRecord resolve(GenericRecord value, Schema writer, Schema reader) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(bytes, null);
        new GenericDatumWriter<GenericRecord>(writer).write(value, encoder);
        return new GenericDatumReader<GenericRecord>(writer, reader)
                .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
    }
}
