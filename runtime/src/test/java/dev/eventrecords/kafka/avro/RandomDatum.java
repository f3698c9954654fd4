package dev.eventrecords.kafka.avro;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;

/**
 * Random values of any Avro schema, as Apache Avro's generic representation holds them, with the edges drawn often
 * (zero, extremes, NaN, empty strings and collections, non-ASCII text). A recursive record stops nesting once deep: its
 * unions then take their {@code null} branch, its arrays and maps are empty.
 */
final class RandomDatum {

    private static final int DEEP = 4;

    private final Random random;

    RandomDatum(Random random) {
        this.random = random;
    }

    Object of(Schema schema) {
        return of(schema, 0);
    }

    private Object of(Schema schema, int depth) {
        return switch (schema.getType()) {
            case NULL -> null;
            case BOOLEAN -> random.nextBoolean();
            case INT -> pick(0, Integer.MIN_VALUE, Integer.MAX_VALUE, -1, random.nextInt());
            case LONG -> pick(0L, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 40, random.nextLong());
            case FLOAT -> pick(0f, Float.NaN, Float.MAX_VALUE, -Float.MIN_VALUE, random.nextFloat() * 1e6f);
            case DOUBLE -> pick(0d, Double.NaN, Double.NEGATIVE_INFINITY, -0d, random.nextGaussian() * 1e12);
            case STRING -> text();
            case BYTES -> ByteBuffer.wrap(bytes(random.nextInt(12)));
            case FIXED -> new GenericData.Fixed(schema, bytes(schema.getFixedSize()));
            case ENUM ->
                new GenericData.EnumSymbol(
                        schema,
                        schema.getEnumSymbols()
                                .get(random.nextInt(schema.getEnumSymbols().size())));
            case ARRAY -> {
                int size = depth >= DEEP ? 0 : random.nextInt(4);
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    items.add(of(schema.getElementType(), depth + 1));
                }
                yield new GenericData.Array<>(schema, items);
            }
            case MAP -> {
                int size = depth >= DEEP ? 0 : random.nextInt(4);
                Map<String, Object> entries = new LinkedHashMap<>();
                for (int i = 0; i < size; i++) {
                    entries.put("k" + i + text(), of(schema.getValueType(), depth + 1));
                }
                yield entries;
            }
            case UNION -> {
                List<Schema> branches = schema.getTypes();
                int nullBranch = -1;
                for (int b = 0; b < branches.size(); b++) {
                    if (branches.get(b).getType() == Schema.Type.NULL) {
                        nullBranch = b;
                    }
                }
                int branch = depth >= DEEP && nullBranch >= 0 ? nullBranch : random.nextInt(branches.size());
                yield of(branches.get(branch), depth + 1);
            }
            case RECORD -> {
                GenericData.Record record = new GenericData.Record(schema);
                for (Schema.Field field : schema.getFields()) {
                    record.put(field.pos(), of(field.schema(), depth + 1));
                }
                yield record;
            }
        };
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        // the last is the random one; the others are edges
        return random.nextInt(3) == 0 ? values[random.nextInt(values.length - 1)] : values[values.length - 1];
    }

    private String text() {
        return switch (random.nextInt(4)) {
            case 0 -> "";
            case 1 -> "Zürich – 東京 🚀";
            default -> Long.toString(random.nextLong(), 36);
        };
    }

    private byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }
}
