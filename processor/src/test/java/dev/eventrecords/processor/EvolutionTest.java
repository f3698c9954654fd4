package dev.eventrecords.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

/**
 * An event outlives the build that compiled it: two versions of one record (same name, same package), each compiled
 * with the real javac and the processor and loaded in its own class loader, read each other's bytes through their
 * generated serdes. Components of every kind are added and removed, kept ones are reordered, an {@code int} becomes a
 * {@code long}, a nested record gains a component and an enum a constant.
 */
class EvolutionTest {

    private static final String TOPIC = "accounts";

    /** The older version. Its last ten components, one of each kind, are gone in {@link #V2}. */
    private static final String V1 = """
            package com.acme.accounts;

            import dev.eventrecords.Event;
            import dev.eventrecords.Key;
            import java.util.*;

            @Event(topic = "accounts")
            public record AccountOpened(
                    @Key String id, int visits, String holder, Address home, Tier tier,
                    boolean verified, double score, Long credits, String nickname, Optional<String> motto,
                    List<String> aliases, Set<Integer> badges, Map<String, String> labels, Address billing,
                    Tier former) {

                public enum Tier { BASIC, GOLD }

                public record Address(String street) {}

                public AccountOpened {
                    aliases = List.copyOf(aliases);
                    badges = Set.copyOf(badges);
                    labels = Map.copyOf(labels);
                }
            }
            """;

    /**
     * The newer version: the five kept components in another order, {@code visits} a {@code long}, {@code Address}
     * with a {@code city}, {@code Tier} with {@code PLATINUM}, and ten new components, one of each kind.
     */
    private static final String V2 = """
            package com.acme.accounts;

            import dev.eventrecords.Event;
            import dev.eventrecords.Key;
            import java.util.*;

            @Event(topic = "accounts")
            public record AccountOpened(
                    Tier tier, Address home, String holder, long visits, @Key String id,
                    int level, char grade, Boolean premium, String referrer, Optional<Integer> referralCode,
                    List<String> tags, Set<String> roles, Map<String, Integer> limits, Address shipping,
                    Tier plan) {

                public enum Tier { BASIC, GOLD, PLATINUM }

                public record Address(String street, String city) {}

                public AccountOpened {
                    tags = List.copyOf(tags);
                    roles = Set.copyOf(roles);
                    limits = Map.copyOf(limits);
                }
            }
            """;

    private static final Version OLD = Version.compile(V1);
    private static final Version NEW = Version.compile(V2);

    private static final String EVENT = "com.acme.accounts.AccountOpened";
    private static final String ADDRESS = "com.acme.accounts.AccountOpened$Address";
    private static final String TIER = "com.acme.accounts.AccountOpened$Tier";

    private static Object v1Event() {
        return OLD.make(
                EVENT,
                "a-1",
                42,
                "Ada",
                OLD.make(ADDRESS, "Main St 1"),
                OLD.constant(TIER, "GOLD"),
                true,
                2.5,
                7L,
                "ada",
                Optional.of("onwards"),
                List.of("A.L."),
                Set.of(3),
                Map.of("team", "core"),
                OLD.make(ADDRESS, "Bank St 9"),
                OLD.constant(TIER, "BASIC"));
    }

    private static Object v2Event(long visits, String tier) {
        return NEW.make(
                EVENT,
                NEW.constant(TIER, tier),
                NEW.make(ADDRESS, "Main St 1", "Paris"),
                "Ada",
                visits,
                "a-1",
                3,
                'B',
                true,
                "bob",
                Optional.of(77),
                List.of("x", "y"),
                Set.of("admin"),
                Map.of("max", 5),
                NEW.make(ADDRESS, "Dock 4", "Brest"),
                NEW.constant(TIER, "PLATINUM"));
    }

    @Test
    void aNewerConsumerReadsOlderBytesWithAddedComponentsAbsentAndRemovedOnesIgnored() {
        Object read = NEW.read(OLD.write(v1Event()));

        assertThat(read)
                .isEqualTo(NEW.make(
                        EVENT,
                        NEW.constant(TIER, "GOLD"),
                        NEW.make(ADDRESS, "Main St 1", null),
                        "Ada",
                        42L,
                        "a-1",
                        0,
                        '\0',
                        null,
                        null,
                        Optional.empty(),
                        List.of(),
                        Set.of(),
                        Map.of(),
                        null,
                        null));
    }

    @Test
    void anOlderConsumerReadsNewerBytesWithRemovedComponentsAbsentAndAddedOnesIgnored() {
        Object read = OLD.read(NEW.write(v2Event(42L, "GOLD")));

        assertThat(read)
                .isEqualTo(OLD.make(
                        EVENT,
                        "a-1",
                        42,
                        "Ada",
                        OLD.make(ADDRESS, "Main St 1"),
                        OLD.constant(TIER, "GOLD"),
                        false,
                        0.0,
                        null,
                        null,
                        Optional.empty(),
                        List.of(),
                        Set.of(),
                        Map.of(),
                        null,
                        null));
    }

    @Test
    void eachVersionReadsItsOwnBytesBack() {
        assertThat(OLD.read(OLD.write(v1Event()))).isEqualTo(v1Event());
        assertThat(NEW.read(NEW.write(v2Event(Long.MAX_VALUE, "PLATINUM"))))
                .isEqualTo(v2Event(Long.MAX_VALUE, "PLATINUM"));
    }

    @Test
    void aListCopiedInTheConstructorOfTheNewerVersionReadsOlderBytesAsEmpty() {
        Object read = NEW.read(OLD.write(v1Event()));

        assertThat(NEW.component(read, "tags")).isEqualTo(List.of());
        assertThat(NEW.component(read, "roles")).isEqualTo(Set.of());
        assertThat(NEW.component(read, "limits")).isEqualTo(Map.of());
    }

    @Test
    void anOlderConsumerReadsALongWidenedFromIntWhileItFitsAnInt() {
        Object read = OLD.read(NEW.write(v2Event(Integer.MIN_VALUE, "BASIC")));

        assertThat(OLD.component(read, "visits")).isEqualTo(Integer.MIN_VALUE);
    }

    @Test
    void anOlderConsumerRefusesALongWidenedFromIntThatOutgrowsIt() {
        Message bytes = NEW.write(v2Event(3_000_000_000L, "BASIC"));

        assertThatThrownBy(() -> OLD.read(bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessage("cannot deserialize '" + EVENT.replace('$', '.') + "' from topic '" + TOPIC + "': "
                        + "field 'visits': 3000000000 is out of range for int");
    }

    @Test
    void anOlderConsumerRefusesAnEnumConstantAddedLaterNamingTheField() {
        Message bytes = NEW.write(v2Event(1L, "PLATINUM"));

        assertThatThrownBy(() -> OLD.read(bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("field 'tier': 'PLATINUM' is not a 'Tier' constant");
    }

    /** Compiled sources and their generated serde, loaded in a class loader of their own. */
    private record Version(ClassLoader loader) {

        static Version compile(String... sources) {
            Compilation compilation = Compile.sources(sources);
            assertThat(compilation).succeededWithoutWarnings();
            Map<String, byte[]> classes = new HashMap<>();
            for (JavaFileObject file : compilation.generatedFiles()) {
                if (file.getKind() == JavaFileObject.Kind.CLASS) {
                    String path = file.toUri().getPath().replaceFirst("^/+CLASS_OUTPUT/", "");
                    classes.put(
                            path.substring(0, path.length() - ".class".length()).replace('/', '.'), bytes(file));
                }
            }
            return new Version(new ClassLoader(EvolutionTest.class.getClassLoader()) {
                @Override
                protected Class<?> findClass(String name) throws ClassNotFoundException {
                    byte[] b = classes.get(name);
                    if (b == null) {
                        throw new ClassNotFoundException(name);
                    }
                    return defineClass(name, b, 0, b.length);
                }
            });
        }

        private static byte[] bytes(JavaFileObject file) {
            try (InputStream in = file.openInputStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Class<?> type(String name) {
            try {
                return Class.forName(name, true, loader);
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
        }

        /** A record of this version, through its canonical constructor. */
        Object make(String record, Object... values) {
            Class<?> type = type(record);
            Class<?>[] parameters = Arrays.stream(type.getRecordComponents())
                    .map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(parameters);
                return constructor.newInstance(values);
            } catch (InvocationTargetException e) {
                throw new AssertionError(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }

        Object constant(String enumType, String name) {
            for (Object constant : type(enumType).getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return constant;
                }
            }
            throw new AssertionError("no constant " + name + " in " + enumType);
        }

        Object component(Object record, String name) {
            try {
                return record.getClass().getMethod(name).invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }

        @SuppressWarnings("unchecked")
        private Serde<Object> serde(String event) {
            try {
                return (Serde<Object>) type(event + "Serde").getConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }

        /** The event as its generated serializer writes it to the topic: value and headers. */
        Message write(Object event) {
            try (Serde<Object> serde = serde(event.getClass().getName())) {
                RecordHeaders headers = new RecordHeaders();
                return new Message(serde.serializer().serialize(TOPIC, headers, event), headers);
            }
        }

        /** A message written by the other version, read with this version's generated deserializer. */
        Object read(Message message) {
            try (Serde<Object> serde = serde(EVENT)) {
                return serde.deserializer().deserialize(TOPIC, message.headers(), message.value());
            }
        }
    }

    /** A record's value and headers, as a consumer receives them. */
    private record Message(byte[] value, Headers headers) {

        /** JSON as another producer may write it, without headers. */
        static Message json(String json) {
            return new Message(json.getBytes(StandardCharsets.UTF_8), new RecordHeaders());
        }
    }
}
