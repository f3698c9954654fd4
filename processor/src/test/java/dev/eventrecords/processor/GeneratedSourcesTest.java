package dev.eventrecords.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

class GeneratedSourcesTest {

    private static final String DEVICE_CONNECTED = """
            package com.acme.fitness;

            import dev.eventrecords.Event;
            import dev.eventrecords.EventTime;
            import dev.eventrecords.Key;
            import java.time.Instant;

            @Event(topic = "fitness.devices")
            public record DeviceConnected(@Key String deviceId, String userId,
                                          @EventTime Instant connectedAt, String firmware) {}
            """;

    private static final String EVERY_TYPE = """
            package com.acme.all;

            import dev.eventrecords.Event;
            import dev.eventrecords.EventTime;
            import dev.eventrecords.Key;
            import java.math.*;
            import java.time.*;
            import java.util.*;

            @Event
            public record EverythingRecorded(
                    @Key long id, boolean flag, byte b, short s, int i, float f, double d, char c,
                    Boolean flagBox, Byte bBox, Short sBox, Integer iBox, Long lBox, Float fBox, Double dBox,
                    Character cBox, String text, UUID uuid, BigDecimal decimal, BigInteger integer, Color color,
                    @EventTime OffsetDateTime at, Instant instant, LocalDate date, LocalDateTime dateTime,
                    LocalTime time, ZonedDateTime zoned, Duration duration, Period period, Year year,
                    YearMonth yearMonth, Optional<String> maybe, OptionalInt oi, OptionalLong ol,
                    OptionalDouble od, List<Part> parts, Set<String> tags, Map<String, Part> byName,
                    Optional<Part> main) {

                public enum Color { RED, GREEN }

                public record Part(String name, Optional<Part> child, List<Integer> counts) {
                    public Part {
                        counts = List.copyOf(counts);
                    }
                }

                public EverythingRecorded {
                    parts = List.copyOf(parts);
                    tags = Set.copyOf(tags);
                    byName = Map.copyOf(byName);
                }
            }
            """;

    @Test
    void generatesSerdeKeyExtractorTopicAndCodecForAnEvent() {
        Compilation compilation = Compile.sources(DEVICE_CONNECTED);

        assertThat(compilation).succeededWithoutWarnings();
        for (String generated : new String[] {"Serde", "KeyExtractor", "Topic"}) {
            assertThat(compilation).generatedSourceFile("com.acme.fitness.DeviceConnected" + generated);
        }
        // Three files per event: the event's codec is nested in its serde.
        assertThat(compilation.generatedSourceFiles()).hasSize(3);
        assertThat(generated(compilation, "com.acme.fitness.DeviceConnectedSerde"))
                .contains("public static final class Codec implements JsonCodec<DeviceConnected> {");
    }

    @Test
    void keyExtractorReturnsTheKeyComponent() {
        Compilation compilation = Compile.sources(DEVICE_CONNECTED);

        assertThat(compilation)
                .generatedSourceFile("com.acme.fitness.DeviceConnectedKeyExtractor")
                .hasSourceEquivalentTo(
                        JavaFileObjects.forSourceString("com.acme.fitness.DeviceConnectedKeyExtractor", """
                        package com.acme.fitness;

                        import dev.eventrecords.Generated;
                        import dev.eventrecords.KeyExtractor;

                        @Generated(
                                value = "dev.eventrecords.processor.EventProcessor",
                                comments = "from com.acme.fitness.DeviceConnected")
                        public final class DeviceConnectedKeyExtractor implements KeyExtractor<DeviceConnected, String> {
                            public DeviceConnectedKeyExtractor() {}

                            @Override
                            public String key(DeviceConnected event) {
                                return event.deviceId();
                            }
                        }
                        """));
    }

    @Test
    void topicBindingNamesTopicTypeSerdesAndEventTime() {
        Compilation compilation = Compile.sources(DEVICE_CONNECTED);

        assertThat(compilation)
                .generatedSourceFile("com.acme.fitness.DeviceConnectedTopic")
                .hasSourceEquivalentTo(JavaFileObjects.forSourceString("com.acme.fitness.DeviceConnectedTopic", """
                        package com.acme.fitness;

                        import dev.eventrecords.Generated;
                        import dev.eventrecords.TopicSpec;
                        import dev.eventrecords.kafka.EventBinding;
                        import org.apache.kafka.common.serialization.Serdes;

                        @Generated(
                                value = "dev.eventrecords.processor.EventProcessor",
                                comments = "from com.acme.fitness.DeviceConnected")
                        public final class DeviceConnectedTopic extends EventBinding<String, DeviceConnected> {
                            public static final String TOPIC = "fitness.devices";

                            public DeviceConnectedTopic() {
                                super(TOPIC, DeviceConnectedSerde.EVENT_TYPE, DeviceConnected.class, Serdes.String(),
                                        new DeviceConnectedSerde(), new DeviceConnectedKeyExtractor(),
                                        DeviceConnected::connectedAt, TopicSpec.defaults(TOPIC));
                            }
                        }
                        """));
    }

    @Test
    void anEventTimeOptedInAsRecordTimestampIsPassedToTheBinding() {
        Compilation compilation = Compile.sources("""
                package com.acme.fitness;

                import dev.eventrecords.Event;
                import dev.eventrecords.EventTime;
                import dev.eventrecords.Key;
                import java.time.Instant;

                @Event(topic = "fitness.pulses", retention = "P7D")
                public record PulseMeasured(@Key String deviceId, @EventTime(recordTimestamp = true) Instant at) {}
                """);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("com.acme.fitness.PulseMeasuredTopic")
                .hasSourceEquivalentTo(JavaFileObjects.forSourceString("com.acme.fitness.PulseMeasuredTopic", """
                        package com.acme.fitness;

                        import dev.eventrecords.Generated;
                        import dev.eventrecords.TopicSpec;
                        import dev.eventrecords.kafka.EventBinding;
                        import dev.eventrecords.kafka.RecordTimestamp;
                        import org.apache.kafka.common.serialization.Serdes;

                        @Generated(
                                value = "dev.eventrecords.processor.EventProcessor",
                                comments = "from com.acme.fitness.PulseMeasured")
                        public final class PulseMeasuredTopic extends EventBinding<String, PulseMeasured> {
                            public static final String TOPIC = "fitness.pulses";

                            public PulseMeasuredTopic() {
                                super(TOPIC, PulseMeasuredSerde.EVENT_TYPE, PulseMeasured.class, Serdes.String(),
                                        new PulseMeasuredSerde(), new PulseMeasuredKeyExtractor(),
                                        PulseMeasured::at, RecordTimestamp.EVENT_TIME,
                                        TopicSpec.of(TOPIC, -1, -1, "P7D", ""));
                            }
                        }
                        """));
    }

    @Test
    void anEventTimeNotOptedInLeavesTheRecordTimestampToTheProducer() {
        Compilation compilation = Compile.sources("""
                package com.acme.fitness;

                import dev.eventrecords.Event;
                import dev.eventrecords.EventTime;
                import java.time.Instant;

                @Event
                public record StepsCounted(@EventTime(recordTimestamp = false) Instant at, int steps) {}
                """);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generated(compilation, "com.acme.fitness.StepsCountedTopic"))
                .contains("StepsCounted::at, TopicSpec.defaults(TOPIC)")
                .doesNotContain("RecordTimestamp");
    }

    @Test
    void serdeHasPublicNoArgSerializerAndDeserializerForClientProperties() {
        String serde = generated(Compile.sources(DEVICE_CONNECTED), "com.acme.fitness.DeviceConnectedSerde");

        assertThat(serde)
                .contains("public final class DeviceConnectedSerde extends EventSerde<DeviceConnected>")
                .contains("public static final String EVENT_TYPE = \"com.acme.fitness.DeviceConnected\";")
                .contains("public DeviceConnectedSerde() {")
                .contains("public static final class Serializer extends EventSerializer<DeviceConnected>")
                .contains("public static final class Deserializer extends EventDeserializer<DeviceConnected>")
                .contains("public Serializer() {")
                .contains("public Deserializer() {");
    }

    @Test
    void generatedFilesNameTheirSourceRecord() {
        String codec = generated(Compile.sources(DEVICE_CONNECTED), "com.acme.fitness.DeviceConnectedSerde");

        assertThat(codec)
                .startsWith("// Generated by eventrecords from com.acme.fitness.DeviceConnected.")
                .contains("@Generated(")
                .contains("comments = \"from com.acme.fitness.DeviceConnected\"");
    }

    @Test
    void codecEncodesPropertyNamesOnceAndWritesComponentsInDeclarationOrder() {
        String codec = generated(Compile.sources(DEVICE_CONNECTED), "com.acme.fitness.DeviceConnectedSerde");

        assertThat(codec)
                .contains("private static final SerializableString[] NAMES = Json.names(PROPERTIES);")
                .contains("private static final String[] PROPERTIES = "
                        + "{\"deviceId\", \"userId\", \"connectedAt\", \"firmware\"};")
                .containsSubsequence(
                        "out.writeName(NAMES[0]);",
                        "out.writeName(NAMES[1]);",
                        "out.writeName(NAMES[2]);",
                        "out.writeName(NAMES[3]);")
                .contains("default:")
                .contains("in.skipChildren();");
    }

    @Test
    void everySupportedTypeCompilesWithoutWarnings() {
        Compilation compilation = Compile.sources(EVERY_TYPE);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.acme.all.EverythingRecorded_PartJsonCodec");
        assertThat(compilation).generatedSourceFile("com.acme.all.EverythingRecordedSerde");
    }

    @Test
    void nestedEventGetsFlattenedNames() {
        Compilation compilation = Compile.sources("""
                package com.acme.bank;

                import dev.eventrecords.Event;
                import dev.eventrecords.Key;

                public final class AccountEvent {
                    private AccountEvent() {}

                    @Event(topic = "accounts")
                    public record Withdrawn(@Key String accountId, long cents) {}
                }
                """);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.acme.bank.AccountEvent_WithdrawnSerde");
        assertThat(compilation).generatedSourceFile("com.acme.bank.AccountEvent_WithdrawnKeyExtractor");
        assertThat(compilation).generatedSourceFile("com.acme.bank.AccountEvent_WithdrawnTopic");
    }

    @Test
    void defaultTopicIsTheSimpleNameInKebabCaseAndDefaultTypeTheCanonicalName() {
        Compilation compilation = Compile.sources("""
                package com.acme.users;

                import dev.eventrecords.Event;

                @Event
                public record HTTPRequestFailed(String url) {}
                """);

        assertThat(generated(compilation, "com.acme.users.HTTPRequestFailedTopic"))
                .contains("TOPIC = \"http-request-failed\"");
        assertThat(generated(compilation, "com.acme.users.HTTPRequestFailedSerde"))
                .contains("EVENT_TYPE = \"com.acme.users.HTTPRequestFailed\"");
    }

    @Test
    void explicitTypeNameIsUsedForCeType() {
        Compilation compilation = Compile.sources("""
                package com.acme.users;

                import dev.eventrecords.Event;

                @Event(type = "users.Registered.v1")
                public record UserRegistered(String userId) {}
                """);

        assertThat(generated(compilation, "com.acme.users.UserRegisteredSerde"))
                .contains("EVENT_TYPE = \"users.Registered.v1\"");
    }

    @Test
    void keylessEventHasVoidKey() {
        Compilation compilation = Compile.sources("""
                package com.acme.ops;

                import dev.eventrecords.Event;

                @Event
                public record CacheCleared(String region) {}
                """);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generated(compilation, "com.acme.ops.CacheClearedKeyExtractor"))
                .contains("implements KeyExtractor<CacheCleared, Void>")
                .contains("return null;");
        assertThat(generated(compilation, "com.acme.ops.CacheClearedTopic"))
                .contains("extends EventBinding<Void, CacheCleared>")
                .contains("Serdes.Void()")
                .contains("EventBinding::noEventTime");
    }

    @Test
    void keyTypesPickKafkaSerdesAndRecordKeysUseGeneratedJson() {
        Compilation compilation = Compile.sources("""
                package com.acme.keys;

                import dev.eventrecords.Event;
                import dev.eventrecords.Key;
                import java.util.UUID;

                public final class Keys {
                    private Keys() {}

                    public record TenantUser(String tenant, String user) {}

                    @Event public record TicketOpened(@Key UUID id) {}
                    @Event public record OrderShipped(@Key long id) {}
                    @Event public record SeatBooked(@Key Integer id) {}
                    @Event public record TenantJoined(@Key TenantUser id) {}
                }
                """);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generated(compilation, "com.acme.keys.Keys_TicketOpenedTopic"))
                .contains("Serdes.UUID()");
        assertThat(generated(compilation, "com.acme.keys.Keys_OrderShippedTopic"))
                .contains("EventBinding<Long, Keys.OrderShipped>")
                .contains("Serdes.Long()");
        assertThat(generated(compilation, "com.acme.keys.Keys_SeatBookedTopic")).contains("Serdes.Integer()");
        assertThat(generated(compilation, "com.acme.keys.Keys_TenantJoinedTopic"))
                .contains("new RecordKeySerde<>(Keys_TenantUserJsonCodec.INSTANCE, \"com.acme.keys.Keys.TenantUser\")");
    }

    @Test
    void eventTimeOfOffsetTypeIsConvertedToAnInstant() {
        Compilation compilation = Compile.sources("""
                package com.acme.time;

                import dev.eventrecords.Event;
                import dev.eventrecords.EventTime;
                import java.time.ZonedDateTime;

                @Event
                public record MeetingScheduled(@EventTime ZonedDateTime at) {}
                """);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generated(compilation, "com.acme.time.MeetingScheduledTopic"))
                .contains("event -> EventBinding.instantOf(event.at())");
    }

    @Test
    void sharedNestedRecordGetsOneCodec() {
        Compilation compilation = Compile.sources("""
                package com.acme.shop;

                import dev.eventrecords.Event;

                public final class Shop {
                    private Shop() {}

                    public record Money(long cents, String currency) {}

                    @Event public record OrderPaid(String orderId, Money amount) {}
                    @Event public record OrderRefunded(String orderId, Money amount) {}
                }
                """);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.acme.shop.Shop_MoneyJsonCodec");
    }

    @Test
    void recordsReferringToEachOtherCompile() {
        Compilation compilation = Compile.sources("""
                package com.acme.tree;

                import dev.eventrecords.Event;
                import java.util.List;

                @Event
                public record TreeGrown(Node root) {
                    public record Node(String name, List<Node> children, Leaf leaf) {
                        public Node {
                            children = List.copyOf(children);
                        }
                    }

                    public record Leaf(Node parent) {}
                }
                """);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.acme.tree.TreeGrown_NodeJsonCodec");
        assertThat(compilation).generatedSourceFile("com.acme.tree.TreeGrown_LeafJsonCodec");
    }

    @Test
    void componentNamesThatClashWithGeneratedLocalsCompile() {
        Compilation compilation = Compile.sources("""
                package com.acme.clash;

                import dev.eventrecords.Event;

                @Event
                public record NamesClashed(String in, String out, String value, String property, String e,
                                           String INSTANCE, String inName, String in_) {}
                """);

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void listsEveryBindingInTheServicesFile() throws IOException {
        Compilation compilation = Compile.sources(DEVICE_CONNECTED, """
                package com.acme.users;

                import dev.eventrecords.Event;

                @Event
                public record UserCreated(String userId) {}
                """);

        JavaFileObject services = compilation
                .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/services/dev.eventrecords.TopicBinding")
                .orElseThrow();
        assertThat(services.getCharContent(true).toString())
                .contains("com.acme.fitness.DeviceConnectedTopic\n")
                .contains("com.acme.users.UserCreatedTopic\n");
    }

    @Test
    void recordWithErrorsGeneratesNothingThatCouldFailToCompile() {
        Compilation compilation = Compile.sources("""
                package com.acme.bad;

                import dev.eventrecords.Event;

                @Event(topic = "no spaces")
                public record ThingHappened(String id) {}
                """);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
    }

    private static String generated(Compilation compilation, String name) {
        try {
            return compilation
                    .generatedSourceFile(name)
                    .orElseThrow(() -> new AssertionError("not generated: " + name))
                    .getCharContent(true)
                    .toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
