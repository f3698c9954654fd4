package dev.eventrecords.examples.wire;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Edits the top-level properties of a JSON object token by token, copying every other token exactly (numbers keep
 * their text), as an older or newer producer would have written the event.
 */
public final class PropertyEdits {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** Unknown names need escaping too. */
    private static final List<String> NAME_SUFFIXES = List.of("", "_\u00e9", "\"q\"", "\\n", "\u0000");

    private PropertyEdits() {}

    /**
     * Adds properties that no record component has, before any top-level property and before the end: scalars, arrays
     * and objects, whose nested property names may repeat the record's own.
     */
    public static byte[] withUnknownProperties(byte[] json, EdgeCaseRandom random, Set<String> knownNames) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonParser in = MAPPER.createParser(json);
                JsonGenerator out = MAPPER.createGenerator(bytes)) {
            int depth = 0;
            int added = 0;
            for (JsonToken t = in.nextToken(); t != null; t = in.nextToken()) {
                if (depth == 1 && (t == JsonToken.PROPERTY_NAME || t == JsonToken.END_OBJECT) && random.nextBoolean()) {
                    out.writeName("unknown" + added++ + random.pick(NAME_SUFFIXES));
                    writeRandomValue(out, random, knownNames, 0);
                }
                copy(in, out);
                depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
            }
        }
        return bytes.toByteArray();
    }

    /** Removes the named top-level properties with their values. */
    public static byte[] withoutProperties(byte[] json, Set<String> removed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonParser in = MAPPER.createParser(json);
                JsonGenerator out = MAPPER.createGenerator(bytes)) {
            int depth = 0;
            for (JsonToken t = in.nextToken(); t != null; t = in.nextToken()) {
                if (depth == 1 && t == JsonToken.PROPERTY_NAME && removed.contains(in.currentName())) {
                    in.nextToken();
                    in.skipChildren();
                    continue;
                }
                copy(in, out);
                depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
            }
        }
        return bytes.toByteArray();
    }

    /** Copies one token; a number as its text, since even an "exact" copy turns {@code -0.0} into {@code 0.0}. */
    private static void copy(JsonParser in, JsonGenerator out) {
        if (in.currentToken().isNumeric()) {
            out.writeNumber(in.getString());
        } else {
            out.copyCurrentEvent(in);
        }
    }

    private static void writeRandomValue(JsonGenerator out, EdgeCaseRandom random, Set<String> knownNames, int depth) {
        switch (random.nextInt(depth < 3 ? 9 : 7)) {
            case 0 -> out.writeNull();
            case 1 -> out.writeBoolean(random.nextBoolean());
            case 2 -> out.writeNumber(random.nextLong());
            case 3 -> out.writeNumber(BigInteger.TWO.pow(100 + random.nextInt(500)));
            case 4 -> out.writeNumber(random.nextBigDecimal());
            case 5 -> out.writeNumber(random.nextDouble());
            case 6 -> out.writeString(random.nextString());
            case 7 -> {
                out.writeStartArray();
                for (int i = random.nextInt(4); i > 0; i--) {
                    writeRandomValue(out, random, knownNames, depth + 1);
                }
                out.writeEndArray();
            }
            default -> {
                out.writeStartObject();
                for (String name : random.list(() -> random.pick(List.copyOf(knownNames)))) {
                    out.writeName(name);
                    writeRandomValue(out, random, knownNames, depth + 1);
                }
                out.writeEndObject();
            }
        }
    }
}
