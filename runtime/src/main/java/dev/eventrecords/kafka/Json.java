package dev.eventrecords.kafka;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;

/**
 * The streaming JSON primitives that generated codecs call: one shared Jackson {@link JsonFactory} with Jackson's
 * defaults (so the bytes are those of a default {@code JsonMapper}), and strict readers for the primitive types that
 * throw {@link EventReadException} on a token of the wrong type instead of coercing it.
 *
 * <p>All methods are thread-safe.
 */
public final class Json {

    // Fast double parsing gives the same (correctly rounded) values as Double.parseDouble, only sooner. The writer
    // keeps Jackson's default, Double.toString, which the wire contract depends on. Each parser's buffers come from
    // Jackson's hybrid pool (a slot per platform thread, a lock-free pool for virtual threads): Jackson 3's default, a
    // ConcurrentLinkedDeque shared by every thread, was a fifth of a small event's read.
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .recyclerPool(JsonRecyclerPools.sharedHybridPool())
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .enable(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER)
            .build();

    private Json() {}

    /**
     * A property name, quoted and UTF-8-encoded once so that writing it is a copy.
     *
     * @param name the JSON property name
     * @return the encoded name
     */
    public static SerializableString name(String name) {
        SerializedString encoded = new SerializedString(name);
        encoded.asQuotedUTF8();
        encoded.asQuotedChars();
        return encoded;
    }

    /**
     * A record's property names, each as {@link #name(String)} encodes it, by component index.
     *
     * @param names the JSON property names
     * @return a new array of the encoded names
     */
    public static SerializableString[] names(String... names) {
        SerializableString[] encoded = new SerializableString[names.length];
        for (int i = 0; i < names.length; i++) {
            encoded[i] = name(names[i]);
        }
        return encoded;
    }

    /** What {@link #nextProperty} returns once the object has ended. */
    public static final int END_OF_OBJECT = -2;

    /**
     * Moves a parser inside an object to its next property name. The name expected next is compared first, as
     * encoded bytes (a writer like ours or Jackson's puts properties in declaration order); any other name is looked
     * up in the index, so any order, unknown and missing properties still read.
     *
     * @param in the parser, on the object's start or on the last token of a property's value
     * @param names the encoded names by component index
     * @param next the index of the property expected next; {@code names.length} or more when none is
     * @param index the indexes of every name the record reads
     * @return the property's component index, {@code -1} for a name the record does not read, or
     *     {@link #END_OF_OBJECT} when the parser is on anything but a property name (the object's end)
     */
    public static int nextProperty(JsonParser in, SerializableString[] names, int next, PropertyIndex index) {
        if (next < names.length) {
            if (in.nextName(names[next])) {
                return next;
            }
        } else {
            in.nextToken();
        }
        if (in.currentToken() != JsonToken.PROPERTY_NAME) {
            return END_OF_OBJECT;
        }
        return index.of(in.currentName());
    }

    /**
     * The index of a record whose every component is read under its own property name.
     *
     * @param names the property names by component index
     * @return the index; for a name given twice, the first component
     */
    public static PropertyIndex index(String... names) {
        int[] indexes = new int[names.length];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = i;
        }
        return new PropertyIndex(names, indexes);
    }

    /**
     * The index of a record that reads some components under other names (aliases) or not at all.
     *
     * @param names every name the record reads
     * @param indexes the component index of each name
     * @return the index; for a name given twice, the first one's component
     * @throws IllegalArgumentException when the arrays differ in length or an index is negative
     */
    public static PropertyIndex index(String[] names, int[] indexes) {
        if (names.length != indexes.length) {
            throw new IllegalArgumentException(names.length + " names but " + indexes.length + " indexes");
        }
        return new PropertyIndex(names, indexes);
    }

    /**
     * A record's property names (aliases included) by component index, for properties out of declaration order.
     * Immutable and safe to share between threads; a lookup allocates nothing.
     */
    public static final class PropertyIndex {
        private final String[] keys;
        private final int[] values;
        private final int mask;

        private PropertyIndex(String[] names, int[] indexes) {
            int size = Integer.highestOneBit(Math.max(1, names.length) * 2) * 2;
            this.keys = new String[size];
            this.values = new int[size];
            this.mask = size - 1;
            for (int i = 0; i < names.length; i++) {
                if (indexes[i] < 0) {
                    throw new IllegalArgumentException("negative index " + indexes[i] + " for " + names[i]);
                }
                int slot = slot(names[i]);
                if (keys[slot] == null) {
                    keys[slot] = names[i];
                    values[slot] = indexes[i];
                }
            }
        }

        /** The slot that holds a name, or the empty one where it would go: the table is never more than half full. */
        private int slot(String name) {
            int h = name.hashCode();
            int slot = (h ^ (h >>> 16)) & mask;
            while (keys[slot] != null && !keys[slot].equals(name)) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        /**
         * The component index of a property name.
         *
         * @param name the name as read
         * @return the component index, or {@code -1} for a name the record does not read
         */
        public int of(String name) {
            int slot = slot(name);
            return keys[slot] == null ? -1 : values[slot];
        }
    }

    /**
     * Writes a whole value as UTF-8 JSON bytes.
     *
     * @param codec the value's codec
     * @param value the value
     * @param <T> the value's type
     * @return the bytes
     */
    public static <T> byte[] toBytes(JsonCodec<T> codec, T value) {
        JsonWriter out = JsonWriter.get();
        try {
            codec.write(out, value);
            return out.toByteArrayAndRelease();
        } catch (RuntimeException | Error e) {
            out.release();
            throw e;
        }
    }

    /**
     * Reads a whole value from UTF-8 JSON bytes, which must hold exactly one JSON value.
     *
     * @param codec the value's codec
     * @param data the bytes, not {@code null}
     * @param <T> the value's type
     * @return the value; {@code null} for the JSON literal {@code null}
     * @throws EventReadException when the bytes are empty, malformed, of the wrong shape or followed by more content
     */
    public static <T> T fromBytes(JsonCodec<T> codec, byte[] data) {
        if (data.length == 0) {
            throw EventReadException.of("the payload is empty");
        }
        if (READS_BYTES.get(codec.getClass())) {
            try {
                return new JsonReader(data).readWhole(codec);
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Throwable e) {
                // Not the plain case, or not a value at all, or a constructor's refusal: Jackson's path decides, with
                // its messages. What the byte reader read is dropped; it changed nothing but its own objects.
            }
        }
        try (JsonParser in = FACTORY.createParser(ObjectReadContext.empty(), data)) {
            if (in.nextToken() == null) {
                throw EventReadException.of("the payload holds no JSON value");
            }
            T value = codec.read(in);
            JsonToken trailing;
            try {
                trailing = in.nextToken();
            } catch (RuntimeException e) {
                throw EventReadException.of("trailing content after the JSON value: " + firstLine(e));
            }
            if (trailing != null) {
                throw EventReadException.of("trailing content after the JSON value: " + trailing);
            }
            return value;
        }
    }

    /** Whether a codec class reads bytes itself, with its own {@link JsonCodec#read(JsonReader)}. */
    private static final ClassValue<Boolean> READS_BYTES = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                return type.getMethod("read", JsonReader.class).getDeclaringClass() != JsonCodec.class;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
    };

    /** A parser of part of an array, for {@link JsonReader#readWithParser(JsonCodec)}. */
    static JsonParser parser(byte[] data, int offset, int length) {
        return FACTORY.createParser(ObjectReadContext.empty(), data, offset, length);
    }

    /**
     * Checks that the parser is on the start of an object.
     *
     * @param in the parser
     * @return {@code true} on {@code '{'}, {@code false} on {@code null}
     * @throws EventReadException on any other token
     */
    public static boolean startObject(JsonParser in) {
        JsonToken t = in.currentToken();
        if (t == JsonToken.START_OBJECT) {
            return true;
        }
        if (t == JsonToken.VALUE_NULL) {
            return false;
        }
        throw expected("an object", in);
    }

    /**
     * Checks that the parser is on the start of an array.
     *
     * @param in the parser
     * @return {@code true} on {@code '['}, {@code false} on {@code null}
     * @throws EventReadException on any other token
     */
    public static boolean startArray(JsonParser in) {
        JsonToken t = in.currentToken();
        if (t == JsonToken.START_ARRAY) {
            return true;
        }
        if (t == JsonToken.VALUE_NULL) {
            return false;
        }
        throw expected("an array", in);
    }

    /**
     * Reads a {@code boolean} as Jackson 3 does: {@code true}/{@code false}, an integer (zero is false), or the texts
     * {@code true}, {@code True}, {@code TRUE}, {@code false}, {@code False}, {@code FALSE}.
     *
     * @param in the parser, on the value
     * @return the value
     */
    public static boolean readBoolean(JsonParser in) {
        return ScalarReader.readBoolean(in, true);
    }

    /**
     * Reads an {@code int} as Jackson 3 does: an integer, a number with a fraction (dropped), or a number in text.
     *
     * @param in the parser, on the value
     * @return the value
     */
    public static int readInt(JsonParser in) {
        return ScalarReader.readInt(in, true, Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
    }

    /**
     * Reads a {@code long}, as {@link #readInt(JsonParser)} reads an {@code int}.
     *
     * @param in the parser, on the value
     * @return the value
     */
    public static long readLong(JsonParser in) {
        return ScalarReader.readLong(in, true);
    }

    /**
     * Reads a {@code short}, as {@link #readInt(JsonParser)} reads an {@code int}.
     *
     * @param in the parser, on the value
     * @return the value
     */
    public static short readShort(JsonParser in) {
        return (short) (int) ScalarReader.readInt(in, true, Short.MIN_VALUE, Short.MAX_VALUE, "short");
    }

    /**
     * Reads a {@code byte}, as {@link #readInt(JsonParser)} reads an {@code int}; 128 to 255 are taken as the unsigned
     * form of a byte, as Jackson takes them.
     *
     * @param in the parser, on the value
     * @return the value
     */
    public static byte readByte(JsonParser in) {
        // As Jackson: 128 to 255 are taken as the unsigned form of a byte.
        return (byte) (int) ScalarReader.readInt(in, true, Byte.MIN_VALUE, 255, "byte");
    }

    /**
     * Reads a {@code double}: a number, a number in text, or one of the strings {@code "NaN"}, {@code "Infinity"} and
     * {@code "-Infinity"} that Jackson writes for the values JSON has no number for.
     *
     * @param in the parser, on the value
     * @return the value
     */
    public static double readDouble(JsonParser in) {
        return ScalarReader.readDouble(in, true, false);
    }

    /**
     * Reads a {@code float}, as {@link #readDouble(JsonParser)} does.
     *
     * @param in the parser, on the value
     * @return the value
     */
    public static float readFloat(JsonParser in) {
        return (float) (double) ScalarReader.readDouble(in, true, true);
    }

    /**
     * Reads a {@code char}: a string of one UTF-16 unit, or its code as an integer, as Jackson 3 reads it.
     *
     * @param in the parser, on the value
     * @return the value
     */
    public static char readChar(JsonParser in) {
        return ScalarReader.readChar(in, true);
    }

    /**
     * Writes a {@code char} as Jackson does: a string of one character.
     *
     * @param out the generator
     * @param value the value
     */
    public static void writeChar(JsonGenerator out, char value) {
        out.writeString(String.valueOf(value));
    }

    /**
     * Reads a string or {@code null}; a number or a boolean is taken as its text, as written, as Jackson 3 takes it.
     *
     * @param in the parser, on the value
     * @return the value, {@code null} for JSON {@code null}
     */
    public static String readString(JsonParser in) {
        return ScalarReader.readString(in);
    }

    /**
     * The exception for a token of the wrong type.
     *
     * @param what what was expected, such as {@code "an integer"}
     * @param in the parser, on the offending token
     * @return the exception, to throw
     */
    public static EventReadException expected(String what, JsonParser in) {
        return EventReadException.of("expected " + what + ", got " + describe(in));
    }

    static int readIntInRange(JsonParser in, int min, int max, String type) {
        if (in.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw expected("an integer", in);
        }
        long v;
        try {
            v = in.getLongValue();
        } catch (InputCoercionException e) {
            v = Long.MAX_VALUE;
        }
        if (v < min || v > max) {
            throw EventReadException.of(shown(in.getString()) + " is out of range for " + type);
        }
        return (int) v;
    }

    static String describe(JsonParser in) {
        JsonToken t = in.currentToken();
        if (t == null) {
            return "the end of the input";
        }
        switch (t) {
            case VALUE_STRING:
                return "the string " + quote(in.getString());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "the number " + shown(in.getString());
            case VALUE_TRUE:
            case VALUE_FALSE:
            case VALUE_NULL:
                return t.asString();
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            default:
                return t.toString();
        }
    }

    private static String quote(String s) {
        return "'" + shown(s) + "'";
    }

    /**
     * The property a read failure belongs to: the name the parser is on when it failed in the object being read (it
     * reads a number along with the name before it, so a number it refuses belongs to the new name), otherwise the
     * last property the codec started reading.
     *
     * @param in the parser
     * @param object the parser's context when the codec started reading the object
     * @param last the property the codec read last, or {@code null}
     * @return the property name, or {@code null}
     */
    public static String propertyAt(JsonParser in, TokenStreamContext object, String last) {
        if (in.streamReadContext() == object) {
            String name = object.currentName();
            if (name != null) {
                return name;
            }
        }
        return last;
    }

    /** The most characters of input an error message repeats. */
    static final int SHOWN_CHARS = 200;

    /**
     * Input as an error message may repeat it: up to {@value #SHOWN_CHARS} characters, then an ellipsis and the
     * total length, so that a huge bad value never makes a huge message (or dead-letter header).
     *
     * @param input the input text
     * @return the text, shortened when longer than the bound
     */
    public static String shown(String input) {
        if (input.length() <= SHOWN_CHARS) {
            return input;
        }
        return input.substring(0, SHOWN_CHARS) + "... (" + input.length() + " characters)";
    }

    private static String firstLine(RuntimeException e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
