package dev.eventrecords.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The byte reader on its own: what it reads it reads exactly (numbers correctly rounded, strings decoded as UTF-8 and
 * JSON's escapes), and what is not the plain case it gives up on rather than reading it some other way.
 */
class JsonReaderTest {

    private static JsonReader reader(String json) {
        return new JsonReader(json.getBytes(StandardCharsets.UTF_8));
    }

    private static <T> T whole(String json, Function<JsonReader, T> read) {
        JsonReader in = reader(json);
        T value = read.apply(in);
        assertThat(in.atEnd()).as("nothing after the value").isTrue();
        return value;
    }

    private static void givesUp(String json, Function<JsonReader, ?> read) {
        assertThatThrownBy(() -> {
                    JsonReader in = reader(json);
                    read.apply(in);
                    in.skip();
                })
                .as(json)
                .isInstanceOf(JsonReader.GaveUp.class);
    }

    @Test
    void doublesAreCorrectlyRoundedAsDoubleParseDoubleRoundsThem() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                continue;
            }
            String text = Double.toString(d);
            assertThat(whole(text, JsonReader::readDouble)).as(text).isEqualTo(Double.parseDouble(text));
        }
        for (int i = 0; i < 200_000; i++) {
            // short decimals, the fast path's: up to 15 digits, a power of ten up to 22
            String text = (random.nextBoolean() ? "-" : "") + random.nextLong(1_000_000_000L) + "."
                    + random.nextInt(1_000_000) + (random.nextBoolean() ? "" : "e" + (random.nextInt(40) - 20));
            assertThat(whole(text, JsonReader::readDouble)).as(text).isEqualTo(Double.parseDouble(text));
        }
        assertThat(whole("-0.0", JsonReader::readDouble)).isEqualTo(-0.0);
        assertThat(whole("0", JsonReader::readDouble)).isEqualTo(0.0);
        assertThat(whole("1E2", JsonReader::readDouble)).isEqualTo(100.0);
        assertThat(whole("12345678901234567890", JsonReader::readDouble)).isEqualTo(12345678901234567890.0);
    }

    @Test
    void floatsAreCorrectlyRoundedAsFloatParseFloatRoundsThem() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 200_000; i++) {
            float f = Float.intBitsToFloat(random.nextInt());
            if (Float.isNaN(f) || Float.isInfinite(f) || f == 0) {
                continue;
            }
            String text = Float.toString(f);
            assertThat(whole(text, JsonReader::readFloat)).as(text).isEqualTo(Float.parseFloat(text));
            // and its double's digits, which round to a float in one step only when read as a float
            String longer = Double.toString(f);
            assertThat(whole(longer, JsonReader::readFloat)).as(longer).isEqualTo(Float.parseFloat(longer));
        }
    }

    @Test
    void integersAreReadInTheirTypesRangeAndGiveUpOutsideIt() {
        assertThat(whole("9223372036854775807", JsonReader::readLong)).isEqualTo(Long.MAX_VALUE);
        assertThat(whole("-9223372036854775808", JsonReader::readLong)).isEqualTo(Long.MIN_VALUE);
        assertThat(whole("-0", JsonReader::readLong)).isZero();
        assertThat(whole("2147483647", JsonReader::readInt)).isEqualTo(Integer.MAX_VALUE);
        assertThat(whole("255", JsonReader::readByte)).isEqualTo((byte) -1);
        for (String bad : List.of(
                "9223372036854775808",
                "-9223372036854775809",
                "99999999999999999999",
                "01",
                "-",
                "1.0",
                "1e3",
                "+1",
                "1x",
                "\"1\"",
                "null",
                "true")) {
            givesUp(bad, JsonReader::readLong);
        }
        SplittableRandom random = new SplittableRandom(8);
        for (int trial = 0; trial < 100_000; trial++) {
            long value = random.nextLong() >> random.nextInt(64);
            String text = Long.toString(value);
            String json = "[" + text + (random.nextBoolean() ? "]" : ", 0]");
            JsonReader in = reader(json);
            in.startArray();
            assertThat(in.readLong()).as(json).isEqualTo(value);
            givesUp("0" + text.replace("-", ""), JsonReader::readLong);
            if (text.length() > 2) {
                int at = random.nextInt(1, text.length());
                givesUp(text.substring(0, at) + "x" + text.substring(at), JsonReader::readLong);
            }
        }
        givesUp("2147483648", JsonReader::readInt);
        givesUp("32768", JsonReader::readShort);
        givesUp("256", JsonReader::readByte);
        givesUp("-129", JsonReader::readByte);
    }

    @Test
    void stringsAreDecodedFromUtf8AndEscapes() {
        assertThat(whole("\"plain\"", JsonReader::readString)).isEqualTo("plain");
        assertThat(whole("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u20AC\\ud83d\\ude00\"", JsonReader::readString))
                .isEqualTo("\"\\/\b\f\n\r\t\u00e9\u20ac\ud83d\ude00");
        assertThat(whole("\"\u00e9\u20ac\ud83d\ude00\u07ff\uffff\"", JsonReader::readString))
                .isEqualTo("\u00e9\u20ac\ud83d\ude00\u07ff\uffff");
        // a lone surrogate escaped in a value is a char, as in Jackson
        assertThat(whole("\"\\ud800\"", JsonReader::readString)).isEqualTo("\ud800");
        assertThat(whole("null", JsonReader::readString)).isNull();
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int c = 0; c < length; c++) {
                int code = random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(0x110000);
                if (code >= 0xD800 && code <= 0xDFFF) {
                    continue;
                }
                text.appendCodePoint(code);
            }
            JsonWriter out = JsonWriter.get();
            out.writeString(text.toString());
            byte[] bytes = out.toByteArrayAndRelease();
            JsonReader in = new JsonReader(bytes);
            assertThat(in.readString()).isEqualTo(text.toString());
        }
    }

    @Test
    void malformedOrUnusualStringsAreGivenUpOn() {
        byte[][] bad = {
            {'"', 'a', 0x01, '"'}, // an unescaped control character
            {'"', (byte) 0xc0, (byte) 0x80, '"'}, // an overlong NUL
            {'"', (byte) 0xe0, (byte) 0x80, (byte) 0x80, '"'}, // an overlong three-byte form
            {'"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"'}, // a surrogate in UTF-8
            {'"', (byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"'}, // past U+10FFFF
            {'"', (byte) 0x80, '"'}, // a continuation without a lead
            {'"', (byte) 0xc3, '"'}, // a lead without its continuation
            {'"', (byte) 0xff, '"'},
            {'"', 'a'}, // unterminated
            {'"', '\\', 'x', '"'}, // no such escape
            {'"', '\\', 'u', '1', '2', 'g', '4', '"'},
            {'"', '\\', 'u', '1', '2', '"'},
        };
        for (byte[] json : bad) {
            assertThatThrownBy(() -> new JsonReader(json).readString()).isInstanceOf(JsonReader.GaveUp.class);
            assertThatThrownBy(() -> new JsonReader(json).skip()).isInstanceOf(JsonReader.GaveUp.class);
        }
    }

    @Test
    void structureIsCheckedAndWhitespaceIsOnlyJsonsOwn() {
        JsonReader in = reader(" {\n\t\"a\" :\r[ 1 , 2 ] , \"b\":{}} ");
        assertThat(in.startObject()).isTrue();
        assertThat(in.firstProperty()).isTrue();
        assertThat(in.name()).isEqualTo("a");
        assertThat(in.startArray()).isTrue();
        assertThat(in.firstElement()).isTrue();
        assertThat(in.readInt()).isEqualTo(1);
        assertThat(in.nextElement()).isTrue();
        assertThat(in.readInt()).isEqualTo(2);
        assertThat(in.nextElement()).isFalse();
        assertThat(in.nextProperty()).isTrue();
        assertThat(in.name(JsonWriter.name("b"))).isTrue();
        in.skip();
        assertThat(in.nextProperty()).isFalse();
        for (String bad : List.of(
                "{\"a\":1,}",
                "[1,]",
                "{\"a\" 1}",
                "{,}",
                "\u00a0{}",
                "{\"a\":1}\u000b",
                "[tru]",
                "[nul]",
                "[falsey]")) {
            givesUp(bad, r -> {
                r.skip();
                return r.atEnd() ? null : r.readString();
            });
        }
    }

    @Test
    void nestingDeeperThanTheBoundIsGivenUpOn() {
        String deep = "[".repeat(JsonReader.MAX_DEPTH) + "]".repeat(JsonReader.MAX_DEPTH);
        reader(deep).skip();
        givesUp("[" + deep + "]", r -> {
            r.skip();
            return null;
        });
    }

    @Test
    void aLoneSurrogateInANameIsLeftToJacksonWhichRefusesIt() {
        JsonReader in = reader("{\"\\ud800\":1}");
        in.startObject();
        in.firstProperty();
        assertThatThrownBy(in::name).isInstanceOf(JsonReader.GaveUp.class);
        JsonReader pair = reader("{\"\\ud83d\\ude00\":1}");
        pair.startObject();
        pair.firstProperty();
        assertThat(pair.name()).isEqualTo("\ud83d\ude00");
    }

    @Test
    void preparedNamesMatchExactlyWhatTheirBytesMatch() {
        SplittableRandom random = new SplittableRandom(16);
        String alphabet = "abcdefghijklmnopqrstuvwxyzAB_\u00e9\u4e2d\"\\";
        for (int trial = 0; trial < 20_000; trial++) {
            String expected = randomName(random, alphabet);
            // the actual name: the same, a near miss (one character changed, one more, one fewer) or another
            String actual = switch (random.nextInt(5)) {
                case 0, 1 -> expected;
                case 2 -> expected.substring(0, expected.length() - 1) + "z";
                case 3 -> random.nextBoolean() ? expected + "a" : expected.substring(1);
                default -> randomName(random, alphabet);
            };
            String colon = random.nextInt(4) == 0 ? " :" : ":";
            String json = "{" + quoted(actual) + colon + "7" + " ".repeat(random.nextInt(3)) + "}"
                    + " ".repeat(random.nextInt(20));
            byte[] utf8 = JsonWriter.name(expected);
            JsonReader.Names names = JsonReader.names(JsonWriter.name("other"), null, utf8);
            boolean matched = afterName(json, in -> in.name(utf8));
            assertThat(afterName(json, in -> in.name(names, 2))).as(json).isEqualTo(matched);
            assertThat(matched).as(json).isEqualTo(actual.equals(expected));
            assertThat(afterName(json, in -> in.name(names, 1)))
                    .as("a null name never matches")
                    .isFalse();
        }
    }

    private static String randomName(SplittableRandom random, String alphabet) {
        StringBuilder name = new StringBuilder();
        int length = 1 + random.nextInt(random.nextBoolean() ? 8 : 24);
        for (int i = 0; i < length; i++) {
            name.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return name.toString();
    }

    private static String quoted(String name) {
        return new String(JsonWriter.quoted(name), StandardCharsets.UTF_8);
    }

    /** Reads up to the first name with {@code name}; when it matched, checks that the value after it reads as 7. */
    private static boolean afterName(String json, java.util.function.Predicate<JsonReader> name) {
        JsonReader in = reader(json);
        assertThat(in.startObject()).isTrue();
        assertThat(in.firstProperty()).isTrue();
        boolean matched = name.test(in);
        if (matched) {
            assertThat(in.readInt()).as(json).isEqualTo(7);
            assertThat(in.nextProperty()).isFalse();
            assertThat(in.atEnd()).isTrue();
        }
        return matched;
    }

    @Test
    void listsNestedInListsReadTheirOwnElementsIntoImmutableLists() {
        JsonCodec<List<List<Integer>>> codec = Codecs.list(Codecs.list(Codecs.INTEGER));
        SplittableRandom random = new SplittableRandom(5);
        for (int trial = 0; trial < 2_000; trial++) {
            List<List<Integer>> expected = new java.util.ArrayList<>();
            int outer = random.nextInt(random.nextBoolean() ? 4 : 40);
            for (int i = 0; i < outer; i++) {
                List<Integer> inner = new java.util.ArrayList<>();
                int count = random.nextInt(random.nextBoolean() ? 4 : 40);
                for (int j = 0; j < count; j++) {
                    inner.add(random.nextInt(8) == 0 && trial % 2 == 0 ? null : random.nextInt());
                }
                expected.add(inner);
            }
            String json = expected.toString().replace(" ", "");
            List<List<Integer>> read = whole(json, codec::read);
            assertThat(read).as(json).isEqualTo(expected);
            assertThatThrownBy(() -> read.add(List.of())).isInstanceOf(UnsupportedOperationException.class);
            for (int i = 0; i < outer; i++) {
                List<Integer> inner = read.get(i);
                assertThatThrownBy(() -> inner.add(1)).isInstanceOf(UnsupportedOperationException.class);
                // (the JDK's immutable lists refuse even to look for a null)
                if (!expected.get(i).contains(null)) {
                    assertThat(List.copyOf(inner))
                            .as("the JDK's immutable list, kept by copyOf")
                            .isSameAs(inner);
                }
            }
        }
    }
}
