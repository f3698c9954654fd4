package dev.eventrecords.examples.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.eventrecords.examples.jackson.TopLevel.Property;
import dev.eventrecords.examples.wire.EdgeCaseRandom;
import dev.eventrecords.examples.wire.Equivalence;
import dev.eventrecords.examples.wire.PropertyEdits;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17's differential proof for an event whose records carry Jackson annotations: on {@value #INSTANCES} random
 * events, our bytes are Jackson 3's bytes, and our read of Jackson's bytes, and of those bytes reordered, with aliases
 * for names, with properties missing, with unknown properties and with properties that Jackson does not read (ignored,
 * read-only, the Java names of renamed components), equals Jackson 3's {@code readValue}, or both refuse. The one
 * difference DESIGN.md documents stays: a missing collection reads empty here, {@code null} in Jackson.
 *
 * <p>Each run draws a new seed; a failure names it. Rerun with {@code -Deventrecords.seed=<seed>} to reproduce it.
 *
 * @param <E> the event type
 */
abstract class JacksonDifferential<E> {

    static final int INSTANCES = 500;

    /** Jackson 3 with every default. */
    static final JsonMapper JACKSON = JsonMapper.builder().build();

    private static final String TOPIC = "jackson-differential";

    /** JSON values of every kind, for properties Jackson does not read and for values replaced. */
    private static final List<String> ANY_VALUES = List.of(
            "null",
            "\"x\"",
            "\"\"",
            "\" \"",
            "0",
            "1",
            "-1",
            "true",
            "false",
            "{}",
            "[]",
            "{\"a\":[1,{\"b\":null}]}",
            "[\"x\",{}]",
            "12345678901234567890",
            "1.5");

    private final long seed = Long.getLong("eventrecords.seed", System.nanoTime());

    abstract Serde<E> serde();

    abstract Class<E> eventClass();

    /** A random event; reference components are sometimes {@code null}. */
    abstract E randomEvent(EdgeCaseRandom random);

    /** JSON values that probe this event's enums: each constant's name, text, index, with spaces, in other cases. */
    abstract List<String> enumTexts();

    @Test
    void ourBytesAreJacksonsBytes() {
        forEachInstance((event, random) -> {
            byte[] ours = serialize(event);
            byte[] jacksons = JACKSON.writeValueAsBytes(event);
            if (!Arrays.equals(ours, jacksons)) {
                throw new AssertionError(
                        "our bytes differ from Jackson's\n ours:    " + utf8(ours) + "\n Jackson: " + utf8(jacksons));
            }
        });
    }

    @Test
    void weReadJacksonsBytesAsJacksonReadsThem() {
        forEachInstance((event, random) -> readsAsJackson(JACKSON.writeValueAsBytes(event)));
    }

    @Test
    void weReadReorderedPropertiesAsJacksonReadsThem() {
        forEachInstance((event, random) -> {
            List<Property> properties = TopLevel.parse(JACKSON.writeValueAsBytes(event));
            Collections.shuffle(properties, new Random(random.nextLong()));
            readsAsJackson(TopLevel.write(properties));
        });
    }

    /** Each property with aliases is sometimes written under one, sometimes under both its name and an alias. */
    @Test
    void weReadAliasesAsJacksonReadsThem() {
        Map<String, List<String>> aliases = aliases();
        assertThat(aliases).isNotEmpty();
        forEachInstance((event, random) -> {
            List<Property> edited = new ArrayList<>();
            for (Property p : TopLevel.parse(JACKSON.writeValueAsBytes(event))) {
                List<String> others = aliases.getOrDefault(p.name(), List.of());
                if (others.isEmpty() || random.nextInt(4) == 0) {
                    edited.add(p);
                    continue;
                }
                Property aliased = new Property(random.pick(others), p.value());
                switch (random.nextInt(3)) {
                    case 0 -> edited.add(aliased);
                    case 1 -> edited.addAll(List.of(p, aliased));
                    default -> edited.addAll(List.of(aliased, new Property(p.name(), random.pick(ANY_VALUES))));
                }
            }
            readsAsJackson(TopLevel.write(edited));
        });
    }

    @Test
    void weReadPartialPropertiesAsJacksonReadsThem() {
        forEachInstance((event, random) -> {
            List<Property> kept = new ArrayList<>();
            boolean dropAll = random.nextInt(20) == 0;
            for (Property p : TopLevel.parse(JACKSON.writeValueAsBytes(event))) {
                if (!dropAll && random.nextInt(3) != 0) {
                    kept.add(p);
                }
            }
            readsAsJackson(TopLevel.write(kept));
        });
    }

    /**
     * Unknown properties, and properties that name a component Jackson does not read from them: an ignored or
     * read-only component's name, a renamed component's Java name; a write-only component's name is read.
     */
    @Test
    void weReadUnknownAndUnreadPropertiesAsJacksonReadsThem() {
        List<String> names = new ArrayList<>(shadowNames());
        assertThat(names).isNotEmpty();
        forEachInstance((event, random) -> {
            byte[] json = PropertyEdits.withUnknownProperties(
                    JACKSON.writeValueAsBytes(event), random, new LinkedHashSet<>(names));
            List<Property> properties = TopLevel.parse(json);
            for (int i = random.nextInt(4); i >= 0; i--) {
                properties.add(
                        random.nextInt(properties.size() + 1), new Property(random.pick(names), random.pick(values())));
            }
            readsAsJackson(TopLevel.write(properties));
        });
    }

    /** Values replaced by values of other kinds and by every text of the event's enums. */
    @Test
    void weReadReplacedValuesAsJacksonReadsThem() {
        forEachInstance((event, random) -> {
            List<Property> properties = TopLevel.parse(JACKSON.writeValueAsBytes(event));
            for (int i = 0; i < properties.size(); i++) {
                if (random.nextInt(3) == 0) {
                    properties.set(i, new Property(properties.get(i).name(), random.pick(values())));
                }
            }
            readsAsJackson(TopLevel.write(properties));
        });
    }

    private List<String> values() {
        List<String> values = new ArrayList<>(ANY_VALUES);
        values.addAll(enumTexts());
        return values;
    }

    /** Reads the bytes with Jackson 3 and with our serde: equal values, or both refuse. */
    void readsAsJackson(byte[] bytes) {
        E theirs;
        try {
            theirs = JACKSON.readValue(bytes, eventClass());
        } catch (JacksonException refused) {
            assertThatThrownBy(() -> deserialize(bytes))
                    .as("Jackson 3 refuses %s (%s)", utf8(bytes), refused.getOriginalMessage())
                    .isInstanceOf(SerializationException.class);
            return;
        }
        E ours;
        try {
            ours = deserialize(bytes);
        } catch (SerializationException e) {
            throw new AssertionError("we refuse " + utf8(bytes) + ", which Jackson 3 reads as " + theirs, e);
        }
        assertThat(sameAsJackson(ours, theirs))
                .as("read %s; Jackson 3: %s, ours: %s", utf8(bytes), theirs, ours)
                .isTrue();
    }

    /**
     * Equal as {@link Equivalence#same} says, except where DESIGN.md says we differ: a collection whose property is
     * absent, at any depth, is empty here and {@code null} in Jackson. (With the property present, both read the same
     * collection, or both {@code null}.)
     */
    private static boolean sameAsJackson(Object ours, Object theirs) {
        if (theirs == null
                && (ours instanceof Collection<?> c ? c.isEmpty() : ours instanceof Map<?, ?> m && m.isEmpty())) {
            return true;
        }
        if (ours == null || theirs == null || !ours.getClass().isRecord() || ours.getClass() != theirs.getClass()) {
            if (ours instanceof Optional<?> a && theirs instanceof Optional<?> b && a.isPresent() && b.isPresent()) {
                return sameAsJackson(a.get(), b.get());
            }
            if (ours instanceof List<?> a && theirs instanceof List<?> b && a.size() == b.size()) {
                for (int i = 0; i < a.size(); i++) {
                    if (!sameAsJackson(a.get(i), b.get(i))) {
                        return false;
                    }
                }
                return true;
            }
            if (ours instanceof Map<?, ?> a
                    && theirs instanceof Map<?, ?> b
                    && a.keySet().equals(b.keySet())) {
                return a.keySet().stream().allMatch(k -> sameAsJackson(a.get(k), b.get(k)));
            }
            return Equivalence.same(ours, theirs);
        }
        for (RecordComponent component : ours.getClass().getRecordComponents()) {
            if (!sameAsJackson(Equivalence.value(component, ours), Equivalence.value(component, theirs))) {
                return false;
            }
        }
        return true;
    }

    /** Each property's aliases, by property name, from the event's annotations. */
    private Map<String, List<String>> aliases() {
        Map<String, List<String>> aliases = new java.util.LinkedHashMap<>();
        for (RecordComponent component : eventClass().getRecordComponents()) {
            if (!aliases(component).isEmpty()) {
                aliases.put(jsonName(component), aliases(component));
            }
        }
        return aliases;
    }

    /** Names of the event's components that Jackson 3 does not read as written, or reads though it never writes. */
    private Set<String> shadowNames() {
        Set<String> names = new LinkedHashSet<>();
        JsonIgnoreProperties ignored = eventClass().getAnnotation(JsonIgnoreProperties.class);
        if (ignored != null) {
            names.addAll(List.of(ignored.value()));
        }
        for (RecordComponent component : eventClass().getRecordComponents()) {
            JsonProperty property = field(component).getAnnotation(JsonProperty.class);
            JsonIgnore ignore = field(component).getAnnotation(JsonIgnore.class);
            if (!jsonName(component).equals(component.getName())
                    || (ignore != null && ignore.value())
                    || (property != null && property.access() != JsonProperty.Access.AUTO)) {
                names.add(component.getName());
                names.add(jsonName(component));
            }
        }
        return names;
    }

    /** The component's JSON name, by Jackson's own naming strategy when the record has one. */
    private static String jsonName(RecordComponent component) {
        JsonProperty property = field(component).getAnnotation(JsonProperty.class);
        if (property != null && !property.value().isEmpty()) {
            return property.value();
        }
        JsonNaming naming = component.getDeclaringRecord().getAnnotation(JsonNaming.class);
        if (naming == null) {
            return component.getName();
        }
        try {
            return ((PropertyNamingStrategies.NamingBase)
                            naming.value().getDeclaredConstructor().newInstance())
                    .nameForField(null, null, component.getName());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> aliases(RecordComponent component) {
        JsonAlias alias = field(component).getAnnotation(JsonAlias.class);
        return alias == null ? List.of() : List.of(alias.value());
    }

    private static java.lang.reflect.Field field(RecordComponent component) {
        try {
            return component.getDeclaringRecord().getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] serialize(E event) {
        return serde().serializer().serialize(TOPIC, event);
    }

    private E deserialize(byte[] bytes) {
        return serde().deserializer().deserialize(TOPIC, bytes);
    }

    void forEachInstance(BiConsumer<E, EdgeCaseRandom> check) {
        for (int i = 0; i < INSTANCES; i++) {
            EdgeCaseRandom random = new EdgeCaseRandom(seed * 31 + i);
            E event = randomEvent(random);
            try {
                check.accept(event, random);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(
                        "instance " + i + " of seed " + seed + " (rerun with -Deventrecords.seed=" + seed + "): "
                                + abbreviate(e.getMessage(), 3000) + "\n event: " + abbreviate(event, 1000),
                        e);
            }
        }
    }

    private static String abbreviate(Object value, int length) {
        String text = String.valueOf(value);
        return text.length() <= length ? text : text.substring(0, length) + "...";
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
