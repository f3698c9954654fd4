package dev.eventrecords.processor.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.eventrecords.Bytes;
import dev.eventrecords.kafka.Codecs;
import dev.eventrecords.kafka.EventBinding;
import dev.eventrecords.kafka.Json;
import dev.eventrecords.kafka.JsonCodec;
import dev.eventrecords.kafka.JsonReader;
import dev.eventrecords.kafka.JsonWriter;
import dev.eventrecords.kafka.MapKey;
import dev.eventrecords.kafka.MapKeys;
import dev.eventrecords.processor.model.ValueType.Absent;
import dev.eventrecords.processor.model.ValueType.EventTimeUse;
import dev.eventrecords.processor.model.ValueType.FastPath;
import java.io.IOException;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The processor's value-type registry against the runtime it generates code for: every entry's codec, fast path, key
 * serde, event-time conversion, absent value and schema fragment exist in the runtime and agree with each other on
 * sample values, the extremes included. Adding a type to {@link ValueTypes} without its runtime half fails here.
 */
class ValueTypesContractTest {

    /** Sample values of every entry, the extremes included; other contract tests of the registry use them too. */
    static final Map<String, List<Object>> SAMPLES = Map.ofEntries(
            Map.entry("boolean", List.of(true, false)),
            Map.entry("byte", List.of((byte) 7, Byte.MIN_VALUE, (byte) 0, Byte.MAX_VALUE)),
            Map.entry("short", List.of((short) 1200, Short.MIN_VALUE, Short.MAX_VALUE)),
            Map.entry("int", List.of(42, Integer.MIN_VALUE, 0, Integer.MAX_VALUE)),
            Map.entry("long", List.of(1_764_672_000_000L, Long.MIN_VALUE, -1L, Long.MAX_VALUE)),
            Map.entry("float", floats()),
            Map.entry("double", doubles()),
            Map.entry("char", List.of('a', '"', '\\', '\n', '\u0000', 'é', '\uFFFD')),
            Map.entry("java.lang.Boolean", List.of(true, false)),
            Map.entry("java.lang.Byte", List.of((byte) -3, Byte.MIN_VALUE, Byte.MAX_VALUE)),
            Map.entry("java.lang.Short", List.of((short) -1200, Short.MIN_VALUE, Short.MAX_VALUE)),
            Map.entry("java.lang.Integer", List.of(42, Integer.MIN_VALUE, 0, Integer.MAX_VALUE)),
            Map.entry("java.lang.Long", List.of(-7L, Long.MIN_VALUE, 0L, Long.MAX_VALUE)),
            Map.entry("java.lang.Float", floats()),
            Map.entry("java.lang.Double", doubles()),
            Map.entry("java.lang.Character", List.of('x', '"', '\u2028')),
            Map.entry("java.lang.String", List.of("plain", "", "quote \" and \\ and \n", "é ✓ 😀", "\u0000\u001f")),
            Map.entry(
                    "java.util.UUID",
                    List.of(UUID.fromString("86af99cc-2a44-4b59-9d1e-0c4f5a1b2c3d"), new UUID(0, 0), new UUID(-1, -1))),
            Map.entry(
                    "java.math.BigDecimal",
                    List.of(
                            new BigDecimal("1.50"),
                            BigDecimal.ZERO,
                            new BigDecimal("-1E+400"),
                            new BigDecimal("0.000000000000000000000000000001"))),
            Map.entry(
                    "java.math.BigInteger",
                    List.of(
                            BigInteger.TEN.pow(40),
                            BigInteger.ZERO,
                            BigInteger.TWO.pow(100).negate())),
            Map.entry(
                    "java.time.Instant",
                    List.of(
                            Instant.parse("2026-11-26T10:15:30.120Z"),
                            Instant.EPOCH,
                            Instant.parse("1969-12-31T23:59:59.999999999Z"),
                            Instant.parse("9999-12-31T23:59:59Z"),
                            Instant.parse("+10000-01-01T00:00:00Z"),
                            Instant.parse("-0001-06-01T00:00:00Z"))),
            Map.entry(
                    "java.time.LocalDate",
                    List.of(
                            LocalDate.of(2026, 11, 26),
                            LocalDate.of(1, 1, 1),
                            LocalDate.of(10_000, 12, 31),
                            LocalDate.of(-40, 2, 29))),
            Map.entry(
                    "java.time.LocalDateTime",
                    List.of(
                            LocalDateTime.of(2026, 11, 26, 10, 15),
                            LocalDateTime.of(2026, 1, 2, 3, 4, 5, 123_456_789))),
            Map.entry("java.time.LocalTime", List.of(LocalTime.of(10, 15, 30, 120_000_000), LocalTime.MIDNIGHT)),
            Map.entry(
                    "java.time.OffsetDateTime",
                    List.of(
                            OffsetDateTime.of(2026, 11, 26, 10, 15, 30, 0, ZoneOffset.ofHours(2)),
                            OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 1, ZoneOffset.UTC),
                            OffsetDateTime.of(12_026, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(-14)),
                            // an offset with seconds, which Java writes and RFC 3339 has not
                            OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHoursMinutesSeconds(1, 2, 3)))),
            Map.entry(
                    "java.time.ZonedDateTime",
                    List.of(
                            ZonedDateTime.of(2026, 11, 26, 10, 15, 30, 0, ZoneOffset.ofHoursMinutes(-9, -30)),
                            ZonedDateTime.of(2026, 6, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                            ZonedDateTime.of(2026, 6, 1, 0, 0, 0, 0, ZoneOffset.ofHoursMinutesSeconds(0, 0, -30)))),
            Map.entry(
                    "java.time.Duration",
                    List.of(
                            Duration.ofMillis(1_500),
                            Duration.ZERO,
                            Duration.ofSeconds(-90),
                            Duration.ofDays(400).plusNanos(1))),
            Map.entry("java.time.Period", List.of(Period.of(1, 2, 3), Period.ZERO, Period.of(-1, 0, 5))),
            Map.entry("java.time.Year", List.of(Year.of(2026), Year.of(-5), Year.of(12_345))),
            Map.entry("java.time.YearMonth", List.of(YearMonth.of(2026, 5), YearMonth.of(10_000, 1))),
            Map.entry("java.time.MonthDay", List.of(MonthDay.of(2, 29), MonthDay.of(12, 1), MonthDay.of(1, 1))),
            Map.entry("java.time.Month", List.of(Month.MAY, Month.JANUARY, Month.DECEMBER)),
            Map.entry(
                    "java.time.OffsetTime",
                    List.of(
                            OffsetTime.of(10, 15, 30, 0, ZoneOffset.ofHours(2)),
                            OffsetTime.of(10, 15, 0, 0, ZoneOffset.UTC),
                            OffsetTime.of(23, 59, 59, 999_999_999, ZoneOffset.MIN),
                            OffsetTime.of(0, 0, 0, 120_000_000, ZoneOffset.ofHoursMinutesSeconds(1, 2, 3)))),
            Map.entry(
                    "java.time.ZoneOffset",
                    List.of(
                            ZoneOffset.ofHours(2),
                            ZoneOffset.UTC,
                            ZoneOffset.MAX,
                            ZoneOffset.ofHoursMinutes(-9, -30),
                            ZoneOffset.ofHoursMinutesSeconds(1, 2, 3))),
            Map.entry(
                    "java.time.ZoneId",
                    List.of(
                            ZoneId.of("Europe/Paris"),
                            ZoneOffset.UTC,
                            ZoneId.of("UTC"),
                            ZoneId.of("GMT+2"),
                            ZoneOffset.ofHoursMinutes(5, 45),
                            ZoneId.of("America/Argentina/Buenos_Aires"))),
            Map.entry(
                    "java.net.URI",
                    List.of(
                            URI.create("https://example.org/orders/42?expand=lines#top"),
                            URI.create(""),
                            URI.create("urn:isbn:0451450523"),
                            URI.create("relative/path%20with%20escapes"),
                            URI.create("http://[::1]:8080/"),
                            URI.create("https://example.org/caf\u00e9"))),
            Map.entry(
                    "java.util.Locale",
                    List.of(
                            Locale.forLanguageTag("en-US"),
                            Locale.ROOT,
                            Locale.forLanguageTag("zh-Hant-TW"),
                            Locale.forLanguageTag("de-DE-u-co-phonebk"),
                            Locale.forLanguageTag("en-US-x-lvariant-POSIX"),
                            Locale.JAPANESE)),
            Map.entry(
                    "java.util.Currency",
                    List.of(Currency.getInstance("EUR"), Currency.getInstance("JPY"), Currency.getInstance("XXX"))),
            Map.entry("java.util.OptionalInt", List.of(OptionalInt.of(5), OptionalInt.of(Integer.MIN_VALUE))),
            Map.entry("java.util.OptionalLong", List.of(OptionalLong.of(Long.MAX_VALUE))),
            Map.entry("java.util.OptionalDouble", List.of(OptionalDouble.of(2.5), OptionalDouble.of(Double.NaN))),
            Map.entry(
                    "dev.eventrecords.Bytes",
                    List.of(Bytes.copyOf(new byte[] {1, 2, -1, 0, 127}), Bytes.copyOf(new byte[0]))));

    private static final Map<String, Class<?>> PRIMITIVES = Map.of(
            "boolean", boolean.class,
            "byte", byte.class,
            "short", short.class,
            "int", int.class,
            "long", long.class,
            "float", float.class,
            "double", double.class,
            "char", char.class);

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final ObjectMapper JACKSON2 = new ObjectMapper();

    static Stream<ValueType> entries() {
        return ValueTypes.all().stream();
    }

    @Test
    void every_entry_has_samples_and_no_sample_is_for_a_missing_entry() {
        assertThat(SAMPLES.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        ValueTypes.all().stream().map(ValueType::name).toList());
    }

    @ParameterizedTest
    @MethodSource("entries")
    void its_codec_is_a_constant_of_Codecs_for_its_type_and_round_trips_every_sample(ValueType v) throws Exception {
        JsonCodec<Object> codec = codec(v);
        for (Object sample : SAMPLES.get(v.name())) {
            byte[] written = Json.toBytes(codec, sample);
            assertThat(Json.fromBytes(codec, written))
                    .as("%s read back from %s", v.name(), utf8(written))
                    .isEqualTo(sample);
        }
        if (!v.primitive()) {
            assertThat(utf8(Json.toBytes(codec, null))).isEqualTo("null");
        }
        assertThat(boxed(type(v))).as("the codec's type").isEqualTo(codecType(v));
    }

    @ParameterizedTest
    @MethodSource("entries")
    void its_absent_value_is_the_one_the_codec_and_the_type_give(ValueType v) throws Exception {
        JsonCodec<Object> codec = codec(v);
        Class<?> type = type(v);
        switch (v.absent()) {
            case NULL -> {
                assertThat(v.primitive()).isFalse();
                assertThat(codec.absent()).isNull();
            }
            case ZERO -> {
                assertThat(v.primitive()).isTrue();
                assertThat(type)
                        .as("false, not zero, is a boolean's absent value")
                        .isNotEqualTo(boolean.class);
            }
            case FALSE -> assertThat(type).isEqualTo(boolean.class);
            case EMPTY -> {
                Object empty = type.getMethod("empty").invoke(null);
                assertThat(codec.absent()).isEqualTo(empty);
                assertThat(Json.fromBytes(codec, "null".getBytes(StandardCharsets.UTF_8)))
                        .as("JSON null reads as the empty value too")
                        .isEqualTo(empty);
            }
        }
        if (v.absent() != Absent.EMPTY) {
            assertThat(codec.absent())
                    .as("only an empty-able type has a non-null absent value")
                    .isNull();
        }
    }

    @ParameterizedTest
    @MethodSource("entries")
    void its_fast_path_exists_with_the_exact_signature_and_agrees_with_the_codec(ValueType v) throws Exception {
        if (v.fastPath().isEmpty()) {
            return;
        }
        FastPath path = v.fastPath().get();
        Class<?> type = type(v);
        JsonCodec<Object> codec = codec(v);
        Method write = path.writeOwner().isEmpty()
                ? generatorMethod(path.writeMethod(), type)
                : runtimeClass(path.writeOwner().get()).getMethod(path.writeMethod(), JsonGenerator.class, type);
        if (path.writeOwner().isPresent()) {
            assertThat(Modifier.isStatic(write.getModifiers())).isTrue();
        }
        Method read = runtimeClass(path.readOwner()).getMethod(path.readMethod(), JsonParser.class);
        assertThat(Modifier.isStatic(read.getModifiers())).isTrue();
        assertThat(read.getReturnType()).as("%s returns the type itself", read).isEqualTo(type);

        JsonCodec<Object> fast = new JsonCodec<>() {
            @Override
            public void write(JsonGenerator out, Object value) {
                invoke(
                        write,
                        path.writeOwner().isEmpty() ? out : null,
                        path.writeOwner().isEmpty() ? new Object[] {value} : new Object[] {out, value});
            }

            @Override
            public Object read(JsonParser in) {
                return invoke(read, null, in);
            }
        };
        // the generated codec's UTF-8 path calls the writer's method of the same name
        Method utf8Write = JsonWriter.class.getMethod(path.writeMethod(), type);
        JsonCodec<Object> direct = new JsonCodec<>() {
            @Override
            public void write(JsonGenerator out, Object value) {
                throw new AssertionError("the UTF-8 path is taken");
            }

            @Override
            public void write(JsonWriter out, Object value) {
                invoke(utf8Write, out, value);
            }

            @Override
            public Object read(JsonParser in) {
                return invoke(read, null, in);
            }
        };
        // the generated codec's byte path calls the reader's method of this name
        Method bytesRead = JsonReader.class.getMethod(path.bytesReadMethod());
        assertThat(boxed(bytesRead.getReturnType()))
                .as("%s returns the type itself", bytesRead)
                .isEqualTo(boxed(type));
        int[] gaveUp = {0};
        JsonCodec<Object> plain = new JsonCodec<>() {
            @Override
            public void write(JsonGenerator out, Object value) {
                throw new AssertionError("not written");
            }

            @Override
            public Object read(JsonParser in) {
                gaveUp[0]++;
                return invoke(read, null, in);
            }

            @Override
            public Object read(JsonReader in) {
                return invoke(bytesRead, in);
            }
        };
        for (Object sample : SAMPLES.get(v.name())) {
            byte[] byCodec = Json.toBytes(codec, sample);
            // through Jackson's generator (the writer bridges a codec that has only that path)
            assertThat(utf8(Json.toBytes(fast, sample))).isEqualTo(utf8(byCodec));
            assertThat(utf8(Json.toBytes(direct, sample))).isEqualTo(utf8(byCodec));
            assertThat(Json.fromBytes(fast, byCodec)).isEqualTo(sample);
            // the byte path reads it as the parser path does, or gives up on it (NaN, which is a string)
            assertThat(Json.fromBytes(plain, byCodec)).isEqualTo(sample);
        }
        assertThat(gaveUp[0])
                .as("samples the byte path gave up on")
                .isLessThan(SAMPLES.get(v.name()).size());
    }

    @ParameterizedTest
    @MethodSource("entries")
    void its_key_serde_is_Kafkas_own_for_its_type_and_round_trips(ValueType v) throws Exception {
        if (v.keySerde().isEmpty()) {
            return;
        }
        Method factory = Serdes.class.getMethod(v.keySerde().get());
        ParameterizedType serdeType = (ParameterizedType) factory.getGenericReturnType();
        assertThat(serdeType.getRawType()).isEqualTo(Serde.class);
        assertThat(serdeType.getActualTypeArguments()[0]).isEqualTo(boxed(type(v)));
        @SuppressWarnings("unchecked")
        Serde<Object> serde = (Serde<Object>) factory.invoke(null);
        for (Object sample : SAMPLES.get(v.name())) {
            byte[] bytes = serde.serializer().serialize("t", sample);
            assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(sample);
        }
    }

    @ParameterizedTest
    @MethodSource("entries")
    void its_map_key_is_a_constant_of_MapKeys_for_its_type_and_round_trips_every_sample(ValueType v) throws Exception {
        if (v.mapKey().isEmpty()) {
            return;
        }
        var field = MapKeys.class.getField(v.mapKey().get());
        assertThat(Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers()))
                .isTrue();
        ParameterizedType keyType = (ParameterizedType) field.getGenericType();
        assertThat(keyType.getRawType()).isEqualTo(MapKey.class);
        assertThat(keyType.getActualTypeArguments()[0]).isEqualTo(boxed(type(v)));
        @SuppressWarnings("unchecked")
        MapKey<Object> key = (MapKey<Object>) field.get(null);
        JsonCodec<Map<Object, String>> map = Codecs.map(key, Codecs.STRING);
        for (Object sample : SAMPLES.get(v.name())) {
            assertThat(key.read(key.write(sample))).isEqualTo(sample);
            byte[] written = Json.toBytes(map, Map.of(sample, "v"));
            assertThat(Json.fromBytes(map, written)).isEqualTo(Map.of(sample, "v"));
        }
    }

    @ParameterizedTest
    @MethodSource("entries")
    void its_event_time_use_is_what_EventBinding_offers(ValueType v) throws Exception {
        Class<?> type = type(v);
        Optional<Method> conversion = Stream.of(EventBinding.class.getMethods())
                .filter(m -> m.getName().equals("instantOf")
                        && m.getParameterCount() == 1
                        && m.getParameterTypes()[0] == type)
                .findFirst();
        assertThat(conversion.isPresent())
                .as("EventBinding.instantOf(%s) exists", v.display())
                .isEqualTo(v.eventTime() == EventTimeUse.CONVERTED);
        assertThat(type == Instant.class).isEqualTo(v.eventTime() == EventTimeUse.DIRECT);
        if (conversion.isPresent()) {
            assertThat(Modifier.isStatic(conversion.get().getModifiers())).isTrue();
            for (Object sample : SAMPLES.get(v.name())) {
                Instant expected = (Instant) type.getMethod("toInstant").invoke(sample);
                assertThat(conversion.get().invoke(null, sample)).isEqualTo(expected);
            }
            assertThat(conversion.get().invoke(null, new Object[] {null})).isNull();
        }
    }

    @ParameterizedTest
    @MethodSource("entries")
    void its_schema_fragment_is_draft_07_and_holds_every_written_sample(ValueType v) throws Exception {
        JsonSchema schema = SCHEMAS.getSchema(JACKSON2.readTree(v.schema()));
        JsonCodec<Object> codec = codec(v);
        for (Object sample : SAMPLES.get(v.name())) {
            String written = utf8(Json.toBytes(codec, sample));
            Set<ValidationMessage> errors = schema.validate(JACKSON2.readTree(written));
            assertThat(errors)
                    .as("%s written as %s against %s", v.name(), written, v.schema())
                    .isEmpty();
        }
        if (v.absent() != Absent.EMPTY) {
            assertThat(schema.validate(JACKSON2.readTree("null")))
                    .as("the fragment describes a non-null value")
                    .isNotEmpty();
        }
    }

    @Test
    void key_and_event_time_messages_list_what_the_registry_holds() {
        assertThat(ValueTypes.keyDisplays()).containsExactly("int", "long", "Integer", "Long", "String", "UUID");
        assertThat(ValueTypes.eventTimeDisplays()).containsExactly("Instant", "OffsetDateTime", "ZonedDateTime");
        assertThat(ValueTypes.mapKeyDisplays())
                .containsExactly("Byte", "Short", "Integer", "Long", "String", "UUID", "LocalDate", "Month");
    }

    @Test
    void the_readme_table_of_value_types_is_the_registry() throws IOException, ReflectiveOperationException {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher table = Pattern.compile("(?s)<!-- value-types -->\\n(.*?)\\n<!-- /value-types -->")
                .matcher(readme);
        assertThat(table.find()).as("README.md holds the value-type table").isTrue();
        List<String> rows = table.group(1).lines().skip(2).toList();
        List<String> expected = new ArrayList<>();
        for (ValueType v : ValueTypes.all()) {
            expected.add(readmeRow(v));
        }
        assertThat(table.group(1).lines().limit(2).toList()).containsExactly(README_HEADER, README_RULE);
        assertThat(rows)
                .as("the README's value-type table, as the registry gives it:%n%s", String.join("\n", expected))
                .containsExactlyElementsOf(expected);
    }

    private static final String README_HEADER = "| type | written as | key | map key | event time | when absent |";
    private static final String README_RULE = "|---|---|---|---|---|---|";

    /**
     * A row of the README's table: the type, how its first sample is written (as a value and as a map key), and what the
     * registry says of it.
     */
    @SuppressWarnings("unchecked")
    private static String readmeRow(ValueType v) throws ReflectiveOperationException {
        String written = utf8(Json.toBytes(codec(v), SAMPLES.get(v.name()).get(0)));
        String key = v.keySerde().map(s -> "`Serdes." + s + "()`").orElse("");
        String mapKey = v.mapKey().isPresent()
                ? "`\""
                        + ((MapKey<Object>)
                                        MapKeys.class.getField(v.mapKey().get()).get(null))
                                .write(SAMPLES.get(v.name()).get(0))
                        + "\"`"
                : "";
        String time = switch (v.eventTime()) {
            case NONE -> "";
            case DIRECT -> "yes";
            case CONVERTED -> "yes, as its instant";
        };
        String absent = switch (v.absent()) {
            case NULL -> "`null`";
            case ZERO -> "`0`";
            case FALSE -> "`false`";
            case EMPTY -> "empty";
        };
        return "| `" + v.display() + "` | `" + written + "` | " + key + " | " + mapKey + " | " + time + " | " + absent
                + " |";
    }

    private static List<Object> floats() {
        return List.of(
                1.5f,
                -0.0f,
                0.1f,
                Float.MIN_VALUE,
                Float.MAX_VALUE,
                Float.NaN,
                Float.POSITIVE_INFINITY,
                Float.NEGATIVE_INFINITY);
    }

    private static List<Object> doubles() {
        return List.of(
                1.5,
                -0.0,
                0.1,
                Double.MIN_VALUE,
                Double.MAX_VALUE,
                1e300,
                Double.NaN,
                Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY);
    }

    @SuppressWarnings("unchecked")
    private static JsonCodec<Object> codec(ValueType v) throws ReflectiveOperationException {
        var field = Codecs.class.getField(v.codec());
        assertThat(Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers()))
                .isTrue();
        return (JsonCodec<Object>) field.get(null);
    }

    private static Class<?> codecType(ValueType v) throws ReflectiveOperationException {
        ParameterizedType generic =
                (ParameterizedType) Codecs.class.getField(v.codec()).getGenericType();
        return (Class<?>) generic.getActualTypeArguments()[0];
    }

    private static Class<?> type(ValueType v) throws ClassNotFoundException {
        return v.primitive() ? PRIMITIVES.get(v.name()) : Class.forName(v.name());
    }

    private static Class<?> boxed(Class<?> type) {
        return MethodType.methodType(type).wrap().returnType();
    }

    /**
     * The generator's method that {@code out.name(value)} calls for a primitive value, as javac resolves it: the exact
     * parameter type, or else the nearest one it widens to ({@code writeNumber(short)} for a {@code byte}).
     */
    private static Method generatorMethod(String name, Class<?> type) throws NoSuchMethodException {
        List<Class<?>> widening = switch (type.getName()) {
            case "byte" -> List.of(byte.class, short.class, int.class, long.class, float.class, double.class);
            case "short" -> List.of(short.class, int.class, long.class, float.class, double.class);
            case "char" -> List.of(char.class, int.class, long.class, float.class, double.class);
            case "int" -> List.of(int.class, long.class, float.class, double.class);
            case "long" -> List.of(long.class, float.class, double.class);
            case "float" -> List.of(float.class, double.class);
            default -> List.of(type);
        };
        for (Class<?> parameter : widening) {
            try {
                return JsonGenerator.class.getMethod(name, parameter);
            } catch (NoSuchMethodException e) {
                // javac would try the next wider type
            }
        }
        throw new NoSuchMethodException("JsonGenerator." + name + "(" + type + ")");
    }

    private static Class<?> runtimeClass(String simpleName) throws ClassNotFoundException {
        return Class.forName("dev.eventrecords.kafka." + simpleName);
    }

    private static Object invoke(Method method, Object target, Object... args) {
        try {
            return method.invoke(target, args);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new AssertionError(e.getCause());
        }
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
