package dev.eventrecords.kafka;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonGeneratorDelegate;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * A value of a sealed interface whose variants are records and enums, with its type id, byte-for-byte as Jackson 3's
 * default mapper writes it under {@code @JsonTypeInfo(use = NAME)}, and read as that mapper reads it. Generated code
 * builds one per sealed interface with {@link #builder}.
 *
 * <p>Writing, by {@link Inclusion}: {@code PROPERTY} writes a record as its object with the type id property first,
 * {@code {"type":"card","number":"..."}}; {@code EXISTING_PROPERTY} writes the record as it is, one of its own
 * properties holding the id; {@code WRAPPER_OBJECT} writes {@code {"card":{...}}}; {@code WRAPPER_ARRAY}
 * {@code ["card",{...}]}. An enum, which is no JSON object, is written as {@code ["coupon","GIFT"]} for the property
 * inclusions and {@code WRAPPER_ARRAY}, as {@code {"coupon":"GIFT"}} for {@code WRAPPER_OBJECT}.
 *
 * <p>Reading: a type id is looked up among the variants only, never as a class name; an unknown or missing one is an
 * {@link EventReadException} that names it. With the property inclusions the id property may be anywhere in the
 * object (the first one whose value is a scalar other than {@code null} counts, as in Jackson), and the array form is
 * read too. An id first is read in one pass; otherwise the object is read again without the id property, or with it
 * when {@code visible}, as Jackson reads the properties it buffered before the id and those after it.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the sealed interface
 */
public final class PolymorphicCodec<T> implements JsonCodec<T> {

    // The object read again, with Jackson's default stream features, as the value was read the first time.
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .enable(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER)
            .build();

    /** Where the type id goes, as {@code JsonTypeInfo.As} says. */
    public enum Inclusion {
        /** A property of the record's object, written first. */
        PROPERTY,
        /** A property the record writes itself. */
        EXISTING_PROPERTY,
        /** An object whose single property is named by the id. */
        WRAPPER_OBJECT,
        /** An array of the id and the value. */
        WRAPPER_ARRAY
    }

    private record Variant<S>(Class<S> type, boolean object, JsonCodec<S> codec, String id, SerializableString name) {}

    private final String base;
    private final Inclusion inclusion;
    private final String property;
    private final SerializableString propertyName;
    private final boolean visible;
    private final List<Variant<? extends T>> variants;
    private final Map<String, Variant<? extends T>> byId;

    private PolymorphicCodec(Builder<T> builder) {
        this.base = builder.type.getSimpleName();
        this.inclusion = builder.inclusion;
        this.property = builder.property;
        this.propertyName = Json.name(builder.property);
        this.visible = builder.visible;
        this.variants = List.copyOf(builder.variants);
        this.byId = Map.copyOf(builder.byId);
    }

    /**
     * Starts a codec.
     *
     * @param type the sealed interface
     * @param inclusion where the type id goes
     * @param property the type id's property name, for the property inclusions
     * @param visible whether a record reads the type id property too ({@code @JsonTypeInfo(visible = true)})
     * @param <T> the sealed interface
     * @return the builder
     */
    public static <T> Builder<T> builder(Class<T> type, Inclusion inclusion, String property, boolean visible) {
        return new Builder<>(type, inclusion, property, visible);
    }

    /**
     * Collects the variants of a {@link PolymorphicCodec}.
     *
     * @param <T> the sealed interface
     */
    public static final class Builder<T> {
        private final Class<T> type;
        private final Inclusion inclusion;
        private final String property;
        private final boolean visible;
        private final List<Variant<? extends T>> variants = new ArrayList<>();
        private final Map<String, Variant<? extends T>> byId = new HashMap<>();

        private Builder(Class<T> type, Inclusion inclusion, String property, boolean visible) {
            this.type = type;
            this.inclusion = inclusion;
            this.property = property;
            this.visible = visible;
        }

        /**
         * Adds a record variant.
         *
         * @param variant the record
         * @param codec its codec
         * @param ids the type id written, then any others read
         * @param <S> the record
         * @return this builder
         */
        public <S extends T> Builder<T> record(Class<S> variant, JsonCodec<S> codec, String... ids) {
            return add(variant, true, codec, ids);
        }

        /**
         * Adds an enum variant.
         *
         * @param variant the enum
         * @param codec its codec
         * @param ids the type id written, then any others read
         * @param <S> the enum
         * @return this builder
         */
        public <S extends T> Builder<T> enumeration(Class<S> variant, JsonCodec<S> codec, String... ids) {
            return add(variant, false, codec, ids);
        }

        private <S extends T> Builder<T> add(Class<S> variant, boolean object, JsonCodec<S> codec, String... ids) {
            if (ids.length == 0) {
                throw new IllegalArgumentException("a variant needs a type id");
            }
            Variant<S> v = new Variant<>(variant, object, codec, ids[0], Json.name(ids[0]));
            variants.add(v);
            for (String id : ids) {
                if (byId.putIfAbsent(id, v) != null) {
                    throw new IllegalArgumentException("two variants have type id " + id);
                }
            }
            return this;
        }

        /**
         * The codec.
         *
         * @return the codec
         */
        public PolymorphicCodec<T> build() {
            return new PolymorphicCodec<>(this);
        }
    }

    @Override
    public void write(JsonGenerator out, T value) {
        if (value == null) {
            out.writeNull();
            return;
        }
        for (Variant<? extends T> variant : variants) {
            if (variant.type().isInstance(value)) {
                write(out, variant, value);
                return;
            }
        }
        throw new IllegalArgumentException(
                "'" + value.getClass().getName() + "' is no variant of '" + base + "' known to this codec");
    }

    private <S> void write(JsonGenerator out, Variant<S> variant, Object value) {
        S typed = variant.type().cast(value);
        if (!variant.object() || inclusion == Inclusion.WRAPPER_ARRAY) {
            if (inclusion == Inclusion.WRAPPER_OBJECT) {
                out.writeStartObject();
                out.writeName(variant.name());
                variant.codec().write(out, typed);
                out.writeEndObject();
            } else {
                out.writeStartArray();
                out.writeString(variant.id());
                variant.codec().write(out, typed);
                out.writeEndArray();
            }
            return;
        }
        switch (inclusion) {
            case PROPERTY:
                variant.codec().write(new IdFirst(out, propertyName, variant.id()), typed);
                break;
            case EXISTING_PROPERTY:
                variant.codec().write(out, typed);
                break;
            default:
                out.writeStartObject();
                out.writeName(variant.name());
                variant.codec().write(out, typed);
                out.writeEndObject();
                break;
        }
    }

    @Override
    public T read(JsonParser in) {
        JsonToken token = in.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        switch (inclusion) {
            case WRAPPER_OBJECT:
                if (token != JsonToken.START_OBJECT) {
                    throw Json.expected("an object whose one property is the type id of a '" + base + "'", in);
                }
                return fromWrapper(in);
            case WRAPPER_ARRAY:
                if (token != JsonToken.START_ARRAY) {
                    throw Json.expected("an array of the type id of a '" + base + "' and its value", in);
                }
                return fromArray(in);
            default:
                if (token == JsonToken.START_OBJECT) {
                    return fromProperty(in);
                }
                if (token == JsonToken.START_ARRAY) {
                    return fromArray(in);
                }
                throw EventReadException.of(
                        "missing type id property '" + property + "' of '" + base + "' in " + Json.describe(in));
        }
    }

    /**
     * {@code {"type":"card",...}}: with the id first, as Jackson and this codec write it, the variant reads on from
     * there; with the id anywhere else, the object is read again around it.
     */
    private T fromProperty(JsonParser in) {
        JsonToken first = in.nextToken();
        if (!visible && first == JsonToken.PROPERTY_NAME && property.equals(in.currentName())) {
            in.nextToken();
            String id = in.getValueAsString();
            if (id != null) {
                return variant(id, true).codec().read(new AfterTypeId(in));
            }
            return buffered(in, true);
        }
        return buffered(in, false);
    }

    /**
     * The object copied without its type id property (with it when {@code visible}), then read from the copy.
     *
     * @param onValue whether the parser is on the value of a first property named as the id that holds no id
     */
    private T buffered(JsonParser in, boolean onValue) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String id = null;
        try (JsonGenerator copy = FACTORY.createGenerator(ObjectWriteContext.empty(), bytes)) {
            copy.writeStartObject();
            if (onValue) {
                copy.writeName(property);
                copyValue(in, copy, true);
            }
            JsonToken next = onValue ? in.nextToken() : in.currentToken();
            for (JsonToken t = next; t == JsonToken.PROPERTY_NAME; t = in.nextToken()) {
                String name = in.currentName();
                in.nextToken();
                if (id == null && name.equals(property)) {
                    // as Jackson: a null, object or array is no type id, and the search goes on
                    id = in.getValueAsString();
                    if (id != null) {
                        variant(id, true);
                        if (visible) {
                            copy.writeName(name);
                            copy.writeString(id);
                        }
                        continue;
                    }
                }
                copy.writeName(name);
                // Jackson buffers what comes before the id and reads what follows it from the input itself
                copyValue(in, copy, id == null);
            }
            copy.writeEndObject();
        }
        if (id == null) {
            throw EventReadException.of("missing type id property '" + property + "' of '" + base + "'");
        }
        return readCopy(variant(id, true), bytes.toByteArray());
    }

    /** {@code ["card",{...}]}: read as Jackson reads it for every inclusion but {@code WRAPPER_OBJECT}. */
    private T fromArray(JsonParser in) {
        JsonToken t = in.nextToken();
        if (t == null || !t.isScalarValue()) {
            throw Json.expected("the type id of a '" + base + "' first in the array", in);
        }
        String id = t == JsonToken.VALUE_NULL ? "null" : in.getString();
        Variant<? extends T> variant = variant(id, false);
        if (in.nextToken() == JsonToken.END_ARRAY) {
            return null; // as Jackson: the id alone stands for a null value
        }
        T value = value(in, variant);
        if (in.nextToken() != JsonToken.END_ARRAY) {
            throw Json.expected("the end of the array after the type id and the value of a '" + base + "'", in);
        }
        return value;
    }

    /** {@code {"card":{...}}}. */
    private T fromWrapper(JsonParser in) {
        if (in.nextToken() != JsonToken.PROPERTY_NAME) {
            throw Json.expected("the type id of a '" + base + "' as the property name", in);
        }
        Variant<? extends T> variant = variant(in.currentName(), false);
        in.nextToken();
        T value = value(in, variant);
        if (in.nextToken() != JsonToken.END_OBJECT) {
            throw Json.expected("the end of the object after the value of a '" + base + "'", in);
        }
        return value;
    }

    /** The value after a type id in an array or a wrapper object: never {@code null}, as in Jackson. */
    private T value(JsonParser in, Variant<? extends T> variant) {
        JsonToken t = in.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            throw EventReadException.of("the value of type id '" + Json.shown(variant.id()) + "' of '" + base
                    + "' is null, which Jackson 3 does not read either");
        }
        if (visible && variant.object() && t == JsonToken.START_OBJECT) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JsonGenerator copy = FACTORY.createGenerator(ObjectWriteContext.empty(), bytes)) {
                copy.writeStartObject();
                copy.writeName(property);
                copy.writeString(variant.id());
                for (JsonToken next = in.nextToken(); next == JsonToken.PROPERTY_NAME; next = in.nextToken()) {
                    copy.writeName(in.currentName());
                    in.nextToken();
                    copyValue(in, copy, false);
                }
                copy.writeEndObject();
            }
            return readCopy(variant, bytes.toByteArray());
        }
        return variant.codec().read(in);
    }

    private T readCopy(Variant<? extends T> variant, byte[] json) {
        try (JsonParser copy = FACTORY.createParser(ObjectReadContext.empty(), json)) {
            copy.nextToken();
            return variant.codec().read(copy);
        }
    }

    /** The variant of a type id; {@code inObject} when it was read as a property of the variant's own object. */
    private Variant<? extends T> variant(String id, boolean inObject) {
        Variant<? extends T> variant = byId.get(id);
        if (variant == null) {
            throw EventReadException.of("unknown type id '" + Json.shown(id) + "' of '" + base + "'; the known ids are "
                    + byId.keySet().stream().sorted().map(k -> "'" + k + "'").collect(Collectors.joining(", ")));
        }
        if (inObject && !variant.object()) {
            throw EventReadException.of("type id '" + Json.shown(id) + "' of '" + base + "' names an enum, which is"
                    + " read from an array of the id and the constant, not from an object");
        }
        return variant;
    }

    /**
     * Copies the value the parser is on, so that reading the copy reads what Jackson reads: as written, or, for what
     * Jackson reads before the type id and so holds in its token buffer ({@code buffered}), with integers as numbers
     * (other numbers as written).
     */
    private static void copyValue(JsonParser in, JsonGenerator out, boolean buffered) {
        int depth = 0;
        while (true) {
            JsonToken t = in.currentToken();
            if (t == null) {
                throw EventReadException.of("unexpected end of the input");
            }
            switch (t) {
                case START_OBJECT:
                    out.writeStartObject();
                    depth++;
                    break;
                case START_ARRAY:
                    out.writeStartArray();
                    depth++;
                    break;
                case END_OBJECT:
                    out.writeEndObject();
                    depth--;
                    break;
                case END_ARRAY:
                    out.writeEndArray();
                    depth--;
                    break;
                case PROPERTY_NAME:
                    out.writeName(in.currentName());
                    break;
                case VALUE_STRING:
                    out.writeString(in.getString());
                    break;
                case VALUE_NUMBER_INT:
                    if (!buffered) {
                        out.writeNumber(in.getString());
                        break;
                    }
                    // as Jackson's buffer holds it: an int, long or BigInteger, so "-0" is read again as 0
                    switch (in.getNumberType()) {
                        case INT -> out.writeNumber(in.getIntValue());
                        case LONG -> out.writeNumber(in.getLongValue());
                        default -> out.writeNumber(in.getBigIntegerValue());
                    }
                    break;
                case VALUE_NUMBER_FLOAT:
                    // as Jackson's buffer holds it: the text as written, parsed when read
                    out.writeNumber(in.getString());
                    break;
                case VALUE_TRUE:
                    out.writeBoolean(true);
                    break;
                case VALUE_FALSE:
                    out.writeBoolean(false);
                    break;
                default:
                    out.writeNull();
                    break;
            }
            if (depth == 0) {
                return;
            }
            in.nextToken();
        }
    }

    /**
     * The parser after a leading type id property, as a record's codec expects it at the start of its object: on
     * {@code START_OBJECT} until the codec moves on, which then reads the properties after the id.
     */
    private static final class AfterTypeId extends JsonParserDelegate {
        private boolean started;

        AfterTypeId(JsonParser in) {
            super(in);
        }

        @Override
        public JsonToken currentToken() {
            return started ? super.currentToken() : JsonToken.START_OBJECT;
        }

        @Override
        public int currentTokenId() {
            return started ? super.currentTokenId() : JsonToken.START_OBJECT.id();
        }

        @Override
        public boolean hasToken(JsonToken t) {
            return started ? super.hasToken(t) : t == JsonToken.START_OBJECT;
        }

        @Override
        public boolean hasTokenId(int id) {
            return started ? super.hasTokenId(id) : id == JsonToken.START_OBJECT.id();
        }

        @Override
        public boolean isExpectedStartObjectToken() {
            return !started || super.isExpectedStartObjectToken();
        }

        @Override
        public boolean isExpectedStartArrayToken() {
            return started && super.isExpectedStartArrayToken();
        }

        @Override
        public JsonToken nextToken() {
            started = true;
            return super.nextToken();
        }

        @Override
        public String nextName() {
            started = true;
            return super.nextName();
        }

        @Override
        public boolean nextName(SerializableString name) {
            started = true;
            return super.nextName(name);
        }

        @Override
        public int nextNameMatch(tools.jackson.core.sym.PropertyNameMatcher matcher) {
            started = true;
            return super.nextNameMatch(matcher);
        }
    }

    /** A generator that writes the type id property first in the object a record's codec starts. */
    private static final class IdFirst extends JsonGeneratorDelegate {
        private final SerializableString property;
        private final String id;
        private boolean started;

        IdFirst(JsonGenerator out, SerializableString property, String id) {
            super(out, false);
            this.property = property;
            this.id = id;
        }

        @Override
        public JsonGenerator writeStartObject() {
            super.writeStartObject();
            return afterStart();
        }

        @Override
        public JsonGenerator writeStartObject(Object forValue) {
            super.writeStartObject(forValue);
            return afterStart();
        }

        @Override
        public JsonGenerator writeStartObject(Object forValue, int size) {
            super.writeStartObject(forValue, size);
            return afterStart();
        }

        private JsonGenerator afterStart() {
            if (!started) {
                started = true;
                delegate.writeName(property);
                delegate.writeString(id);
            }
            return this;
        }
    }
}
