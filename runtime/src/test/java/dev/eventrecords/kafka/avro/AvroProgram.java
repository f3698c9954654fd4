package dev.eventrecords.kafka.avro;

import dev.eventrecords.kafka.EventReadException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.Encoder;

/**
 * A random sequence of Avro values, each written and read by a named encoding step, so that the same sequence can be
 * written and read by eventrecords' {@link AvroWriter} and {@link AvroReader} and by Apache Avro's encoders and
 * decoders, and the bytes and the values compared.
 */
final class AvroProgram {

    /** One value and how it is encoded. */
    sealed interface Item {}

    record Null() implements Item {}

    record Bool(boolean value) implements Item {}

    record Int(int value) implements Item {}

    record Long_(long value) implements Item {}

    record Float_(float value) implements Item {}

    record Double_(double value) implements Item {}

    record Str(String value) implements Item {}

    record Bytes(byte[] value) implements Item {}

    record Fixed(byte[] value) implements Item {}

    record Enum(int index, int symbols) implements Item {}

    /** A union branch's index, then its value. */
    record Union(int index, int branches, Item value) implements Item {}

    /** An array of items, one block. */
    record Array(List<Item> items) implements Item {}

    /** A map: keys and values. */
    record Map_(List<String> keys, List<Item> values) implements Item {}

    private static final int[] INTS = {0, 1, -1, 63, 64, -64, -65, 8191, 8192, Integer.MAX_VALUE, Integer.MIN_VALUE};
    private static final long[] LONGS = {
        0,
        1,
        -1,
        63,
        64,
        -64,
        -65,
        Integer.MAX_VALUE,
        Integer.MIN_VALUE,
        (long) Integer.MAX_VALUE + 1,
        Long.MAX_VALUE,
        Long.MIN_VALUE
    };
    private static final String[] PIECES = {
        // no lone surrogate: UTF-8 cannot hold one, and our writer refuses it (AvroWriterTest)
        "a", "é", "€", "😀", "\u0000", "\u07FF", "\u0800", "\uFFFF"
    };

    private final Random random;

    AvroProgram(long seed) {
        this.random = new Random(seed);
    }

    List<Item> items(int count) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(item(0));
        }
        return items;
    }

    private Item item(int depth) {
        int kind = random.nextInt(depth >= 3 ? 11 : 13);
        return switch (kind) {
            case 0 -> new Null();
            case 1 -> new Bool(random.nextBoolean());
            case 2 -> new Int(random.nextBoolean() ? INTS[random.nextInt(INTS.length)] : random.nextInt());
            case 3 ->
                new Long_(
                        random.nextBoolean()
                                ? LONGS[random.nextInt(LONGS.length)]
                                : random.nextLong() >> random.nextInt(64));
            case 4 ->
                new Float_(
                        random.nextInt(6) == 0
                                ? Float.intBitsToFloat(0x7F800000 | (random.nextInt() & 0x807FFFFF) | 1)
                                : (float) (random.nextGaussian() * 1e3));
            case 5 ->
                new Double_(
                        random.nextInt(6) == 0
                                ? Double.longBitsToDouble(0x7FF0000000000001L | random.nextLong() & 0x800FFFFFFFFFFFFFL)
                                : random.nextGaussian() * 1e300);
            case 6 -> new Str(text());
            case 7 -> new Bytes(bytes());
            case 8 -> new Fixed(bytes());
            case 9 -> {
                int symbols = 1 + random.nextInt(300);
                yield new Enum(random.nextInt(symbols), symbols);
            }
            case 10 -> {
                int branches = 1 + random.nextInt(200);
                yield new Union(random.nextInt(branches), branches, item(depth + 1));
            }
            case 11 -> {
                List<Item> items = new ArrayList<>();
                int size = random.nextInt(5) == 0 ? 70 + random.nextInt(70) : random.nextInt(5);
                for (int i = 0; i < size; i++) {
                    items.add(new Union(1, 2, item(depth + 1))); // never empty: each item takes its index's byte
                }
                yield new Array(items);
            }
            default -> {
                List<String> keys = new ArrayList<>();
                List<Item> values = new ArrayList<>();
                int size = random.nextInt(5);
                for (int i = 0; i < size; i++) {
                    keys.add(text());
                    values.add(item(depth + 1));
                }
                yield new Map_(keys, values);
            }
        };
    }

    private String text() {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(10) == 0 ? 200 + random.nextInt(200) : random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.append(
                    random.nextInt(4) == 0
                            ? PIECES[random.nextInt(PIECES.length)]
                            : String.valueOf((char) (' ' + random.nextInt(95))));
        }
        return text.toString();
    }

    private byte[] bytes() {
        byte[] bytes = new byte[random.nextInt(10) == 0 ? 300 : random.nextInt(8)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Writes the items with our writer. */
    static void write(List<Item> items, AvroWriter out) {
        for (Item item : items) {
            write(item, out);
        }
    }

    private static void write(Item item, AvroWriter out) {
        if (item instanceof Null n) {
            out.writeNull();
        } else if (item instanceof Bool b) {
            out.writeBoolean(b.value());
        } else if (item instanceof Int i) {
            out.writeInt(i.value());
        } else if (item instanceof Long_ l) {
            out.writeLong(l.value());
        } else if (item instanceof Float_ f) {
            out.writeFloat(f.value());
        } else if (item instanceof Double_ d) {
            out.writeDouble(d.value());
        } else if (item instanceof Str s) {
            out.writeString(s.value());
        } else if (item instanceof Bytes b) {
            out.writeBytes(b.value());
        } else if (item instanceof Fixed f) {
            out.writeFixed(f.value());
        } else if (item instanceof Enum e) {
            out.writeEnum(e.index());
        } else if (item instanceof Union u) {
            out.writeIndex(u.index());
            write(u.value(), out);
        } else if (item instanceof Array a) {
            out.writeArrayStart(a.items().size());
            a.items().forEach(i -> write(i, out));
            out.writeArrayEnd();
        } else if (item instanceof Map_ m) {
            out.writeMapStart(m.keys().size());
            for (int i = 0; i < m.keys().size(); i++) {
                out.writeString(m.keys().get(i));
                write(m.values().get(i), out);
            }
            out.writeMapEnd();
        }
    }

    /** Writes the items with one of Apache Avro's encoders. */
    static void write(List<Item> items, Encoder out) {
        try {
            for (Item item : items) {
                write(item, out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Item item, Encoder out) throws IOException {
        if (item instanceof Null n) {
            out.writeNull();
        } else if (item instanceof Bool b) {
            out.writeBoolean(b.value());
        } else if (item instanceof Int i) {
            out.writeInt(i.value());
        } else if (item instanceof Long_ l) {
            out.writeLong(l.value());
        } else if (item instanceof Float_ f) {
            out.writeFloat(f.value());
        } else if (item instanceof Double_ d) {
            out.writeDouble(d.value());
        } else if (item instanceof Str s) {
            out.writeString(s.value());
        } else if (item instanceof Bytes b) {
            out.writeBytes(b.value());
        } else if (item instanceof Fixed f) {
            out.writeFixed(f.value());
        } else if (item instanceof Enum e) {
            out.writeEnum(e.index());
        } else if (item instanceof Union u) {
            out.writeIndex(u.index());
            write(u.value(), out);
        } else if (item instanceof Array a) {
            out.writeArrayStart();
            out.setItemCount(a.items().size());
            for (Item i : a.items()) {
                out.startItem();
                write(i, out);
            }
            out.writeArrayEnd();
        } else if (item instanceof Map_ m) {
            out.writeMapStart();
            out.setItemCount(m.keys().size());
            for (int i = 0; i < m.keys().size(); i++) {
                out.startItem();
                out.writeString(m.keys().get(i));
                write(m.values().get(i), out);
            }
            out.writeMapEnd();
        }
    }

    /**
     * Reads values shaped as the items with our reader: each value as a comparable object (a string as read, bytes as
     * a list, a float and a double as their bits), in order.
     */
    static List<Object> read(List<Item> items, AvroReader in) {
        List<Object> values = new ArrayList<>();
        for (Item item : items) {
            read(item, in, values);
        }
        return values;
    }

    private static void read(Item item, AvroReader in, List<Object> values) {
        if (item instanceof Null n) {
            in.readNull();
            values.add("null");
        } else if (item instanceof Bool b) {
            values.add(in.readBoolean());
        } else if (item instanceof Int i) {
            values.add(in.readInt());
        } else if (item instanceof Long_ l) {
            values.add(in.readLong());
        } else if (item instanceof Float_ f) {
            values.add(Float.floatToRawIntBits(in.readFloat()));
        } else if (item instanceof Double_ d) {
            values.add(Double.doubleToRawLongBits(in.readDouble()));
        } else if (item instanceof Str s) {
            values.add(in.readString());
        } else if (item instanceof Bytes b) {
            values.add(Arrays.toString(in.readBytes()));
        } else if (item instanceof Fixed f) {
            values.add(Arrays.toString(in.readFixed(f.value().length)));
        } else if (item instanceof Enum e) {
            values.add(in.readEnum(e.symbols()));
        } else if (item instanceof Union u) {
            values.add(in.readIndex(u.branches()));
            read(u.value(), in, values);
        } else if (item instanceof Array a) {
            int read = 0;
            for (int count = in.readArrayStart(); count != 0; count = in.arrayNext()) {
                for (int i = 0; i < count; i++) {
                    if (read >= a.items().size()) {
                        throw EventReadException.of("more items than written");
                    }
                    read(a.items().get(read++), in, values);
                }
            }
            values.add("array of " + read);
        } else if (item instanceof Map_ m) {
            int read = 0;
            for (int count = in.readMapStart(); count != 0; count = in.mapNext()) {
                for (int i = 0; i < count; i++) {
                    if (read >= m.keys().size()) {
                        throw EventReadException.of("more entries than written");
                    }
                    values.add(in.readString());
                    read(m.values().get(read++), in, values);
                }
            }
            values.add("map of " + read);
        }
    }

    /** Reads values shaped as the items with one of Apache Avro's decoders, as {@link #read(List, AvroReader)}. */
    static List<Object> read(List<Item> items, Decoder in) {
        List<Object> values = new ArrayList<>();
        try {
            for (Item item : items) {
                read(item, in, values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    private static void read(Item item, Decoder in, List<Object> values) throws IOException {
        if (item instanceof Null n) {
            in.readNull();
            values.add("null");
        } else if (item instanceof Bool b) {
            values.add(in.readBoolean());
        } else if (item instanceof Int i) {
            values.add(in.readInt());
        } else if (item instanceof Long_ l) {
            values.add(in.readLong());
        } else if (item instanceof Float_ f) {
            values.add(Float.floatToRawIntBits(in.readFloat()));
        } else if (item instanceof Double_ d) {
            values.add(Double.doubleToRawLongBits(in.readDouble()));
        } else if (item instanceof Str s) {
            values.add(in.readString());
        } else if (item instanceof Bytes b) {
            ByteBuffer buffer = in.readBytes(null);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            values.add(Arrays.toString(bytes));
        } else if (item instanceof Fixed f) {
            byte[] bytes = new byte[f.value().length];
            in.readFixed(bytes);
            values.add(Arrays.toString(bytes));
        } else if (item instanceof Enum e) {
            values.add(in.readEnum());
        } else if (item instanceof Union u) {
            values.add(in.readIndex());
            read(u.value(), in, values);
        } else if (item instanceof Array a) {
            int read = 0;
            for (long count = in.readArrayStart(); count != 0; count = in.arrayNext()) {
                for (long i = 0; i < count; i++) {
                    read(a.items().get(read++), in, values);
                }
            }
            values.add("array of " + read);
        } else if (item instanceof Map_ m) {
            int read = 0;
            for (long count = in.readMapStart(); count != 0; count = in.mapNext()) {
                for (long i = 0; i < count; i++) {
                    values.add(in.readString());
                    read(m.values().get(read++), in, values);
                }
            }
            values.add("map of " + read);
        }
    }
}
