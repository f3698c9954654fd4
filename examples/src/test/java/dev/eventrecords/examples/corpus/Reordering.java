package dev.eventrecords.examples.corpus;

import dev.eventrecords.examples.wire.EdgeCaseRandom;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The top-level properties of a JSON object in another order, each value copied token by token (a number as its
 * text), as another producer may write the same event.
 */
final class Reordering {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private record Property(byte[] name, byte[] value) {}

    private Reordering() {}

    /** The object's properties shuffled; {@code json} must be an object. */
    static byte[] shuffled(byte[] json, EdgeCaseRandom random) {
        List<Property> properties = properties(json);
        Collections.shuffle(properties, new Random(random.nextLong()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('{');
        for (int i = 0; i < properties.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(properties.get(i).name());
            out.write(':');
            out.writeBytes(properties.get(i).value());
        }
        out.write('}');
        return out.toByteArray();
    }

    /** The names of the object's top-level properties. */
    static Set<String> names(byte[] json) {
        Set<String> names = new LinkedHashSet<>();
        try (JsonParser in = MAPPER.createParser(json)) {
            in.nextToken();
            while (in.nextToken() == JsonToken.PROPERTY_NAME) {
                names.add(in.currentName());
                in.nextToken();
                in.skipChildren();
            }
        }
        return names;
    }

    private static List<Property> properties(byte[] json) {
        List<Property> properties = new ArrayList<>();
        try (JsonParser in = MAPPER.createParser(json)) {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not a JSON object");
            }
            while (in.nextToken() == JsonToken.PROPERTY_NAME) {
                byte[] name = MAPPER.writeValueAsBytes(in.currentName());
                in.nextToken();
                ByteArrayOutputStream value = new ByteArrayOutputStream();
                try (JsonGenerator out = MAPPER.createGenerator(value)) {
                    int depth = 0;
                    do {
                        JsonToken t = in.currentToken();
                        if (t.isNumeric()) {
                            out.writeNumber(in.getString());
                        } else {
                            out.copyCurrentEvent(in);
                        }
                        depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
                    } while (depth > 0 && in.nextToken() != null);
                }
                properties.add(new Property(name, value.toByteArray()));
            }
        }
        return properties;
    }
}
