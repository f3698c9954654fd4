package dev.eventrecords.examples.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.eventrecords.EventCatalog;
import dev.eventrecords.TopicBinding;
import dev.eventrecords.kafka.CloudEventHeaders;
import dev.eventrecords.kafka.EventSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every event of this module (the application's and the tests') against the JSON Schema the processor wrote for it,
 * {@code META-INF/eventrecords/schemas/<event type>.json}, with networknt's draft-07 validator: {@value #INSTANCES}
 * random instances written by the generated serializer are valid; a value of the wrong type, a string that is not of
 * the format, and an unknown enum constant are not; and {@code required} names exactly the properties whose absence
 * the generated reader refuses.
 *
 * <p>Each run draws a new seed; a failure names it. Rerun with {@code -Deventrecords.seed=<seed>} to reproduce it.
 */
class SchemaConformanceTest {

    static final int INSTANCES = 1000;
    private static final String SCHEMAS = "META-INF/eventrecords/schemas";

    /**
     * The properties whose absence a reader refuses though the schema cannot say so: a constructor that refuses a value
     * the types allow (an empty list) is beyond what a schema drawn from the types knows.
     */
    private static final Set<String> REFUSED_BEYOND_THE_TYPES = Set.of("parcels.ParcelReturned.reasons");

    /** Exact numbers, so that ranges are checked on the digits written and a number is written back unchanged. */
    private static final JsonMapper JACKSON2 = JsonMapper.builder()
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();

    /** Jackson 3 with every default, whose bytes the serializer's are. */
    private static final tools.jackson.databind.json.JsonMapper JACKSON3 =
            tools.jackson.databind.json.JsonMapper.builder().build();

    private static final JsonSchemaFactory VALIDATORS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    private final long seed = Long.getLong("eventrecords.seed", System.nanoTime());

    /**
     * Events that hold a type a user's codec carries: their schema allows any value there, since only the codec knows
     * what it writes, and no random value of a library's type can be drawn. {@code MoneyOnABrokerTest} pins their bytes.
     */
    private static final Set<String> CARRIED_BY_USER_CODECS = Set.of("dev.eventrecords.examples.money.InvoicePaid");

    /** The JSON events: an Avro event's value is its Avro encoding, which {@code AvroCodecDifferentialTest} checks. */
    static Stream<TopicBinding<?, ?>> events() {
        return EventCatalog.bindings().stream()
                .filter(b -> b.eventClass().isRecord())
                .filter(b -> !(b.valueSerde().serializer() instanceof EventSerializer<?> serializer)
                        || serializer.contentType().equals(CloudEventHeaders.JSON));
    }

    /** The events whose every property the schema constrains. */
    static Stream<TopicBinding<?, ?>> conformable() {
        return events().filter(b -> !CARRIED_BY_USER_CODECS.contains(b.eventType()));
    }

    /**
     * The events whose JSON property names are their components' names: the probes below edit a property by its
     * component's name. Events that Jackson annotations rename or omit properties of are checked by the random
     * instances above and by their differential tests ({@code dev.eventrecords.examples.jackson}).
     */
    static Stream<TopicBinding<?, ?>> namedAsTheirComponents() {
        return conformable().filter(b -> !jacksonAnnotated(b.eventClass()));
    }

    private static boolean jacksonAnnotated(Class<?> record) {
        if (Arrays.stream(record.getAnnotations()).anyMatch(SchemaConformanceTest::jackson)) {
            return true;
        }
        // A Jackson annotation on a component lands on its field, accessor or constructor parameter, as its targets
        // allow.
        for (RecordComponent c : record.getRecordComponents()) {
            if (Arrays.stream(c.getAnnotations()).anyMatch(SchemaConformanceTest::jackson)
                    || Arrays.stream(c.getAccessor().getAnnotations()).anyMatch(SchemaConformanceTest::jackson)) {
                return true;
            }
            try {
                if (Arrays.stream(record.getDeclaredField(c.getName()).getAnnotations())
                        .anyMatch(SchemaConformanceTest::jackson)) {
                    return true;
                }
            } catch (NoSuchFieldException e) {
                throw new AssertionError(e);
            }
        }
        return false;
    }

    private static boolean jackson(java.lang.annotation.Annotation a) {
        return Set.of("com.fasterxml.jackson.annotation", "tools.jackson.databind.annotation")
                .contains(a.annotationType().getPackageName());
    }

    @Test
    void everyEventHasASchemaAndNothingElseHasOne() throws IOException, URISyntaxException {
        Set<String> written = new TreeSet<>();
        for (URL directory : Collections.list(getClass().getClassLoader().getResources(SCHEMAS))) {
            try (Stream<Path> files = Files.list(Path.of(directory.toURI()))) {
                files.map(f -> f.getFileName().toString()).forEach(written::add);
            }
        }
        Set<String> expected = new TreeSet<>();
        // an Avro event has its JSON Schema too: it describes the record, as its .avsc does
        EventCatalog.bindings().stream()
                .filter(b -> b.eventClass().isRecord())
                .forEach(b -> expected.add(b.eventType() + ".json"));
        assertThat(expected).hasSizeGreaterThan(30);
        assertThat(written).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("conformable")
    void randomInstancesWrittenByOurSerializerAreValid(TopicBinding<?, ?> binding) {
        JsonSchema schema = schema(binding);
        RandomRecords records = new RandomRecords(new EdgeCaseRandom(seed));
        for (int i = 0; i < INSTANCES; i++) {
            String json = written(binding, records);
            Set<ValidationMessage> errors = schema.validate(tree(json));
            if (!errors.isEmpty()) {
                throw new AssertionError("seed " + seed + ", instance " + i + " of '" + binding.eventType()
                        + "' is not valid: " + errors + "\n " + json);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("namedAsTheirComponents")
    void aValueOfTheWrongTypeIsNotValid(TopicBinding<?, ?> binding) {
        JsonSchema schema = schema(binding);
        ObjectNode valid = (ObjectNode) tree(written(binding, new RandomRecords(new EdgeCaseRandom(seed))));
        for (RecordComponent component : binding.eventClass().getRecordComponents()) {
            ObjectNode wrong = valid.deepCopy();
            // an object where no object is written, a string where one is
            Class<?> written = raw(withoutOptional(component.getGenericType()));
            if (annotated(written, com.fasterxml.jackson.annotation.JsonValue.class)) {
                continue; // written as its value, which may be either
            }
            wrong.set(
                    component.getName(),
                    written.isRecord()
                                    || written == Map.class
                                    || annotated(written, com.fasterxml.jackson.annotation.JsonCreator.class)
                            ? JACKSON2.getNodeFactory().textNode("text")
                            : JACKSON2.createObjectNode().put("unexpected", 1));
            assertThat(schema.validate(wrong)).as("seed %d: %s", seed, wrong).isNotEmpty();
        }
    }

    /**
     * Whether a method, field or constructor of the type carries the annotation: a {@code @JsonValue} type is written
     * as its value, a value class with a {@code @JsonCreator} (and no {@code @JsonValue}) as an object.
     */
    private static boolean annotated(Class<?> type, Class<? extends java.lang.annotation.Annotation> annotation) {
        return Stream.of(type.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(annotation))
                || Stream.of(type.getDeclaredFields()).anyMatch(f -> f.isAnnotationPresent(annotation))
                || Stream.of(type.getDeclaredConstructors()).anyMatch(c -> c.isAnnotationPresent(annotation))
                || (type.isRecord()
                        && Stream.of(type.getRecordComponents()).anyMatch(c -> c.isAnnotationPresent(annotation)));
    }

    @Test
    void aStringThatIsNotOfItsFormatIsNotValid() {
        TopicBinding<?, ?> binding = EventCatalog.bindingFor(dev.eventrecords.examples.fitness.WorkoutCompleted.class)
                .orElseThrow();
        JsonSchema schema = schema(binding);
        ObjectNode valid = (ObjectNode) tree(written(binding, new RandomRecords(new EdgeCaseRandom(seed))));
        valid.put("workoutId", UUID.randomUUID().toString());
        valid.put("completedAt", "2026-11-26T10:15:30+02:00");
        assertThat(schema.validate(valid)).isEmpty();
        assertThat(schema.validate(valid.deepCopy().put("workoutId", "not-a-uuid")))
                .isNotEmpty();
        assertThat(schema.validate(valid.deepCopy().put("completedAt", "yesterday")))
                .isNotEmpty();
        assertThat(schema.validate(valid.deepCopy().put("duration", "an hour"))).isNotEmpty();
    }

    /**
     * A {@code @JsonValue} record's schema is its value's: a UUID wrapper is a UUID string, not an object; a wrapper
     * of a record is that record's object; a {@code @JsonValue} enum is any string, since its texts are known only at
     * run time.
     */
    @Test
    void aJsonValueRecordIsDescribedAsItsValue() {
        TopicBinding<?, ?> binding = EventCatalog.bindingFor(dev.eventrecords.examples.jackson.ShipmentBooked.class)
                .orElseThrow();
        JsonSchema schema = schema(binding);
        ObjectNode valid = (ObjectNode) tree(written(binding, new RandomRecords(new EdgeCaseRandom(seed))));
        valid.put("shipmentId", UUID.randomUUID().toString());
        valid.set(
                "route",
                JACKSON2.createObjectNode().put("from", "a").put("to_hub", "b").put("hops", 2));
        valid.put("weight", 1200);
        valid.put("unit", "any text");
        assertThat(schema.validate(valid)).as("seed %d: %s", seed, valid).isEmpty();
        ObjectNode wrapped = valid.deepCopy();
        wrapped.set(
                "shipmentId",
                JACKSON2.createObjectNode().put("value", UUID.randomUUID().toString()));
        assertThat(schema.validate(wrapped)).isNotEmpty();
        assertThat(schema.validate(valid.deepCopy().put("shipmentId", "not-a-uuid")))
                .isNotEmpty();
        assertThat(schema.validate(valid.deepCopy().put("weight", "heavy"))).isNotEmpty();
        ObjectNode route = valid.deepCopy();
        route.set("route", JACKSON2.createObjectNode().put("hops", "two"));
        assertThat(schema.validate(route)).isNotEmpty();
    }

    static Stream<TopicBinding<?, ?>> eventsWithEnums() {
        return namedAsTheirComponents()
                .filter(b -> !enumComponents(b.eventClass()).isEmpty());
    }

    @ParameterizedTest
    @MethodSource("eventsWithEnums")
    void anUnknownEnumConstantIsNotValid(TopicBinding<?, ?> binding) {
        JsonSchema schema = schema(binding);
        ObjectNode valid = (ObjectNode) tree(written(binding, new RandomRecords(new EdgeCaseRandom(seed))));
        for (RecordComponent component : enumComponents(binding.eventClass())) {
            ObjectNode wrong = valid.deepCopy();
            wrong.put(component.getName(), "NOT_A_CONSTANT");
            assertThat(schema.validate(wrong)).as("seed %d: %s", seed, wrong).isNotEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("namedAsTheirComponents")
    void requiredNamesExactlyThePropertiesWhoseAbsenceOurReaderRefuses(TopicBinding<?, ?> binding) throws IOException {
        JsonNode schemaTree = schemaTree(binding);
        Set<String> required = new HashSet<>();
        schemaTree.path("required").forEach(name -> required.add(name.asText()));
        RandomRecords records = new RandomRecords(new EdgeCaseRandom(seed));
        for (int i = 0; i < 20; i++) {
            ObjectNode valid = (ObjectNode) tree(written(binding, records));
            for (RecordComponent component : binding.eventClass().getRecordComponents()) {
                String name = component.getName();
                ObjectNode without = valid.deepCopy();
                without.remove(name);
                boolean refused = refused(binding, JACKSON2.writeValueAsBytes(without));
                if (REFUSED_BEYOND_THE_TYPES.contains(binding.eventType() + "." + name)) {
                    assertThat(required).doesNotContain(name);
                    continue;
                }
                assertThat(refused)
                        .as(
                                "seed %d: without '%s' (%s in the schema) %s",
                                seed, name, required.contains(name) ? "required" : "not required", without)
                        .isEqualTo(required.contains(name));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("namedAsTheirComponents")
    void nullIsValidExactlyWhereOurReaderTakesIt(TopicBinding<?, ?> binding) throws IOException {
        JsonSchema schema = schema(binding);
        RandomRecords records = new RandomRecords(new EdgeCaseRandom(seed));
        for (int i = 0; i < 20; i++) {
            ObjectNode valid = (ObjectNode) tree(written(binding, records));
            for (RecordComponent component : binding.eventClass().getRecordComponents()) {
                ObjectNode withNull = valid.deepCopy().putNull(component.getName());
                boolean refused = refused(binding, JACKSON2.writeValueAsBytes(withNull));
                assertThat(!schema.validate(withNull).isEmpty())
                        .as(
                                "seed %d: null '%s' %s by the reader: %s",
                                seed, component.getName(), refused ? "refused" : "taken", withNull)
                        .isEqualTo(refused);
            }
        }
    }

    @Test
    void theComponentsWhoseNullTheConstructorRefusesAreRequired() {
        TopicBinding<?, ?> binding = EventCatalog.bindingFor(SeatBooked.class).orElseThrow();
        JsonNode schema = schemaTree(binding);
        assertThat(schema.path("required").toString()).isEqualTo("[\"seatId\",\"holder\",\"tier\"]");
        assertThat(schema.path("definitions")
                        .path("SeatBooked.Holder")
                        .path("required")
                        .toString())
                .isEqualTo("[\"name\"]");
        assertThat(schema.path("properties").path("guests").toString())
                .isEqualTo("{\"type\":\"array\",\"items\":{\"$ref\":\"#/definitions/SeatBooked.Holder\"}}");
    }

    private static boolean refused(TopicBinding<?, ?> binding, byte[] bytes) {
        try {
            binding.valueSerde().deserializer().deserialize(binding.topic(), bytes);
            return false;
        } catch (SerializationException e) {
            return true;
        }
    }

    private static List<RecordComponent> enumComponents(Class<?> event) {
        List<RecordComponent> enums = new ArrayList<>();
        for (RecordComponent component : event.getRecordComponents()) {
            Class<?> type = raw(withoutOptional(component.getGenericType()));
            if (type.isEnum() && !overridesToString(type)) {
                enums.add(component);
            }
        }
        return enums;
    }

    private static boolean overridesToString(Class<?> enumType) {
        try {
            if (enumType.getMethod("toString").getDeclaringClass() != Enum.class) {
                return true;
            }
            for (Object constant : enumType.getEnumConstants()) {
                if (constant.getClass().getMethod("toString").getDeclaringClass() != Enum.class) {
                    return true;
                }
            }
            return false;
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private static Type withoutOptional(Type type) {
        return type instanceof ParameterizedType p && p.getRawType() == Optional.class
                ? p.getActualTypeArguments()[0]
                : type;
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    /**
     * What our serializer writes for a random instance. An instance it refuses to write (it holds an enum constant whose
     * {@code toString()} throws, as {@code MoodLogged.Mood.BROKEN} does) is never a message, so it is drawn again.
     */
    @SuppressWarnings("unchecked")
    private static String written(TopicBinding<?, ?> binding, RandomRecords records) {
        Serde<Object> serde = (Serde<Object>) binding.valueSerde();
        for (int attempt = 0; attempt < 100; attempt++) {
            Object event = records.next(binding.eventClass().asSubclass(Record.class));
            try {
                return new String(serde.serializer().serialize(binding.topic(), event), StandardCharsets.UTF_8);
            } catch (SerializationException e) {
                // a value Jackson 3 cannot write either, as an instant beyond a long of milliseconds for
                // @JsonFormat(shape = NUMBER_INT), or a date-time beyond the years a pattern's time zone can show
                if (!String.valueOf(e.getMessage()).contains("cannot be written") && jackson3Writes(event)) {
                    throw e;
                }
            }
        }
        throw new AssertionError("no random '" + binding.eventType() + "' in 100 draws could be written");
    }

    private static boolean jackson3Writes(Object event) {
        try {
            JACKSON3.writeValueAsBytes(event);
            return true;
        } catch (tools.jackson.core.JacksonException e) {
            return false;
        }
    }

    private static JsonSchema schema(TopicBinding<?, ?> binding) {
        return VALIDATORS.getSchema(schemaTree(binding));
    }

    private static JsonNode schemaTree(TopicBinding<?, ?> binding) {
        String path = SCHEMAS + "/" + binding.eventType() + ".json";
        try (InputStream in = SchemaConformanceTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return JACKSON2.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return JACKSON2.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
