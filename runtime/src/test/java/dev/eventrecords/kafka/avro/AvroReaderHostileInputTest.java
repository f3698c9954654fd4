package dev.eventrecords.kafka.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventrecords.kafka.EventReadException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * {@link AvroReader} on input that is not what it claims: every failure is an {@link EventReadException} that says
 * what was wrong and at which byte, and no length or count makes it allocate more than the input holds.
 */
class AvroReaderHostileInputTest {

    private final long seed = Long.getLong("eventrecords.seed", System.nanoTime());

    @Test
    void everyTruncationOfAValueFailsClearly() {
        AvroProgram programs = new AvroProgram(seed);
        Random random = new Random(seed);
        AvroWriter writer = new AvroWriter();
        for (int p = 0; p < 300; p++) {
            List<AvroProgram.Item> items = programs.items(1 + p % 10);
            writer.reset();
            AvroProgram.write(items, writer);
            byte[] bytes = writer.toByteArray();
            // every cut of a short value, and 40 of a long one
            int cuts = Math.min(bytes.length, 40);
            for (int c = 0; c < cuts; c++) {
                int cut = bytes.length <= 40 ? c : random.nextInt(bytes.length);
                AvroReader reader = new AvroReader(Arrays.copyOf(bytes, cut));
                try {
                    AvroProgram.read(items, reader);
                    throw new AssertionError("seed " + seed + ", program " + p + " cut at " + cut + " read");
                } catch (EventReadException expected) {
                    assertThat(expected.getMessage()).startsWith("malformed Avro at byte ");
                }
            }
        }
    }

    @Test
    void randomBytesReadAsAnyValuesFailOnlyClearly() {
        AvroProgram programs = new AvroProgram(seed);
        Random random = new Random(seed);
        for (int p = 0; p < 5_000; p++) {
            List<AvroProgram.Item> items = programs.items(1 + p % 5);
            byte[] garbage = new byte[random.nextInt(64)];
            random.nextBytes(garbage);
            try {
                AvroProgram.read(items, new AvroReader(garbage));
            } catch (EventReadException expected) {
                // the only way to fail
            }
        }
    }

    @Test
    void aNegativeLengthIsRefused() {
        assertRefused(out -> out.writeLong(-1), AvroReader::readBytes, "the length of bytes is negative: -1");
        assertRefused(out -> out.writeLong(-1), AvroReader::readString, "the length of a string is negative: -1");
    }

    @Test
    void aLengthBeyondTheInputIsRefusedBeforeAnythingIsAllocated() {
        // 2^62 bytes claimed, 3 present: an array of the length claimed would throw OutOfMemoryError
        assertRefused(
                out -> {
                    out.writeLong(1L << 62);
                    out.writeFixed(new byte[3]);
                },
                AvroReader::readBytes,
                "the length of bytes, 4611686018427387904, is more than the 3 bytes left");
        assertRefused(
                out -> out.writeLong(Integer.MAX_VALUE),
                AvroReader::readString,
                "the length of a string, 2147483647, is more than the 0 bytes left");
    }

    @Test
    void aVarintLongerThanItsTypeIsRefused() {
        byte[] elevenBytes = new byte[11];
        Arrays.fill(elevenBytes, (byte) 0xFF);
        assertThatThrownBy(() -> new AvroReader(elevenBytes).readLong())
                .isInstanceOf(EventReadException.class)
                .hasMessage("malformed Avro at byte 0: a long's varint has more than 64 bits");
        byte[] sixBytes = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0x1F};
        assertThatThrownBy(() -> new AvroReader(sixBytes).readInt())
                .isInstanceOf(EventReadException.class)
                .hasMessage("malformed Avro at byte 0: an int's varint has more than 32 bits");
        byte[] endsInside = {(byte) 0x80, (byte) 0x80};
        assertThatThrownBy(() -> new AvroReader(endsInside).readInt())
                .isInstanceOf(EventReadException.class)
                .hasMessage("malformed Avro at byte 0: the data ends inside an int");
    }

    @Test
    void theLargestVarintsOfEachTypeAreRead() {
        AvroWriter out = new AvroWriter();
        out.writeInt(Integer.MIN_VALUE);
        out.writeInt(Integer.MAX_VALUE);
        out.writeLong(Long.MIN_VALUE);
        out.writeLong(Long.MAX_VALUE);
        AvroReader in = new AvroReader(out.toByteArray());

        assertThat(in.readInt()).isEqualTo(Integer.MIN_VALUE);
        assertThat(in.readInt()).isEqualTo(Integer.MAX_VALUE);
        assertThat(in.readLong()).isEqualTo(Long.MIN_VALUE);
        assertThat(in.readLong()).isEqualTo(Long.MAX_VALUE);
        in.requireEnd();
    }

    @Test
    void aBlockCountTheInputCannotHoldIsRefused() {
        assertRefused(
                out -> out.writeLong(1L << 40),
                AvroReader::readArrayStart,
                "the array block count 1099511627776 is more than the 0 bytes left could hold");
        assertRefused(
                out -> out.writeLong(Long.MIN_VALUE),
                AvroReader::readMapStart,
                "the map block count -9223372036854775808 has no positive counterpart");
        assertRefused(
                out -> {
                    out.writeLong(-1);
                    out.writeLong(-5);
                },
                AvroReader::readArrayStart,
                "the array block's size -5 is outside the 0 bytes left");
        assertRefused(
                out -> {
                    out.writeLong(-1);
                    out.writeLong(100);
                    out.writeInt(0);
                },
                AvroReader::skipArray,
                "the array block's size 100 is outside the 1 bytes left");
    }

    @Test
    void aBooleanIsZeroOrOne() {
        assertRefused(
                out -> out.writeFixed(new byte[] {2}), AvroReader::readBoolean, "a boolean is the byte 0 or 1, not 2");
    }

    @Test
    void aUnionOrEnumIndexOutsideTheSchemaIsRefused() {
        assertRefused(out -> out.writeIndex(2), in -> in.readIndex(2), "the union index 2 is outside its 2 branches");
        assertRefused(out -> out.writeIndex(-1), in -> in.readIndex(2), "the union index -1 is outside its 2 branches");
        assertRefused(out -> out.writeEnum(7), in -> in.readEnum(3), "the enum index 7 is outside its 3 symbols");
    }

    @Test
    void bytesAfterTheValueAreRefused() {
        assertRefused(
                out -> {
                    out.writeInt(1);
                    out.writeInt(2);
                },
                in -> {
                    in.readInt();
                    in.requireEnd();
                },
                "1 bytes follow the value");
    }

    @Test
    void aFixedOrAFloatCutShortIsRefused() {
        assertRefused(
                out -> out.writeFixed(new byte[3]),
                AvroReader::readDouble,
                "the data ends inside a double: it needs 8 bytes and 3 are left");
        assertRefused(
                out -> out.writeFixed(new byte[3]),
                in -> in.readFixed(16),
                "the data ends inside a fixed of 16 bytes: it needs 16 bytes and 3 are left");
    }

    private static void assertRefused(Consumer<AvroWriter> write, Consumer<AvroReader> read, String message) {
        AvroWriter out = new AvroWriter();
        write.accept(out);
        AvroReader in = new AvroReader(out.toByteArray());
        assertThatThrownBy(() -> read.accept(in))
                .isInstanceOf(EventReadException.class)
                .hasMessageEndingWith(": " + message);
    }
}
