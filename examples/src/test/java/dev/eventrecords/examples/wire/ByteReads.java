package dev.eventrecords.examples.wire;

import dev.eventrecords.kafka.Json;
import dev.eventrecords.kafka.JsonCodec;
import dev.eventrecords.kafka.JsonReader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The byte reader's contract, differentially: whatever the payload, a generated codec read through {@link Json#fromBytes}
 * (the byte reader first, Jackson's parser when it gives up) gives exactly what the codec's parser path alone gives: an
 * equal value, or an exception of the same class with the same message. Payloads are our own bytes and edits of them:
 * whitespace between tokens, characters escaped as {@code \\uXXXX}, non-ASCII text, and single-byte damage,
 * truncation and duplication, which make most of them malformed.
 *
 * @param <E> the codec's type
 */
final class ByteReads<E> {

    /** Bytes that break or bend JSON: structure, number parts, literals' first letters, invalid and lead UTF-8. */
    private static final byte[] DAMAGE = {
        '"',
        '\\',
        '{',
        '}',
        '[',
        ']',
        ',',
        ':',
        '0',
        '9',
        '-',
        '+',
        '.',
        'e',
        'E',
        'n',
        't',
        'f',
        ' ',
        '\n',
        0,
        0x1f,
        (byte) 0x80,
        (byte) 0xbf,
        (byte) 0xc0,
        (byte) 0xc3,
        (byte) 0xe0,
        (byte) 0xed,
        (byte) 0xf0,
        (byte) 0xf4,
        (byte) 0xff
    };

    private final JsonCodec<E> codec;
    private final JsonCodec<E> parserOnly;
    private final JsonCodec<E> counted;
    private int gaveUp;

    private ByteReads(JsonCodec<E> codec) {
        this.codec = codec;
        this.parserOnly = new JsonCodec<>() {
            @Override
            public void write(JsonGenerator out, E value) {
                codec.write(out, value);
            }

            @Override
            public E read(JsonParser in) {
                return codec.read(in);
            }
        };
        this.counted = new JsonCodec<>() {
            @Override
            public void write(JsonGenerator out, E value) {
                codec.write(out, value);
            }

            @Override
            public E read(JsonParser in) {
                gaveUp++;
                return codec.read(in);
            }

            @Override
            public E read(JsonReader in) {
                return codec.read(in);
            }
        };
    }

    /** The generated codec nested in a generated serde ({@code XSerde.Codec.INSTANCE}). */
    @SuppressWarnings("unchecked")
    static <E> ByteReads<E> ofSerde(Class<?> serde) {
        try {
            Class<?> codec = Class.forName(serde.getName() + "$Codec");
            return new ByteReads<>((JsonCodec<E>) codec.getField("INSTANCE").get(null));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no codec in " + serde, e);
        }
    }

    /** How many reads so far the byte reader gave up on. */
    int gaveUp() {
        return gaveUp;
    }

    /**
     * Reads the bytes both ways.
     *
     * @return {@code null} when they agree, else what differs
     */
    String compare(byte[] bytes) {
        Object viaBytes;
        Object viaParser;
        try {
            viaBytes = Json.fromBytes(counted, bytes);
        } catch (RuntimeException e) {
            viaBytes = e;
        }
        try {
            viaParser = Json.fromBytes(parserOnly, bytes);
        } catch (RuntimeException e) {
            viaParser = e;
        }
        if (same(viaBytes, viaParser)) {
            return null;
        }
        return new String(bytes, StandardCharsets.UTF_8) + "\n  byte reader: " + viaBytes + "\n  parser:      "
                + viaParser;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Throwable x && b instanceof Throwable y) {
            return x.getClass() == y.getClass() && Objects.equals(x.getMessage(), y.getMessage());
        }
        return Objects.equals(a, b);
    }

    /** The payload and its edits, each compared; the differences. */
    List<String> compareEdits(byte[] json, EdgeCaseRandom random) {
        List<String> problems = new ArrayList<>();
        List<byte[]> payloads = new ArrayList<>();
        payloads.add(json);
        payloads.add(spaced(json, random));
        payloads.add(escaped(json, random, false));
        payloads.add(escaped(json, random, true));
        for (int i = 0; i < 4; i++) {
            payloads.add(damaged(json, random));
        }
        for (byte[] payload : payloads) {
            String problem = compare(payload);
            if (problem != null) {
                problems.add(problem);
            }
        }
        return problems;
    }

    /** Random JSON whitespace after structural characters outside strings. */
    private static byte[] spaced(byte[] json, EdgeCaseRandom random) {
        return edited(
                json,
                (b, inString) -> !inString && (b == '{' || b == '[' || b == ',' || b == ':') && random.nextInt(3) == 0
                        ? (char) b + String.valueOf(" \n\t\r".charAt(random.nextInt(4)))
                        : null);
    }

    /**
     * Inside strings, some ASCII characters as {@code \\uXXXX} escapes, or ({@code nonAscii}) some replaced by text
     * that needs two, three and four bytes of UTF-8.
     */
    private static byte[] escaped(byte[] json, EdgeCaseRandom random, boolean nonAscii) {
        return edited(
                json,
                (b, inString) -> inString && b != '\\' && b != '"' && b > 0 && random.nextInt(4) == 0
                        ? nonAscii
                                ? List.of("\u00e9", "\u20ac", "\ud83d\ude00", "\\u00e9", "\\ud83d\\ude00")
                                        .get(random.nextInt(5))
                                : String.format("\\u%04x", (int) b)
                        : null);
    }

    /** What a byte of JSON becomes, or {@code null} to keep it; told whether it is inside a string. */
    private interface ByteEdit {
        String edit(byte b, boolean inString);
    }

    /** The JSON with each byte edited, escape sequences in strings kept whole and unedited. */
    private static byte[] edited(byte[] json, ByteEdit edit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            String replaced = edit.edit(b, inString);
            if (replaced != null) {
                out.writeBytes(replaced.getBytes(StandardCharsets.UTF_8));
                continue;
            }
            out.write(b);
            if (inString) {
                if (b == '\\') {
                    out.write(json[++i]);
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            }
        }
        return out.toByteArray();
    }

    /** One byte replaced, one inserted, the payload cut short, or a stretch of it repeated. */
    private static byte[] damaged(byte[] json, EdgeCaseRandom random) {
        if (json.length == 0) {
            return json;
        }
        int at = random.nextInt(json.length);
        byte bad = DAMAGE[random.nextInt(DAMAGE.length)];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (random.nextInt(4)) {
            case 0:
                out.write(json, 0, json.length);
                byte[] replaced = out.toByteArray();
                replaced[at] = bad;
                return replaced;
            case 1:
                out.write(json, 0, at);
                out.write(bad);
                out.write(json, at, json.length - at);
                return out.toByteArray();
            case 2:
                out.write(json, 0, at);
                return out.toByteArray();
            default:
                int length = Math.min(json.length - at, 1 + random.nextInt(8));
                out.write(json, 0, at + length);
                out.write(json, at, json.length - at);
                return out.toByteArray();
        }
    }
}
