package dev.eventrecords.processor.avro;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.util.Utf8;

/**
 * Random values of an Avro schema, as Apache Avro's generic representation holds them (strings as {@link Utf8}, as
 * its reader returns them), bounded in depth so that a recursive record ends.
 */
final class RandomAvro {

    private static final int MAX_DEPTH = 4;

    private final Random random;

    RandomAvro(long seed) {
        this.random = new Random(seed);
    }

    Object value(Schema schema) {
        return value(schema, 0);
    }

    private Object value(Schema schema, int depth) {
        switch (schema.getType()) {
            case NULL:
                return null;
            case BOOLEAN:
                return random.nextBoolean();
            case INT:
                return random.nextInt(4) == 0 ? random.nextInt(100) - 50 : random.nextInt();
            case LONG:
                return random.nextInt(4) == 0 ? (long) random.nextInt(100) - 50 : random.nextLong();
            case FLOAT:
                return random.nextInt(8) == 0 ? Float.NaN : random.nextFloat() * 1e6f - 5e5f;
            case DOUBLE:
                return random.nextInt(8) == 0 ? Double.NEGATIVE_INFINITY : random.nextGaussian() * 1e9;
            case STRING:
                return new Utf8(text());
            case BYTES:
                byte[] bytes = new byte[random.nextInt(6)];
                random.nextBytes(bytes);
                return ByteBuffer.wrap(bytes);
            case ENUM:
                List<String> symbols = schema.getEnumSymbols();
                return new GenericData.EnumSymbol(schema, symbols.get(random.nextInt(symbols.size())));
            case ARRAY:
                int size = depth >= MAX_DEPTH ? 0 : random.nextInt(4);
                GenericData.Array<Object> array = new GenericData.Array<>(size, schema);
                for (int i = 0; i < size; i++) {
                    array.add(value(schema.getElementType(), depth + 1));
                }
                return array;
            case MAP:
                int entries = depth >= MAX_DEPTH ? 0 : random.nextInt(4);
                Map<Utf8, Object> map = new HashMap<>();
                for (int i = 0; i < entries; i++) {
                    map.put(new Utf8(text()), value(schema.getValueType(), depth + 1));
                }
                return map;
            case UNION:
                List<Schema> branches = schema.getTypes();
                if (depth >= MAX_DEPTH && branches.get(0).getType() == Schema.Type.NULL) {
                    return null;
                }
                return value(branches.get(random.nextInt(branches.size())), depth + 1);
            case RECORD:
                GenericData.Record record = new GenericData.Record(schema);
                for (Schema.Field field : schema.getFields()) {
                    record.put(field.pos(), value(field.schema(), depth + 1));
                }
                return record;
            default:
                throw new IllegalArgumentException("no random value of " + schema);
        }
    }

    /** Mostly plain text, sometimes characters UTF-8 needs two to four bytes for. */
    private String text() {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(8);
        List<String> pieces = new ArrayList<>(List.of("a", "Z", "7", " ", "é", "€", "😀", "\u0000", "\""));
        for (int i = 0; i < length; i++) {
            text.append(
                    random.nextInt(3) == 0
                            ? pieces.get(random.nextInt(pieces.size()))
                            : String.valueOf((char) ('a' + random.nextInt(26))));
        }
        return text.toString();
    }
}
