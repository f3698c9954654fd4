package dev.eventrecords.kafka.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What {@link AvroWriter} refuses rather than change: text that UTF-8 cannot hold. */
class AvroWriterTest {

    @Test
    void refusesALoneSurrogateAndWritesNothing() {
        AvroWriter out = new AvroWriter();
        out.writeInt(7);
        int before = out.size();

        assertThatThrownBy(() -> out.writeString("ab\uD800c"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the text holds a lone surrogate, U+D800 at index 2, which UTF-8, and so an Avro string,"
                        + " cannot hold (Apache Avro would write '?' instead)");
        assertThatThrownBy(() -> out.writeString("é\uDC00")).hasMessageContaining("U+DC00 at index 1");
        assertThat(out.size()).isEqualTo(before);
    }

    @Test
    void writesASurrogatePairAsOneCodePoint() {
        AvroWriter out = new AvroWriter();
        out.writeString("😀");

        byte[] utf8 = "😀".getBytes(StandardCharsets.UTF_8);
        assertThat(out.toByteArray()).hasSize(1 + utf8.length);
        assertThat(new AvroReader(out.toByteArray()).readString()).isEqualTo("😀");
    }
}
