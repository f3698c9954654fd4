package dev.eventrecords.examples.jackson;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON object as its top-level properties, each a name and its value's JSON text, to reorder, rename, drop or add
 * properties as another producer would have written them. Values are copied token by token, numbers as their text.
 */
final class TopLevel {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** One property: its name and its value as JSON text. */
    record Property(String name, String value) {}

    private TopLevel() {}

    static List<Property> parse(byte[] json) {
        List<Property> properties = new ArrayList<>();
        try (JsonParser in = MAPPER.createParser(json)) {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not an object: " + new String(json, StandardCharsets.UTF_8));
            }
            while (in.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = in.currentName();
                in.nextToken();
                StringWriter text = new StringWriter();
                try (JsonGenerator out = MAPPER.createGenerator(text)) {
                    copy(in, out);
                }
                properties.add(new Property(name, text.toString()));
            }
        }
        return properties;
    }

    static byte[] write(List<Property> properties) {
        StringBuilder json = new StringBuilder("{");
        for (Property p : properties) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(MAPPER.writeValueAsString(p.name())).append(':').append(p.value());
        }
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void copy(JsonParser in, JsonGenerator out) {
        JsonToken t = in.currentToken();
        if (t.isNumeric()) {
            out.writeNumber(in.getString());
        } else if (t.isStructStart()) {
            out.copyCurrentEvent(in);
            for (JsonToken next = in.nextToken(); !next.isStructEnd(); next = in.nextToken()) {
                if (next == JsonToken.PROPERTY_NAME) {
                    out.writeName(in.currentName());
                    in.nextToken();
                }
                copy(in, out);
            }
            out.copyCurrentEvent(in);
        } else {
            out.copyCurrentEvent(in);
        }
    }
}
