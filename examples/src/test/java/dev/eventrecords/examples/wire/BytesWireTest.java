package dev.eventrecords.examples.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventrecords.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/**
 * The wire contract for {@link Bytes}. Jackson has no default for {@code Bytes}, but DESIGN.md promises what it
 * writes for a {@code byte[]}: so Jackson writes and reads {@link BlobAsArrays}, the same event with arrays.
 */
class BytesWireTest extends WireContract<BlobReceived> {

    private static final long SEED = Long.getLong("eventrecords.seed", System.nanoTime());

    /** {@link BlobReceived} as a Jackson user would declare it, with {@code byte[]} for {@code Bytes}. */
    record BlobAsArrays(
            int blobId,
            byte[] payload,
            Optional<byte[]> thumbnail,
            List<byte[]> chunks,
            Map<String, byte[]> attachments) {}

    @Override
    Serde<BlobReceived> serde() {
        return new BlobReceivedSerde();
    }

    @Override
    Class<BlobReceived> eventClass() {
        return BlobReceived.class;
    }

    @Override
    BlobReceived randomEvent(EdgeCaseRandom r) {
        return new BlobReceived(
                r.nextInt(),
                r.orNull(r::nextBytes),
                r.optional(r::nextBytes),
                r.orNull(() -> r.list(() -> r.orNull(r::nextBytes))),
                r.orNull(() -> r.map(() -> r.orNull(r::nextBytes))));
    }

    @Override
    Object asJacksonValue(BlobReceived event) {
        List<byte[]> chunks = null;
        if (event.chunks() != null) {
            chunks = new ArrayList<>();
            for (Bytes chunk : event.chunks()) {
                chunks.add(toArray(chunk));
            }
        }
        Map<String, byte[]> attachments = null;
        if (event.attachments() != null) {
            attachments = new LinkedHashMap<>();
            for (Map.Entry<String, Bytes> e : event.attachments().entrySet()) {
                attachments.put(e.getKey(), toArray(e.getValue()));
            }
        }
        return new BlobAsArrays(
                event.blobId(),
                toArray(event.payload()),
                event.thumbnail().map(Bytes::toByteArray),
                chunks,
                attachments);
    }

    @Override
    Class<?> jacksonType() {
        return BlobAsArrays.class;
    }

    @Override
    BlobReceived fromJacksonValue(Object value) {
        BlobAsArrays blob = (BlobAsArrays) value;
        List<Bytes> chunks = null;
        if (blob.chunks() != null) {
            chunks = new ArrayList<>();
            for (byte[] chunk : blob.chunks()) {
                chunks.add(fromArray(chunk));
            }
        }
        Map<String, Bytes> attachments = null;
        if (blob.attachments() != null) {
            attachments = new LinkedHashMap<>();
            for (Map.Entry<String, byte[]> e : blob.attachments().entrySet()) {
                attachments.put(e.getKey(), fromArray(e.getValue()));
            }
        }
        return new BlobReceived(
                blob.blobId(), fromArray(blob.payload()), blob.thumbnail().map(Bytes::copyOf), chunks, attachments);
    }

    /** Base64 texts at the edges of what Jackson 3.3's decoder accepts, each as JSON string content. */
    private static final List<String> EDGE_TEXTS = List.of(
            "",
            "AQID",
            "AQI=",
            "AQ==",
            "AQI",
            "AQ",
            "A",
            "AQ=",
            "AQIDBA",
            "AQIDB",
            "AQIDBA=",
            "AQI==",
            "A===",
            "====",
            "AQ==AQ==",
            "AQ==\\nAQ==",
            "AQID\\nBA==",
            "AQID\\r\\nBA==",
            "AQID BA==",
            "AQID  BA==",
            "AQID\\tBA==",
            "AQ\\tID",
            "A Q I D",
            "AQ ==",
            " AQ==",
            "AQ== ",
            "\\nAQ==",
            "AQ==\\n",
            "AQID\\u0001BA==",
            "AQID\\u00a0BA==",
            "-_8=",
            "+/8=",
            "AQ=x",
            "AQ\\u003d\\u003d",
            "A\\u0051==",
            "\\uD83D",
            "AQID\\u2028BA==");

    @Test
    void base64TextsAtTheEdgesAreReadExactlyAsJacksonReadsAByteArray() {
        for (String text : EDGE_TEXTS) {
            assertReadLikeJackson("\"" + text + "\"");
        }
    }

    @Test
    void randomBase64TextsWithWhiteSpaceAndBrokenPaddingAreReadExactlyAsJacksonReadsAByteArray() {
        Random random = new Random(SEED);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        String[] noise = {" ", "\\n", "\\r\\n", "\\t", "=", "-", "_", "\\u0000", "\\u00e9"};
        for (int i = 0; i < 5000; i++) {
            byte[] data = new byte[random.nextInt(12)];
            random.nextBytes(data);
            StringBuilder text = new StringBuilder(Base64.getEncoder().encodeToString(data));
            for (int edits = random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(text.length() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> text.insert(at, noise[random.nextInt(noise.length)]);
                    case 1 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> {
                        if (at < text.length()) {
                            text.deleteCharAt(at);
                        }
                    }
                }
            }
            assertReadLikeJackson("\"" + text + "\"");
        }
    }

    @Test
    void arraysOfIntegersAreReadAsJacksonReadsThemIntoAByteArray() {
        for (String array : List.of("[]", "[1,2,3]", "[255]", "[-128]", "[0,127,128,200]")) {
            assertReadLikeJackson(array);
        }
        for (String refusedByBoth : List.of("[256]", "[-129]", "[null]", "[true]", "1", "true", "{}", "1.0")) {
            assertReadLikeJackson(refusedByBoth);
        }
    }

    @Test
    void bytesFromBase64AcceptsWhatJacksonAccepts() {
        assertThat(Bytes.fromBase64("AQID\nBA==").toByteArray()).isEqualTo(new byte[] {1, 2, 3, 4});
        assertThatThrownBy(() -> Bytes.fromBase64("AQI")).isInstanceOf(IllegalArgumentException.class);
    }

    /** Reads {@code {"blobId":1,"payload":<value>}} with Jackson and with our serde: the same bytes, or both refuse. */
    private void assertReadLikeJackson(String value) {
        byte[] json = ("{\"blobId\":1,\"payload\":" + value + "}").getBytes(StandardCharsets.UTF_8);
        byte[] jacksons;
        try {
            jacksons = JACKSON.readValue(json, BlobAsArrays.class).payload();
        } catch (JacksonException e) {
            assertThatThrownBy(() -> deserialize(json))
                    .as("Jackson refuses %s (%s)", value, e.getOriginalMessage())
                    .isInstanceOf(SerializationException.class);
            return;
        }
        BlobReceived ours;
        try {
            ours = deserialize(json);
        } catch (SerializationException e) {
            throw new AssertionError("seed " + SEED + ": Jackson reads " + value + " as " + Arrays.toString(jacksons)
                    + ", we refuse: " + e.getMessage());
        }
        assertThat(ours.payload().toByteArray()).as(value).isEqualTo(jacksons);
    }

    private static byte[] toArray(Bytes bytes) {
        return bytes == null ? null : bytes.toByteArray();
    }

    private static Bytes fromArray(byte[] bytes) {
        return bytes == null ? null : Bytes.copyOf(bytes);
    }

    /** Random instances favour edge values: nearly everything here is read by the byte reader, or bridged to the parser path. */
    @Override
    double byteReaderShare() {
        return 0.95;
    }
}
