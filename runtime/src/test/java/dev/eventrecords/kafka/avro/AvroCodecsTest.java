package dev.eventrecords.kafka.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventrecords.kafka.EventReadException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * What {@link AvroCodecs} refuses: a value read that is not of its type, and a value that has no Avro form. That each
 * codec writes what Apache Avro writes for the registry's schema is proved in the processor's {@code
 * AvroFormsContractTest}, on every value type's samples.
 */
class AvroCodecsTest {

    @Test
    void aNumberOutsideItsTypesRangeIsRefusedOnReading() {
        assertRefused(
                out -> out.writeInt(300),
                in -> AvroCodecs.BYTE.read(in),
                "300 is not a byte, which is from -128 to 127");
        assertRefused(
                out -> out.writeInt(-1),
                in -> AvroCodecs.CHARACTER.read(in),
                "-1 is not a char, which is from 0 to 65535");
        assertRefused(
                out -> out.writeInt(13), in -> AvroCodecs.MONTH.read(in), "13 is not a month, which is from 1 to 12");
    }

    @Test
    void aTextThatIsNotItsTypesIsRefusedOnReading() {
        assertRefused(
                out -> out.writeString("not-a-uuid"), in -> AvroCodecs.UUID.read(in), "'not-a-uuid' is not a UUID");
        assertRefused(out -> out.writeString("P1X"), in -> AvroCodecs.DURATION.read(in), "'P1X' is not a duration");
        assertRefused(
                out -> out.writeString("x".repeat(500)),
                in -> AvroCodecs.BIG_DECIMAL.read(in),
                "'" + "x".repeat(100) + "...' is not a decimal");
    }

    @Test
    void aValueWithoutAnAvroFormIsRefusedNotChanged() {
        AvroWriter out = new AvroWriter();
        assertThatThrownBy(() -> AvroCodecs.INSTANT.write(out, Instant.MAX))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is outside the range of Avro's nanosecond timestamps");
        assertThatThrownBy(() -> AvroCodecs.LOCALE.write(out, new Locale("en", "USA")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reads back as another locale");
        assertThatThrownBy(() -> AvroCodecs.OPTIONAL_INT.write(out, OptionalInt.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an empty optional is written as the union's null, not by its codec");
        assertThat(out.size()).isZero();
    }

    @Test
    void instantsBeforeAndAfterTheEpochAreCountedInNanoseconds() {
        AvroWriter out = new AvroWriter();
        AvroCodecs.INSTANT.write(out, Instant.parse("1969-12-31T23:59:59.999999999Z"));
        AvroCodecs.INSTANT.write(out, Instant.ofEpochSecond(0, Long.MIN_VALUE));
        AvroCodecs.INSTANT.write(out, Instant.ofEpochSecond(0, Long.MAX_VALUE));
        AvroReader in = new AvroReader(out.toByteArray());

        assertThat(new AvroReader(out.toByteArray()).readLong()).isEqualTo(-1);
        assertThat(AvroCodecs.INSTANT.read(in)).isEqualTo(Instant.parse("1969-12-31T23:59:59.999999999Z"));
        assertThat(AvroCodecs.INSTANT.read(in)).isEqualTo(Instant.parse("1677-09-21T00:12:43.145224192Z"));
        assertThat(AvroCodecs.INSTANT.read(in)).isEqualTo(Instant.parse("2262-04-11T23:47:16.854775807Z"));
        assertThatThrownBy(() -> AvroCodecs.INSTANT.write(
                        out, Instant.ofEpochSecond(0, Long.MIN_VALUE).minusNanos(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aYearMonthAfter9999ReadsBackWithoutItsSign() {
        AvroWriter out = new AvroWriter();
        AvroCodecs.YEAR_MONTH.write(out, YearMonth.of(10_000, 1));

        assertThat(new AvroReader(out.toByteArray()).readString()).isEqualTo("10000-01");
        assertThat(AvroCodecs.YEAR_MONTH.read(new AvroReader(out.toByteArray())))
                .isEqualTo(YearMonth.of(10_000, 1));
    }

    private static void assertRefused(Consumer<AvroWriter> write, Consumer<AvroReader> read, String message) {
        AvroWriter out = new AvroWriter();
        write.accept(out);
        assertThatThrownBy(() -> read.accept(new AvroReader(out.toByteArray())))
                .isInstanceOf(EventReadException.class)
                .hasMessage(message);
    }
}
