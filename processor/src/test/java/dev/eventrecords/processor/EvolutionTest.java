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

    private static final String EVENT = "com.acme.accounts.AccountOpened";
    private static final Version OLD = Version.compile(EVENT, "accounts", V1);
    private static final Version NEW = Version.compile(EVENT, "accounts", V2);

    private static final String ADDRESS = "com.acme.accounts.AccountOpened$Address";
    private static final String TIER = "com.acme.accounts.AccountOpened$Tier";

    private static Object v1Event() {
        return OLD.event(
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
        return NEW.event(
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
                .isEqualTo(NEW.event(
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
                .isEqualTo(OLD.event(
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
                .hasMessage("cannot deserialize 'com.acme.accounts.AccountOpened' from topic 'accounts': "
                        + "field 'visits': 3000000000 is out of range for int");
    }

    @Test
    void anOlderConsumerRefusesAnEnumConstantAddedLaterNamingTheField() {
        Message bytes = NEW.write(v2Event(1L, "PLATINUM"));

        assertThatThrownBy(() -> OLD.read(bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("field 'tier': 'PLATINUM' is not a 'Tier' constant");
    }

    /** A first version that knows only the member's id. */
    private static final String MEMBER_V1 = """
            package com.acme.members;

            import dev.eventrecords.Event;
            import dev.eventrecords.Key;

            @Event(topic = "members")
            public record MemberJoined(@Key String id) {}
            """;

    /**
     * A later version whose constructor insists on what it added: a referrer and at least one tag; its roles may be
     * {@code null}.
     */
    private static final String MEMBER_V2 = """
            package com.acme.members;

            import dev.eventrecords.Event;
            import dev.eventrecords.Key;
            import java.util.*;

            @Event(topic = "members")
            public record MemberJoined(@Key String id, String referrer, List<String> tags, Set<String> roles) {
                public MemberJoined {
                    if (id.isBlank()) {
                        throw new IllegalArgumentException("id must not be blank");
                    }
                    Objects.requireNonNull(referrer, "referrer");
                    if (tags.isEmpty()) {
                        throw new IllegalArgumentException("tags must not be empty");
                    }
                    tags = List.copyOf(tags);
                    roles = roles == null ? null : Set.copyOf(roles);
                }
            }
            """;

    private static final String MEMBER = "com.acme.members.MemberJoined";
    private static final Version MEMBER_OLD = Version.compile(MEMBER, "members", MEMBER_V1);
    private static final Version MEMBER_NEW = Version.compile(MEMBER, "members", MEMBER_V2);
    private static final String MEMBER_REFUSED = "cannot deserialize 'com.acme.members.MemberJoined' from topic"
            + " 'members': the constructor of 'MemberJoined' refused the values read: ";

    @Test
    void aConstructorThatRequiresAnAddedComponentNamesItAsAbsentFromOlderBytes() {
        Message older = MEMBER_OLD.write(MEMBER_OLD.event("m-1"));

        assertThatThrownBy(() -> MEMBER_NEW.read(older))
                .isInstanceOf(SerializationException.class)
                .hasMessage(MEMBER_REFUSED + "referrer; component 'referrer' was absent from the JSON");
    }

    @Test
    void aConstructorValidationThatMentionsAnAbsentComponentNamesIt() {
        assertThatThrownBy(() -> MEMBER_NEW.read(Message.json("{\"id\":\"m-1\",\"referrer\":\"bob\"}")))
                .isInstanceOf(SerializationException.class)
                .hasMessage(MEMBER_REFUSED + "tags must not be empty; component 'tags' was absent from the JSON");
    }

    @Test
    void aConstructorThatRefusesAnExplicitNullNamesTheNullComponent() {
        assertThatThrownBy(() -> MEMBER_NEW.read(Message.json("{\"id\":\"m-1\",\"referrer\":null,\"tags\":[\"a\"]}")))
                .isInstanceOf(SerializationException.class)
                .hasMessage(MEMBER_REFUSED + "referrer; component 'referrer' was null in the JSON");
    }

    @Test
    void aConstructorThatRefusesAnExplicitNullListNamesIt() {
        assertThatThrownBy(() -> MEMBER_NEW.read(Message.json("{\"id\":\"m-1\",\"referrer\":\"bob\",\"tags\":null}")))
                .isInstanceOf(SerializationException.class)
                // javac leaves parameter names out of the class file, so the JVM's own message cannot name it.
                .hasMessage(MEMBER_REFUSED + "Cannot invoke \"java.util.List.isEmpty()\" because \"<parameter3>\" is"
                        + " null; component 'tags' was null in the JSON");
    }

    @Test
    void aConstructorThatRefusesAValueReadNamesNoComponent() {
        assertThatThrownBy(() -> MEMBER_NEW.read(Message.json("{\"id\":\" \",\"referrer\":\"bob\",\"tags\":[\"a\"]}")))
                .isInstanceOf(SerializationException.class)
                .hasMessage(MEMBER_REFUSED + "id must not be blank");
    }

    @Test
    void anExplicitNullCollectionStaysNullAndAnAbsentOneIsEmpty() {
        Object withNull = MEMBER_NEW.event("m-1", "bob", List.of("a"), null);

        assertThat(MEMBER_NEW.read(MEMBER_NEW.write(withNull))).isEqualTo(withNull);
        assertThat(MEMBER_NEW.component(
                        MEMBER_NEW.read(Message.json("{\"id\":\"m-1\",\"referrer\":\"bob\",\"tags\":[\"a\"]}")),
                        "roles"))
                .isEqualTo(Set.of());
    }

    /** A first version of a quote, for changes of a component's type. */
    private static final String QUOTE_V1 = """
            package com.acme.quotes;

            import dev.eventrecords.Event;
            import dev.eventrecords.Key;
            import java.util.*;

            @Event(topic = "quotes")
            public record PriceQuoted(@Key String sku, String vendor, Optional<String> note, List<String> labels) {
                public PriceQuoted {
                    labels = List.copyOf(labels);
                }
            }
            """;

    /**
     * A later one: {@code vendor} becomes a record (incompatible), {@code note} loses its {@code Optional} and
     * {@code labels} becomes a {@code Set} (both compatible: the same JSON).
     */
    private static final String QUOTE_V2 = """
            package com.acme.quotes;

            import dev.eventrecords.Event;
            import dev.eventrecords.Key;
            import java.util.*;

            @Event(topic = "quotes")
            public record PriceQuoted(@Key String sku, Vendor vendor, String note, Set<String> labels) {
                public record Vendor(String name) {}

                public PriceQuoted {
                    labels = Set.copyOf(labels);
                }
            }
            """;

    private static final String QUOTE = "com.acme.quotes.PriceQuoted";
    private static final Version QUOTE_OLD = Version.compile(QUOTE, "quotes", QUOTE_V1);
    private static final Version QUOTE_NEW = Version.compile(QUOTE, "quotes", QUOTE_V2);

    @Test
    void aComponentWhoseTypeChangedIncompatiblyIsRefusedBothWaysNamingTheField() {
        Message older = QUOTE_OLD.write(QUOTE_OLD.event("p-1", "Acme", Optional.empty(), List.of()));
        Message newer =
                QUOTE_NEW.write(QUOTE_NEW.event("p-1", QUOTE_NEW.make(QUOTE + "$Vendor", "Acme"), null, Set.of()));

        assertThatThrownBy(() -> QUOTE_NEW.read(older))
                .isInstanceOf(SerializationException.class)
                .hasMessage("cannot deserialize 'com.acme.quotes.PriceQuoted' from topic 'quotes': field 'vendor': "
                        + "expected an object, got the string 'Acme'");
        assertThatThrownBy(() -> QUOTE_OLD.read(newer))
                .isInstanceOf(SerializationException.class)
                .hasMessage("cannot deserialize 'com.acme.quotes.PriceQuoted' from topic 'quotes': field 'vendor': "
                        + "expected a string, got an object");
    }

    @Test
    void anOptionalThatBecomesItsValueAndAListThatBecomesASetReadBothWays() {
        String vendor = "{\"name\":\"Acme\"}";
        Message older = QUOTE_OLD.write(QUOTE_OLD.event("p-1", null, Optional.of("firm"), List.of("b", "a", "b")));
        Message newer =
                Message.json("{\"sku\":\"p-1\",\"vendor\":" + vendor + ",\"note\":\"firm\",\"labels\":[\"b\",\"a\"]}");

        assertThat(QUOTE_NEW.read(older)).isEqualTo(QUOTE_NEW.event("p-1", null, "firm", Set.of("a", "b")));
        assertThat(QUOTE_OLD.read(QUOTE_NEW.write(QUOTE_NEW.event("p-1", null, null, Set.of()))))
                .isEqualTo(QUOTE_OLD.event("p-1", null, Optional.empty(), List.of()));
        assertThat(QUOTE_NEW.read(newer))
                .isEqualTo(QUOTE_NEW.event("p-1", QUOTE_NEW.make(QUOTE + "$Vendor", "Acme"), "firm", Set.of("a", "b")));
    }

    @Test
    void aRecordOfMoreThanSixtyFourComponentsNamesTheAbsentOnePastTheFirstWord() {
        StringBuilder components = new StringBuilder();
        for (int i = 0; i < 70; i++) {
            components.append(i == 0 ? "" : ", ").append("String c").append(i);
        }
        Version wide = Version.compile("com.acme.wide.ManyFieldsRecorded", "wide", """
                package com.acme.wide;

                @dev.eventrecords.Event(topic = "wide")
                public record ManyFieldsRecorded(%s) {
                    public ManyFieldsRecorded {
                        java.util.Objects.requireNonNull(c68);
                        java.util.Objects.requireNonNull(c69);
                    }
                }
                """.formatted(components));

        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 68; i++) {
            json.append("\"c").append(i).append("\":\"x\",");
        }
        json.append("\"c68\":null}");

        assertThatThrownBy(() -> wide.read(Message.json(json.toString())))
                .isInstanceOf(SerializationException.class)
                .hasMessage(
                        "cannot deserialize 'com.acme.wide.ManyFieldsRecorded' from topic 'wide': the constructor of"
                                + " 'ManyFieldsRecorded' refused the values read: NullPointerException; component 'c69' was"
                                + " absent from the JSON and component 'c68' was null in the JSON");
    }

    /** Compiled sources and their generated serde, loaded in a class loader of their own. */
    private record Version(ClassLoader loader, String event, String topic) {

        static Version compile(String event, String topic, String... sources) {
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
            ClassLoader loader = new ClassLoader(EvolutionTest.class.getClassLoader()) {
                @Override
                protected Class<?> findClass(String name) throws ClassNotFoundException {
                    byte[] b = classes.get(name);
                    if (b == null) {
                        throw new ClassNotFoundException(name);
                    }
                    return defineClass(name, b, 0, b.length);
                }
            };
            return new Version(loader, event, topic);
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

        /** The event of this version, through its canonical constructor. */
        Object event(Object... values) {
            return make(event, values);
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
            try (Serde<Object> serde = serde(this.event)) {
                RecordHeaders headers = new RecordHeaders();
                return new Message(serde.serializer().serialize(topic, headers, event), headers);
            }
        }

        /** A message written by the other version, read with this version's generated deserializer. */
        Object read(Message message) {
            try (Serde<Object> serde = serde(event)) {
                return serde.deserializer().deserialize(topic, message.headers(), message.value());
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
