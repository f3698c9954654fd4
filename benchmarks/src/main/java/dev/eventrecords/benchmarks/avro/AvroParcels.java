package dev.eventrecords.benchmarks.avro;

import dev.eventrecords.benchmarks.avro.specific.ScanKind;
import dev.eventrecords.benchmarks.avro.specific.ScanLine;
import dev.eventrecords.benchmarks.events.ParcelScanned;
import dev.eventrecords.benchmarks.events.ParcelScannedSerde;
import dev.eventrecords.kafka.avro.AvroReader;
import dev.eventrecords.kafka.avro.AvroWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.reflect.ReflectData;
import org.apache.avro.reflect.ReflectDatumReader;
import org.apache.avro.reflect.ReflectDatumWriter;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;

/**
 * The Avro shape's one sample in each contender's representation, and each contender's codec: our generated {@code
 * ParcelScannedSerde.Avro}, Apache Avro's {@code SpecificDatumWriter}/{@code SpecificDatumReader} on the classes
 * {@code avro-maven-plugin} generates from the same schema, and its {@code ReflectDatumWriter}/{@code
 * ReflectDatumReader} on plain classes. Each writes the bare binary encoding (no registry framing) into a reused
 * buffer and returns a fresh array; each reads a new object. {@link #check} proves, before anything is measured, that
 * the three write the same bytes and read them back.
 */
public final class AvroParcels {

    private AvroParcels() {}

    /** A contender's codec, bound to its sample. */
    public interface Codec {
        /** Writes the sample. */
        byte[] write();

        /** Reads a value. */
        Object read(byte[] bytes);

        /** Writes a value it read, to prove it read everything. */
        byte[] rewrite(Object value);
    }

    /** The contenders, by name. */
    public static final List<String> NAMES = List.of("eventrecords", "avro-specific", "avro-reflect");

    private static final Instant SCANNED_AT = Instant.parse("2026-12-04T08:15:30.123456789Z");

    /** Our event. */
    static ParcelScanned ours() {
        return new ParcelScanned(
                "PCL-2026-000417",
                SCANNED_AT,
                "Rotterdam-Waalhaven",
                3,
                18_250L,
                12.75,
                true,
                ParcelScanned.ScanKind.DEPARTED,
                List.of(
                        new ParcelScanned.ScanLine("SKU-88213", 2, 4_100L),
                        new ParcelScanned.ScanLine("SKU-10031", 1, 9_950L),
                        new ParcelScanned.ScanLine("SKU-55002", 4, 4_200L)),
                Optional.of("leave at the back door"));
    }

    /** The same, as avro-maven-plugin's class. */
    static dev.eventrecords.benchmarks.avro.specific.ParcelScanned specific() {
        List<ScanLine> lines = new ArrayList<>();
        for (ParcelScanned.ScanLine line : ours().lines()) {
            lines.add(new ScanLine(line.sku(), line.quantity(), line.grams()));
        }
        ParcelScanned o = ours();
        return new dev.eventrecords.benchmarks.avro.specific.ParcelScanned(
                o.parcelId(),
                o.scannedAt(),
                o.depot(),
                o.pieces(),
                o.grams(),
                o.fee(),
                o.fragile(),
                ScanKind.valueOf(o.kind().name()),
                lines,
                o.note().orElse(null));
    }

    /** The same, as reflect's plain class. */
    static dev.eventrecords.benchmarks.avro.reflect.ParcelScanned reflect() {
        ParcelScanned o = ours();
        dev.eventrecords.benchmarks.avro.reflect.ParcelScanned p =
                new dev.eventrecords.benchmarks.avro.reflect.ParcelScanned();
        p.parcelId = o.parcelId();
        p.scannedAt = o.scannedAt();
        p.depot = o.depot();
        p.pieces = o.pieces();
        p.grams = o.grams();
        p.fee = o.fee();
        p.fragile = o.fragile();
        p.kind = dev.eventrecords.benchmarks.avro.reflect.ScanKind.valueOf(
                o.kind().name());
        p.lines = new ArrayList<>();
        for (ParcelScanned.ScanLine line : o.lines()) {
            dev.eventrecords.benchmarks.avro.reflect.ScanLine l =
                    new dev.eventrecords.benchmarks.avro.reflect.ScanLine();
            l.sku = line.sku();
            l.quantity = line.quantity();
            l.grams = line.grams();
            p.lines.add(l);
        }
        p.note = o.note().orElse(null);
        return p;
    }

    /** A contender's codec. */
    public static Codec named(String name) {
        return switch (name) {
            case "eventrecords" -> new Ours();
            case "avro-specific" -> {
                Class<dev.eventrecords.benchmarks.avro.specific.ParcelScanned> type =
                        dev.eventrecords.benchmarks.avro.specific.ParcelScanned.class;
                yield new Apache<>(new SpecificDatumWriter<>(type), new SpecificDatumReader<>(type), specific());
            }
            case "avro-reflect" -> {
                ReflectData data = new ReflectData();
                data.addLogicalTypeConversion(new TimeConversions.TimestampNanosConversion());
                Schema schema = new Schema.Parser()
                        .parse(ParcelScannedSerde.AVRO_SCHEMA.replaceAll(
                                "\"namespace\": \"[^\"]*\"",
                                "\"namespace\": \"dev.eventrecords.benchmarks.avro.reflect\""));
                yield new Apache<>(
                        new ReflectDatumWriter<>(schema, data),
                        new ReflectDatumReader<>(schema, schema, data),
                        reflect());
            }
            default -> throw new IllegalArgumentException("no Avro contender '" + name + "'; known: " + NAMES);
        };
    }

    /**
     * Fails unless every contender writes our bytes for the sample, and reads them back to a value it writes to the same
     * bytes again.
     */
    public static void check(Codec codec) {
        byte[] expected = new Ours().write();
        byte[] written = codec.write();
        if (!Arrays.equals(written, expected)) {
            throw new IllegalStateException("a contender writes other bytes than ours: " + Arrays.toString(written)
                    + " instead of " + Arrays.toString(expected));
        }
        byte[] again = codec.rewrite(codec.read(expected));
        if (!Arrays.equals(again, expected)) {
            throw new IllegalStateException("a contender does not read back what it wrote");
        }
    }

    /** Our generated codec. */
    private static final class Ours implements Codec {
        private final ParcelScanned event = ours();
        private final AvroWriter out = new AvroWriter();
        private final AvroReader in = new AvroReader(new byte[0]);

        @Override
        public byte[] write() {
            return rewrite(event);
        }

        @Override
        public Object read(byte[] bytes) {
            in.reset(bytes, 0, bytes.length);
            return ParcelScannedSerde.Avro.INSTANCE.read(in);
        }

        @Override
        public byte[] rewrite(Object value) {
            out.reset();
            ParcelScannedSerde.Avro.INSTANCE.write(out, (ParcelScanned) value);
            return out.toByteArray();
        }
    }

    /** Apache Avro's codec, with its encoder and decoder reused as Avro's own guidance says. */
    private static final class Apache<T> implements Codec {
        private final DatumWriter<T> writer;
        private final DatumReader<T> reader;
        private final T sample;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
        private BinaryEncoder encoder;
        private BinaryDecoder decoder;

        Apache(DatumWriter<T> writer, DatumReader<T> reader, T sample) {
            this.writer = writer;
            this.reader = reader;
            this.sample = sample;
        }

        @Override
        public byte[] write() {
            return encode(sample);
        }

        @Override
        public Object read(byte[] bytes) {
            decoder = DecoderFactory.get().binaryDecoder(bytes, decoder);
            try {
                return reader.read(null, decoder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public byte[] rewrite(Object value) {
            return encode((T) value);
        }

        private byte[] encode(T value) {
            buffer.reset();
            encoder = EncoderFactory.get().binaryEncoder(buffer, encoder);
            try {
                writer.write(value, encoder);
                encoder.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return buffer.toByteArray();
        }
    }
}
