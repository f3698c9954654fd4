package dev.eventrecords.processor.model;

import dev.eventrecords.processor.model.ValueType.Absent;
import dev.eventrecords.processor.model.ValueType.AvroForm;
import dev.eventrecords.processor.model.ValueType.EventTimeUse;
import dev.eventrecords.processor.model.ValueType.FastPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The registry of value types: the one place that says which types the serde carries without a generated codec, and
 * everything the rules and generators need to know about each (see {@link ValueType}). Adding a type is adding an
 * entry here and its codec in the runtime; {@code ValueTypesContractTest} proves the two agree.
 */
public final class ValueTypes {

    private static final String INTEGER = "{\"type\":\"integer\"}";
    private static final String NUMBER = "{\"type\":\"number\"}";
    /** Jackson writes a non-finite floating-point number as a string ({@code "NaN"}), and so do we. */
    private static final String FLOATING =
            "{\"oneOf\":[{\"type\":\"number\"},{\"enum\":[\"NaN\",\"Infinity\",\"-Infinity\"]}]}";

    /**
     * A {@code date-time} or {@code date} string; a year outside 0000 to 9999, which Java writes with its sign and more
     * digits ({@code +10000-01-01}) where RFC 3339 has none, matches the pattern instead, and so does a date-time whose
     * offset has seconds ({@code +01:02:03}), which RFC 3339 has not either.
     */
    private static final String DATE_TIME = yearAware(
            "date-time",
            "^\\\\d{4}-\\\\d{2}-\\\\d{2}T\\\\d{2}:\\\\d{2}:\\\\d{2}(\\\\.\\\\d{1,9})?[+-]\\\\d{2}:\\\\d{2}:\\\\d{2}$");

    private static final String DATE = yearAware("date", null);
    private static final String LOCAL_TIME_PATTERN = "\\\\d{2}:\\\\d{2}(:\\\\d{2}(\\\\.\\\\d{1,9})?)?";
    private static final String OFFSET_PATTERN = "(Z|[+-]\\\\d{2}:\\\\d{2}(:\\\\d{2})?)";

    private static final String INT = "\"int\"";
    private static final String LONG = "\"long\"";
    private static final String STRING = "\"string\"";
    /** The Avro form of a type Avro has no type for: the text its JSON form holds. */
    private static final String TEXT = "a string, the text its JSON form holds";
    /** A {@code char} as its UTF-16 code unit, as Avro's reflect mapping has it: a string could not hold a lone surrogate. */
    private static final String CHAR_CODE = "an int, its UTF-16 code unit (0 to 65535)";

    private static final List<ValueType> ALL = List.of(
            avro(
                    primitive(
                            "boolean",
                            "BOOLEAN",
                            "writeBoolean",
                            "readBoolean",
                            Absent.FALSE,
                            "{\"type\":\"boolean\"}"),
                    "\"boolean\"",
                    "a boolean"),
            avro(
                    primitive(
                            "byte",
                            "BYTE",
                            "writeNumber",
                            "readByte",
                            Absent.ZERO,
                            range(Byte.MIN_VALUE, Byte.MAX_VALUE)),
                    INT,
                    "an int, from -128 to 127"),
            avro(
                    primitive(
                            "short",
                            "SHORT",
                            "writeNumber",
                            "readShort",
                            Absent.ZERO,
                            range(Short.MIN_VALUE, Short.MAX_VALUE)),
                    INT,
                    "an int, from -32768 to 32767"),
            avro(
                    key(
                            primitive(
                                    "int",
                                    "INTEGER",
                                    "writeNumber",
                                    "readInt",
                                    Absent.ZERO,
                                    range(Integer.MIN_VALUE, Integer.MAX_VALUE)),
                            "Integer"),
                    INT,
                    "an int"),
            avro(
                    key(
                            primitive(
                                    "long",
                                    "LONG",
                                    "writeNumber",
                                    "readLong",
                                    Absent.ZERO,
                                    range(Long.MIN_VALUE, Long.MAX_VALUE)),
                            "Long"),
                    LONG,
                    "a long"),
            avro(
                    primitive("float", "FLOAT", "writeNumber", "readFloat", Absent.ZERO, FLOATING),
                    "\"float\"",
                    "a float"),
            avro(
                    primitive("double", "DOUBLE", "writeNumber", "readDouble", Absent.ZERO, FLOATING),
                    "\"double\"",
                    "a double"),
            avro(
                    new ValueType(
                            "char",
                            "char",
                            "CHARACTER",
                            Optional.of(new FastPath(Optional.of("Json"), "writeChar", "Json", "readChar", "readChar")),
                            Absent.ZERO,
                            Optional.empty(),
                            Optional.empty(),
                            EventTimeUse.NONE,
                            "{\"type\":\"string\",\"minLength\":1,\"maxLength\":1}",
                            Optional.empty()),
                    INT,
                    CHAR_CODE),
            avro(
                    fast(scalar("java.lang.Boolean", "BOOLEAN", "{\"type\":\"boolean\"}"), "Boolean"),
                    "\"boolean\"",
                    "a boolean"),
            avro(
                    mapKey(scalar("java.lang.Byte", "BYTE", range(Byte.MIN_VALUE, Byte.MAX_VALUE))),
                    INT,
                    "an int, from -128 to 127"),
            avro(
                    mapKey(scalar("java.lang.Short", "SHORT", range(Short.MIN_VALUE, Short.MAX_VALUE))),
                    INT,
                    "an int, from -32768 to 32767"),
            avro(
                    mapKey(key(
                            fast(
                                    scalar("java.lang.Integer", "INTEGER", range(Integer.MIN_VALUE, Integer.MAX_VALUE)),
                                    "Integer"),
                            "Integer")),
                    INT,
                    "an int"),
            avro(
                    mapKey(key(
                            fast(scalar("java.lang.Long", "LONG", range(Long.MIN_VALUE, Long.MAX_VALUE)), "Long"),
                            "Long")),
                    LONG,
                    "a long"),
            avro(scalar("java.lang.Float", "FLOAT", FLOATING), "\"float\"", "a float"),
            avro(fast(scalar("java.lang.Double", "DOUBLE", FLOATING), "Double"), "\"double\"", "a double"),
            avro(
                    scalar("java.lang.Character", "CHARACTER", "{\"type\":\"string\",\"minLength\":1,\"maxLength\":1}"),
                    INT,
                    CHAR_CODE),
            avro(
                    mapKey(key(
                            fast(scalar("java.lang.String", "STRING", "{\"type\":\"string\"}"), "String"), "String")),
                    STRING,
                    "a string"),
            avro(
                    mapKey(key(
                            fast(scalar("java.util.UUID", "UUID", "{\"type\":\"string\",\"format\":\"uuid\"}"), "Uuid"),
                            "UUID")),
                    "{\"type\":\"string\",\"logicalType\":\"uuid\"}",
                    "a string, the UUID's 36 characters in lower case"),
            // Avro's decimal has a fixed scale, which a BigDecimal component does not declare; its text keeps any
            // value with its scale, as Avro's own reflect mapping does.
            avro(
                    scalar("java.math.BigDecimal", "BIG_DECIMAL", NUMBER),
                    STRING,
                    "a string, its 'toString()' ('12.50', '1E+3'): the unscaled value and the scale, both kept"),
            avro(scalar("java.math.BigInteger", "BIG_INTEGER", INTEGER), STRING, "a string, its decimal digits"),
            // Nanoseconds, since the clock gives them (Instant.now() on Linux and JDK 17 has them in nearly every
            // call):
            // microseconds would refuse or drop them. Avro's time-micros could not keep them either, so a LocalTime is
            // its text.
            avro(
                    time(fast(scalar("java.time.Instant", "INSTANT", DATE_TIME), "Instant"), EventTimeUse.DIRECT),
                    "{\"type\":\"long\",\"logicalType\":\"timestamp-nanos\"}",
                    "a long, nanoseconds since 1970-01-01T00:00Z: from 1677-09-21T00:12:43.145224192Z to"
                            + " 2262-04-11T23:47:16.854775807Z, an instant outside is refused"),
            avro(
                    mapKey(fast(scalar("java.time.LocalDate", "LOCAL_DATE", DATE), "LocalDate")),
                    "{\"type\":\"int\",\"logicalType\":\"date\"}",
                    "an int, days since 1970-01-01"),
            avro(
                    scalar(
                            "java.time.LocalDateTime",
                            "LOCAL_DATE_TIME",
                            pattern("^[+-]?\\\\d{4,}-\\\\d{2}-\\\\d{2}T" + LOCAL_TIME_PATTERN + "$")),
                    "{\"type\":\"long\",\"logicalType\":\"local-timestamp-nanos\"}",
                    "a long, nanoseconds since 1970-01-01T00:00 on a local clock: from 1677-09-21T00:12:43.145224192"
                            + " to 2262-04-11T23:47:16.854775807, a date-time outside is refused"),
            avro(scalar("java.time.LocalTime", "LOCAL_TIME", pattern("^" + LOCAL_TIME_PATTERN + "$")), STRING, TEXT),
            // Avro's timestamps have no offset or zone, which these types keep and compare by: their text keeps both.
            avro(
                    time(scalar("java.time.OffsetDateTime", "OFFSET_DATE_TIME", DATE_TIME), EventTimeUse.CONVERTED),
                    STRING,
                    TEXT),
            avro(
                    time(scalar("java.time.ZonedDateTime", "ZONED_DATE_TIME", DATE_TIME), EventTimeUse.CONVERTED),
                    STRING,
                    TEXT),
            // Java's ISO-8601 forms, with a sign on any part and a fraction of a second, where JSON Schema's "duration"
            // format (RFC 3339) has neither. Avro's duration (months, days, milliseconds, all unsigned) holds neither a
            // negative duration nor nanoseconds: the text holds both.
            avro(
                    scalar(
                            "java.time.Duration",
                            "DURATION",
                            pattern("^PT(-?\\\\d+H)?(-?\\\\d+M)?(-?\\\\d+(\\\\.\\\\d{1,9})?S)?$")),
                    STRING,
                    TEXT),
            avro(
                    scalar("java.time.Period", "PERIOD", pattern("^P(-?\\\\d+Y)?(-?\\\\d+M)?(-?\\\\d+D)?$")),
                    STRING,
                    TEXT),
            avro(scalar("java.time.Year", "YEAR", INTEGER), INT, "an int, the year"),
            avro(scalar("java.time.YearMonth", "YEAR_MONTH", pattern("^[+-]?\\\\d{4,}-\\\\d{2}$")), STRING, TEXT),
            avro(scalar("java.time.MonthDay", "MONTH_DAY", pattern("^--\\\\d{2}-\\\\d{2}$")), STRING, TEXT),
            // An enum, but Jackson 3 writes it as its number (DateTimeFeature.ONE_BASED_MONTHS); as a map key it is
            // written by name as every enum key is.
            avro(
                    mapKey(scalar("java.time.Month", "MONTH", "{\"type\":\"integer\",\"minimum\":1,\"maximum\":12}")),
                    INT,
                    "an int, from 1 (January) to 12, as in JSON"),
            avro(
                    scalar(
                            "java.time.OffsetTime",
                            "OFFSET_TIME",
                            pattern("^" + LOCAL_TIME_PATTERN + OFFSET_PATTERN + "$")),
                    STRING,
                    TEXT),
            avro(scalar("java.time.ZoneOffset", "ZONE_OFFSET", pattern("^" + OFFSET_PATTERN + "$")), STRING, TEXT),
            // Abstract: a region (Europe/Paris) or an offset, written by its id either way.
            avro(scalar("java.time.ZoneId", "ZONE_ID", "{\"type\":\"string\",\"minLength\":1}"), STRING, TEXT),
            avro(scalar("java.net.URI", "URI", "{\"type\":\"string\",\"format\":\"iri-reference\"}"), STRING, TEXT),
            // A BCP 47 language tag, or "" for Locale.ROOT.
            avro(
                    scalar("java.util.Locale", "LOCALE", pattern("^([A-Za-z0-9]{1,8}(-[A-Za-z0-9]{1,8})*)?$")),
                    STRING,
                    TEXT),
            avro(scalar("java.util.Currency", "CURRENCY", pattern("^[A-Z]{3}$")), STRING, TEXT),
            // Empty is null, as in JSON; the Avro field is then a union with "null".
            avro(
                    empty(scalar("java.util.OptionalInt", "OPTIONAL_INT", range(Integer.MIN_VALUE, Integer.MAX_VALUE))),
                    INT,
                    "an int, or null when empty"),
            avro(
                    empty(scalar("java.util.OptionalLong", "OPTIONAL_LONG", range(Long.MIN_VALUE, Long.MAX_VALUE))),
                    LONG,
                    "a long, or null when empty"),
            avro(
                    empty(scalar("java.util.OptionalDouble", "OPTIONAL_DOUBLE", FLOATING)),
                    "\"double\"",
                    "a double, or null when empty"),
            avro(
                    scalar("dev.eventrecords.Bytes", "BYTES", "{\"type\":\"string\",\"contentEncoding\":\"base64\"}"),
                    "\"bytes\"",
                    "bytes"));

    private static final Map<String, ValueType> BY_NAME = byName();

    private ValueTypes() {}

    /** Every entry, primitives first, in the order the README's table lists them. */
    public static List<ValueType> all() {
        return ALL;
    }

    /** The entry for a canonical type name ({@code int}, {@code java.time.Instant}), or empty. */
    public static Optional<ValueType> named(String canonicalName) {
        return Optional.ofNullable(BY_NAME.get(canonicalName));
    }

    /** The entry for a type the serde carries without a generated codec, or empty (records, enums, containers). */
    public static Optional<ValueType> of(Shape shape) {
        if (shape instanceof Shape.Scalar s) {
            return Optional.of(s.value());
        }
        return shape instanceof Shape.Primitive p ? named(p.type().keyword()) : Optional.empty();
    }

    /** The display names of every type that can be a key by Kafka's own serde, as a message lists them. */
    public static List<String> keyDisplays() {
        return ALL.stream()
                .filter(v -> v.keySerde().isPresent())
                .map(ValueType::display)
                .toList();
    }

    /** The display names of every value type that can be a {@code Map} key, as a message lists them. */
    public static List<String> mapKeyDisplays() {
        return ALL.stream()
                .filter(v -> v.mapKey().isPresent())
                .map(ValueType::display)
                .toList();
    }

    /** The display names of every type that can be an event time. */
    public static List<String> eventTimeDisplays() {
        return ALL.stream()
                .filter(v -> v.eventTime() != EventTimeUse.NONE)
                .map(ValueType::display)
                .toList();
    }

    private static ValueType primitive(
            String name, String codec, String write, String read, Absent absent, String schema) {
        return new ValueType(
                name,
                name,
                codec,
                Optional.of(new FastPath(Optional.empty(), write, "Json", read, read)),
                absent,
                Optional.empty(),
                Optional.empty(),
                EventTimeUse.NONE,
                schema,
                Optional.empty());
    }

    private static ValueType scalar(String name, String codec, String schema) {
        return new ValueType(
                name,
                name.substring(name.lastIndexOf('.') + 1),
                codec,
                Optional.empty(),
                Absent.NULL,
                Optional.empty(),
                Optional.empty(),
                EventTimeUse.NONE,
                schema,
                Optional.empty());
    }

    /** The type with the direct calls {@code Scalars.write<suffix>} and {@code Scalars.read<suffix>}. */
    private static ValueType fast(ValueType v, String suffix) {
        // JsonReader's readers of the boxed primitives take null too, and are named apart from the primitives'
        boolean boxed = Set.of("Boolean", "Integer", "Long", "Double").contains(suffix);
        FastPath path = new FastPath(
                Optional.of("Scalars"),
                "write" + suffix,
                "Scalars",
                "read" + suffix,
                (boxed ? "readBoxed" : "read") + suffix);
        return new ValueType(
                v.name(),
                v.display(),
                v.codec(),
                Optional.of(path),
                v.absent(),
                v.keySerde(),
                v.mapKey(),
                v.eventTime(),
                v.schema(),
                v.avro());
    }

    private static ValueType key(ValueType v, String serde) {
        return new ValueType(
                v.name(),
                v.display(),
                v.codec(),
                v.fastPath(),
                v.absent(),
                Optional.of(serde),
                v.mapKey(),
                v.eventTime(),
                v.schema(),
                v.avro());
    }

    /** The type as a {@code Map} key, by the {@code MapKeys} constant of the same name as its codec. */
    private static ValueType mapKey(ValueType v) {
        return new ValueType(
                v.name(),
                v.display(),
                v.codec(),
                v.fastPath(),
                v.absent(),
                v.keySerde(),
                Optional.of(v.codec()),
                v.eventTime(),
                v.schema(),
                v.avro());
    }

    private static ValueType time(ValueType v, EventTimeUse use) {
        return new ValueType(
                v.name(),
                v.display(),
                v.codec(),
                v.fastPath(),
                v.absent(),
                v.keySerde(),
                v.mapKey(),
                use,
                v.schema(),
                v.avro());
    }

    private static ValueType empty(ValueType v) {
        return new ValueType(
                v.name(),
                v.display(),
                v.codec(),
                v.fastPath(),
                Absent.EMPTY,
                v.keySerde(),
                v.mapKey(),
                v.eventTime(),
                v.schema(),
                v.avro());
    }

    /** The type with its Avro form: {@code schema} for a non-null value, holding what {@code encoding} says. */
    private static ValueType avro(ValueType v, String schema, String encoding) {
        return new ValueType(
                v.name(),
                v.display(),
                v.codec(),
                v.fastPath(),
                v.absent(),
                v.keySerde(),
                v.mapKey(),
                v.eventTime(),
                v.schema(),
                Optional.of(new AvroForm(schema, encoding)));
    }

    private static String range(long min, long max) {
        return "{\"type\":\"integer\",\"minimum\":" + min + ",\"maximum\":" + max + "}";
    }

    private static String yearAware(String format, String otherPattern) {
        return "{\"type\":\"string\",\"anyOf\":[{\"format\":\"" + format + "\"},{\"pattern\":\"^[+-]\\\\d{4,}-\"}"
                + (otherPattern == null ? "" : ",{\"pattern\":\"" + otherPattern + "\"}") + "]}";
    }

    private static String pattern(String regex) {
        return "{\"type\":\"string\",\"pattern\":\"" + regex + "\"}";
    }

    private static Map<String, ValueType> byName() {
        Map<String, ValueType> map = new LinkedHashMap<>();
        for (ValueType v : ALL) {
            if (map.put(v.name(), v) != null) {
                throw new IllegalStateException("value type registered twice: " + v.name());
            }
        }
        return Map.copyOf(map);
    }
}
