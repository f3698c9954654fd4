package dev.eventrecords.kafka.avro;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a JSON text into maps (in their order), lists, strings, longs (or {@link java.math.BigInteger}s past a long),
 * doubles, booleans and nulls: a registry's answers and Avro schemas, which are small and come from outside.
 */
final class JsonTree {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private JsonTree() {}

    /**
     * Reads one JSON value.
     *
     * @param text the JSON text
     * @param maxDepth how deeply arrays and objects may nest
     * @throws IllegalArgumentException saying what is wrong when the text is not one JSON value or nests deeper
     */
    static Object parse(String text, int maxDepth) {
        try (JsonParser in = JSON.createParser(ObjectReadContext.empty(), text)) {
            if (in.nextToken() == null) {
                throw new IllegalArgumentException("an empty text");
            }
            Object value = value(in, 0, maxDepth);
            if (in.nextToken() != null) {
                throw new IllegalArgumentException("content after the JSON value");
            }
            return value;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Object value(JsonParser in, int depth, int maxDepth) {
        if (depth > maxDepth) {
            throw new IllegalArgumentException("nested deeper than " + maxDepth);
        }
        JsonToken token = in.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> object = new LinkedHashMap<>();
                while (in.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = in.currentName();
                    in.nextToken();
                    object.put(name, value(in, depth + 1, maxDepth));
                }
                return object;
            }
            case START_ARRAY: {
                List<Object> array = new ArrayList<>();
                while (in.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(in, depth + 1, maxDepth));
                }
                return array;
            }
            case VALUE_STRING:
                return in.getString();
            case VALUE_NUMBER_INT:
                return in.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? in.getBigIntegerValue()
                        : in.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return in.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IllegalArgumentException("unexpected " + token);
        }
    }
}
