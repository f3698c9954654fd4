package dev.eventrecords.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/** Our writer's bytes against Jackson 3's default mapper's, on random values of every kind it writes itself. */
class JsonWriterTest {

    private static final JsonMapper JACKSON = JsonMapper.builder().build();
    private static final int ROUNDS = 20_000;

    @Test
    void writesStringsAsJacksonDoesWithEveryEscapeAndEverySurrogateCase() {
        Random random = new Random(11);
        for (int round = 0; round < ROUNDS; round++) {
            String s = randomText(random, random.nextInt(round % 100 == 0 ? 9000 : 40));
            assertSame(Codecs.STRING, s);
        }
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertSame(Codecs.STRING, "a" + c + "b");
        }
    }

    @Test
    void writesAPairOrALoneHalfAtEveryChunkBoundaryAsJacksonDoes() {
        // The writer reads a string 4,096 characters at a time: each surrogate case lands on a boundary.
        for (int before : new int[] {4094, 4095, 4096, 8190, 8191}) {
            String ascii = "x".repeat(before);
            for (String tail :
                    new String[] {"\uD83D\uDE00", "\uD83D", "\uDE00", "\uD83D\uD83D\uDE00", "\uDE00\uD83D"}) {
                assertSame(Codecs.STRING, ascii + tail);
                assertSame(Codecs.STRING, ascii + tail + "é\"z");
                assertSame(Codecs.STRING, "ü".repeat(before) + tail + "\n");
            }
        }
    }

    @Test
    void writesNumbersAsJacksonDoes() {
        Random random = new Random(12);
        List<Long> edges = List.of(0L, -1L, 9L, 10L, 99L, 100L, Long.MAX_VALUE, Long.MIN_VALUE, -Long.MAX_VALUE);
        for (long v : edges) {
            assertSame(Codecs.LONG, v);
        }
        // every digit count, each side of it, and each side of the int range, where the writer changes arithmetic
        for (long p = 1; p > 0 && p <= Long.MAX_VALUE / 10; p *= 10) {
            for (long v : new long[] {p - 1, p, p + 1, 10 * p - 1, Integer.MAX_VALUE + p, Integer.MAX_VALUE - p}) {
                assertSame(Codecs.LONG, v);
                assertSame(Codecs.LONG, -v);
                assertSame(Codecs.INTEGER, (int) v);
                assertSame(Codecs.INTEGER, (int) -v);
            }
        }
        assertSame(Codecs.INTEGER, Integer.MIN_VALUE);
        assertSame(Codecs.LONG, (long) Integer.MIN_VALUE - 1);
        for (int round = 0; round < ROUNDS; round++) {
            long v = random.nextLong() >> random.nextInt(64);
            assertSame(Codecs.LONG, v);
            assertSame(Codecs.INTEGER, (int) v);
            assertSame(Codecs.SHORT, (short) v);
            assertSame(Codecs.BYTE, (byte) v);
            assertSame(Codecs.DOUBLE, Double.longBitsToDouble(random.nextLong()));
            assertSame(Codecs.DOUBLE, Math.round(random.nextDouble() * 100_000) / 100.0);
            assertSame(Codecs.FLOAT, Float.intBitsToFloat(random.nextInt()));
        }
        for (double d :
                new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 1e7, 1e-3}) {
            assertSame(Codecs.DOUBLE, d);
            assertSame(Codecs.FLOAT, (float) d);
        }
    }

    /**
     * Every double the writer formats itself (the nearest to a decimal of fewer than eight digits and at most three
     * decimals) against {@code Double.toString} on this JDK: all 40 million of them, so the shortcut is proven here,
     * not sampled. Negative ones are the same text after a minus, checked on a sample.
     */
    @Test
    void formatsEveryShortDecimalExactlyAsDoubleToStringOnThisJdk() {
        long mismatches = java.util.stream.IntStream.range(0, 40)
                .parallel()
                .mapToLong(slice -> {
                    int k = slice / 10;
                    double scale = Math.pow(10, k);
                    long from = slice % 10 * (JsonWriter.SHORT_DECIMAL_DIGITS / 10);
                    long to = from + JsonWriter.SHORT_DECIMAL_DIGITS / 10;
                    long bad = 0;
                    JsonWriter out = JsonWriter.get();
                    try {
                        for (long m = Math.max(1, from); m < to; m++) {
                            double d = m / scale;
                            out.release();
                            out = JsonWriter.get();
                            out.writeNumber(d);
                            if (!out.textEquals(Double.toString(d))) {
                                bad++;
                            }
                            if (m % 9973 == 0) {
                                out.release();
                                out = JsonWriter.get();
                                out.writeNumber(-d);
                                if (!out.textEquals(Double.toString(-d))) {
                                    bad++;
                                }
                            }
                        }
                    } finally {
                        out.release();
                    }
                    return bad;
                })
                .sum();
        assertThat(mismatches).isZero();
    }

    @Test
    void writesTimesUuidsAndTheRestAsJacksonDoes() {
        Random random = new Random(13);
        for (int round = 0; round < ROUNDS; round++) {
            long second = random.nextLong() % 400_000_000_000L;
            int nano = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(second, nano);
            assertSame(Codecs.INSTANT, instant);
            assertSame(Codecs.LOCAL_DATE, LocalDate.ofEpochDay(second / 86_400));
            assertSame(Codecs.UUID, new UUID(random.nextLong(), random.nextLong()));
            assertSame(Codecs.BOOLEAN, random.nextBoolean());
            assertSame(Codecs.BIG_DECIMAL, new BigDecimal(random.nextLong()).movePointLeft(random.nextInt(40) - 20));
        }
        assertSame(Codecs.INSTANT, Instant.MAX);
        assertSame(Codecs.INSTANT, Instant.MIN);
        assertSame(Codecs.LOCAL_DATE, LocalDate.MAX);
        assertSame(Codecs.STRING, null);
    }

    @Test
    void writesContainersAsJacksonDoes() {
        Random random = new Random(14);
        for (int round = 0; round < 2000; round++) {
            List<String> list = new ArrayList<>();
            Map<String, Long> map = new LinkedHashMap<>();
            for (int i = random.nextInt(5); i > 0; i--) {
                list.add(random.nextInt(4) == 0 ? null : randomText(random, random.nextInt(6)));
                map.put(randomText(random, random.nextInt(6)), random.nextLong());
            }
            assertSame(Codecs.list(Codecs.STRING), list);
            assertSame(Codecs.map(Codecs.LONG), map);
            assertSame(Codecs.optional(Codecs.list(Codecs.STRING)), Optional.of(list));
        }
        assertSame(Codecs.optional(Codecs.STRING), Optional.empty());
    }

    @Test
    void bridgesACodecThatOnlyWritesThroughJacksonWithJacksonsBytes() {
        JsonCodec<String> generatorOnly = new JsonCodec<>() {
            @Override
            public void write(JsonGenerator out, String value) {
                out.writeStartObject();
                out.writeStringProperty("v", value);
                out.writeEndObject();
            }

            @Override
            public String read(JsonParser in) {
                throw new UnsupportedOperationException();
            }
        };
        List<String> values = List.of("a", "\u00e9\"", "\uD83D\uDC4D");

        byte[] ours = Json.toBytes(Codecs.list(generatorOnly), values);

        assertThat(new String(ours, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("[{\"v\":\"a\"},{\"v\":\"\u00e9\\\"\"},{\"v\":\"\uD83D\uDC4D\"}]");
    }

    @Test
    void encodesNamesOnceWithTheirCommaAndColon() {
        JsonWriter out = JsonWriter.get();
        try {
            out.startObject();
            out.name(JsonWriter.name("a\"b"), true);
            out.writeNumber(1);
            out.name(JsonWriter.name("\u00e9"), false);
            out.writeString("x");
            out.name("k\n", false);
            out.writeNull();
            out.endObject();
        } finally {
            assertThat(new String(out.toByteArrayAndRelease(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo("{\"a\\\"b\":1,\"\u00e9\":\"x\",\"k\\n\":null}");
        }
    }

    @Test
    void shrinksBackToItsBaseSizeAfterALargeWriteFailedOrNot() {
        String large = "x".repeat(4 * JsonWriter.KEEP_AT_MOST);
        assertThat(Json.toBytes(Codecs.STRING, large)).hasSize(large.length() + 2);
        assertThat(JsonWriter.get().capacity()).isEqualTo(JsonWriter.INITIAL);

        JsonWriter out = JsonWriter.get();
        out.writeString(large);
        out.release();
        assertThat(JsonWriter.get().capacity()).isEqualTo(JsonWriter.INITIAL);
    }

    private static <T> void assertSame(JsonCodec<T> codec, T value) {
        byte[] expected = JACKSON.writeValueAsBytes(value);
        byte[] ours = Json.toBytes(codec, value);
        if (!java.util.Arrays.equals(ours, expected)) {
            assertThat(new String(ours, java.nio.charset.StandardCharsets.UTF_8))
                    .as("%s", value)
                    .isEqualTo(new String(expected, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(ours).as("%s", value).isEqualTo(expected);
        }
    }

    /** Text from every class of character: ASCII, escapes, controls, 2- and 3-byte UTF-8, pairs, lone halves. */
    private static String randomText(Random random, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(9)) {
                case 0 -> sb.append((char) random.nextInt(0x20));
                case 1 -> sb.append("\"\\/\u007f".charAt(random.nextInt(4)));
                case 2 -> sb.append((char) (0x80 + random.nextInt(0x780)));
                case 3 -> sb.append((char) (0x800 + random.nextInt(0xD000)));
                case 4 -> sb.appendCodePoint(0x10000 + random.nextInt(0x100000));
                case 5 -> sb.append((char) (0xD800 + random.nextInt(0x800)));
                case 6 -> sb.append((char) (0xE000 + random.nextInt(0x2000)));
                default -> sb.append((char) (0x20 + random.nextInt(0x60)));
            }
        }
        return sb.toString();
    }
}
