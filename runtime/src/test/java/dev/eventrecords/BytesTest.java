package dev.eventrecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventrecords.kafka.Codecs;
import dev.eventrecords.kafka.EventReadException;
import dev.eventrecords.kafka.Json;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class BytesTest {

    private static final JsonMapper JACKSON = JsonMapper.builder().build();

    @Test
    void copiesTheArrayItIsMadeFrom() {
        byte[] source = {1, 2, 3};
        Bytes bytes = Bytes.copyOf(source);
        source[0] = 9;
        assertThat(bytes.byteAt(0)).isEqualTo((byte) 1);
    }

    @Test
    void handsOutOnlyCopies() {
        Bytes bytes = Bytes.copyOf(new byte[] {1, 2, 3});
        bytes.toByteArray()[0] = 9;
        assertThat(bytes.toByteArray()).containsExactly(1, 2, 3);
        assertThat(bytes.toByteArray()).isNotSameAs(bytes.toByteArray());
    }

    @Test
    void comparesByContent() {
        assertThat(Bytes.copyOf(new byte[] {1, 2})).isEqualTo(Bytes.copyOf(new byte[] {1, 2}));
        assertThat(Bytes.copyOf(new byte[] {1, 2})).hasSameHashCodeAs(Bytes.copyOf(new byte[] {1, 2}));
        assertThat(Bytes.copyOf(new byte[] {1, 2})).isNotEqualTo(Bytes.copyOf(new byte[] {2, 1}));
        assertThat(Bytes.copyOf(new byte[0])).isEqualTo(Bytes.empty());
    }

    @Test
    void checksIndexes() {
        Bytes bytes = Bytes.copyOf(new byte[] {1});
        assertThat(bytes.size()).isEqualTo(1);
        assertThatThrownBy(() -> bytes.byteAt(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> bytes.byteAt(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void describesItselfShortly() {
        assertThat(Bytes.copyOf(new byte[] {10, -1, 16}).toString()).isEqualTo("Bytes[3: 0a ff 10]");
        assertThat(Bytes.empty().toString()).isEqualTo("Bytes[0]");
        assertThat(Bytes.copyOf(new byte[1024]).toString()).isEqualTo("Bytes[1024: 00 00 00 00 00 00 00 00 ...]");
    }

    @Test
    void writesWhatJacksonWritesForAByteArray() {
        Random random = new Random(42);
        for (int length = 0; length < 200; length++) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            byte[] ours = Json.toBytes(Codecs.BYTES, Bytes.copyOf(data));
            byte[] jacksons = JACKSON.writeValueAsBytes(data);
            assertThat(new String(ours, StandardCharsets.UTF_8))
                    .as("length %d", length)
                    .isEqualTo(new String(jacksons, StandardCharsets.UTF_8));
        }
    }

    @Test
    void readsWhatJacksonWritesForAByteArray() {
        byte[] data = new byte[100];
        new Random(7).nextBytes(data);
        Bytes read = Json.fromBytes(Codecs.BYTES, JACKSON.writeValueAsBytes(data));
        assertThat(read.toByteArray()).isEqualTo(data);
        assertThat(JACKSON.readValue(Json.toBytes(Codecs.BYTES, read), byte[].class))
                .isEqualTo(data);
    }

    @Test
    void matchesJacksonBase64Text() {
        byte[] data = "any carnal pleasure".getBytes(StandardCharsets.UTF_8);
        String jacksons = JACKSON.readTree(JACKSON.writeValueAsBytes(data)).asString();
        assertThat(Bytes.copyOf(data).toBase64()).isEqualTo(jacksons);
        assertThat(Bytes.fromBase64(jacksons).toByteArray()).isEqualTo(data);
    }

    @Test
    void readsNullAsNull() {
        assertThat(Json.fromBytes(Codecs.BYTES, "null".getBytes(StandardCharsets.UTF_8)))
                .isNull();
    }

    @Test
    void rejectsWhatIsNotBase64() {
        assertThatThrownBy(() -> Json.fromBytes(Codecs.BYTES, "\"not base64!\"".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventReadException.class)
                .hasMessageContaining("base64");
        assertThatThrownBy(() -> Json.fromBytes(Codecs.BYTES, "[1,256]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventReadException.class)
                .hasMessage("field '[1]': 256 is out of range for a byte of a byte[] (-128 to 255)");
    }

    @Test
    void readsAnArrayOfIntegersAsJacksonReadsItIntoAByteArray() {
        assertThat(Json.fromBytes(Codecs.BYTES, "[1,2,255]".getBytes(StandardCharsets.UTF_8))
                        .toByteArray())
                .isEqualTo(new byte[] {1, 2, -1});
    }
}
