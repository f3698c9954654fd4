package dev.eventrecords.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.eventrecords.processor.Compile;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The compile-time checks on an {@code @EventFamily} and what a valid family generates. */
class FamilyRuleTest {

    private static final String[] DEVICE_FAMILY = {"""
        package com.acme.fitness;

        import dev.eventrecords.EventFamily;

        @EventFamily(topic = "fitness.devices", partitions = 6, replicationFactor = 1, retention = "P7D",
                cleanupPolicy = "compact,delete")
        public sealed interface DeviceEvent permits DeviceConnected, HeartRateRecorded, DeviceDisconnected {}
        """, """
        package com.acme.fitness;

        import dev.eventrecords.Event;
        import dev.eventrecords.EventTime;
        import dev.eventrecords.Key;
        import java.time.Instant;
        import java.util.List;

        @Event
        public record DeviceConnected(@Key String deviceId, @EventTime Instant connectedAt, List<String> sensors)
                implements DeviceEvent {
            public DeviceConnected {
                sensors = List.copyOf(sensors);
            }
        }
        """, """
        package com.acme.fitness;

        import dev.eventrecords.Event;
        import dev.eventrecords.EventTime;
        import dev.eventrecords.Key;
        import java.time.Instant;

        @Event(type = "fitness.HeartRateRecorded")
        public record HeartRateRecorded(@Key String deviceId, @EventTime Instant recordedAt, int beatsPerMinute)
                implements DeviceEvent {}
        """, """
        package com.acme.fitness;

        import dev.eventrecords.Event;
        import dev.eventrecords.Key;

        @Event
        public record DeviceDisconnected(@Key String deviceId, String reason) implements DeviceEvent {}
        """};

    // ---- accepted families --------------------------------------------------------------------------------------

    @Test
    void acceptsAValidFamilyWithoutWarnings() {
        assertThat(Compile.sources(DEVICE_FAMILY)).succeededWithoutWarnings();
    }

    @Test
    void generatesSerdeKeyExtractorAndTopicForTheFamily() {
        Compilation compilation = Compile.sources(DEVICE_FAMILY);

        for (String generated : new String[] {"Serde", "KeyExtractor", "Topic"}) {
            assertThat(compilation).generatedSourceFile("com.acme.fitness.DeviceEvent" + generated);
        }
    }

    @Test
    void familySerdeListsEveryMemberWithItsType() {
        String serde = generated(Compile.sources(DEVICE_FAMILY), "com.acme.fitness.DeviceEventSerde");

        assertThat(serde)
                .contains("public final class DeviceEventSerde extends FamilySerde<DeviceEvent>")
                .contains("public static final String FAMILY_TYPE = \"com.acme.fitness.DeviceEvent\";")
                .contains("FamilyMember.<DeviceEvent, DeviceConnected>of(DeviceConnected.class,"
                        + " DeviceConnectedSerde.EVENT_TYPE")
                .contains("FamilyMember.<DeviceEvent, HeartRateRecorded>of(HeartRateRecorded.class,"
                        + " HeartRateRecordedSerde.EVENT_TYPE")
                .contains("FamilyMember.<DeviceEvent, DeviceDisconnected>of(DeviceDisconnected.class,"
                        + " DeviceDisconnectedSerde.EVENT_TYPE")
                .contains("public static final class Serializer extends FamilySerde.FamilySerializer<DeviceEvent>")
                .contains("public static final class Deserializer extends FamilySerde.FamilyDeserializer<DeviceEvent>");
    }

    @Test
    void familyKeyExtractorReadsEveryMembersKey() {
        String extractor = generated(Compile.sources(DEVICE_FAMILY), "com.acme.fitness.DeviceEventKeyExtractor");

        assertThat(extractor)
                .contains("public final class DeviceEventKeyExtractor implements KeyExtractor<DeviceEvent, String>")
                .contains("if (event instanceof DeviceConnected member) {")
                .contains("if (event instanceof HeartRateRecorded member) {")
                .contains("if (event instanceof DeviceDisconnected member) {")
                .contains("return member.deviceId();");
    }

    @Test
    void familyTopicBindsTheFamilyToItsTopicWithItsSpec() {
        String topic = generated(Compile.sources(DEVICE_FAMILY), "com.acme.fitness.DeviceEventTopic");

        assertThat(topic)
                .contains("public final class DeviceEventTopic extends FamilyBinding<String, DeviceEvent>")
                .contains("public static final String TOPIC = \"fitness.devices\";")
                .contains("TopicSpec.of(TOPIC, 6, 1, \"P7D\", \"compact,delete\")");
    }

    @Test
    void theServicesFileListsTheFamilyBindingAndTheMembersOwn() throws IOException {
        Compilation compilation = Compile.sources(DEVICE_FAMILY);

        JavaFileObject services = compilation
                .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/services/dev.eventrecords.TopicBinding")
                .orElseThrow();
        assertThat(services.getCharContent(true).toString())
                .contains("com.acme.fitness.DeviceEventTopic\n")
                .contains("com.acme.fitness.DeviceConnectedTopic\n")
                .contains("com.acme.fitness.HeartRateRecordedTopic\n")
                .contains("com.acme.fitness.DeviceDisconnectedTopic\n");
    }

    @Test
    void membersKeepTheirOwnBindingsOnTheFamilysTopicWithItsSpec() {
        Compilation compilation = Compile.sources(DEVICE_FAMILY);

        for (String member : new String[] {"DeviceConnected", "HeartRateRecorded", "DeviceDisconnected"}) {
            assertThat(generated(compilation, "com.acme.fitness." + member + "Topic"))
                    .contains("public static final String TOPIC = \"fitness.devices\";")
                    .contains("TopicSpec.of(TOPIC, 6, 1, \"P7D\", \"compact,delete\")");
        }
    }

    @Test
    void aFamilyWithoutTopicIsPublishedToItsNameInKebabCase() {
        Compilation compilation = Compile.sources("""
                package com.acme.fitness;

                import dev.eventrecords.Event;
                import dev.eventrecords.EventFamily;
                import dev.eventrecords.Key;

                @EventFamily
                public sealed interface WorkoutEvent {
                    @Event
                    record WorkoutStarted(@Key String workoutId) implements WorkoutEvent {}
                }
                """);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generated(compilation, "com.acme.fitness.WorkoutEventTopic"))
                .contains("public static final String TOPIC = \"workout-event\";")
                .contains("TopicSpec.defaults(TOPIC)");
        assertThat(generated(compilation, "com.acme.fitness.WorkoutEvent_WorkoutStartedTopic"))
                .contains("public static final String TOPIC = \"workout-event\";");
    }

    @Test
    void acceptsLongAndBoxedLongKeysAsOneKeyType() {
        Compilation compilation = Compile.sources("""
                package com.acme.meters;

                import dev.eventrecords.Event;
                import dev.eventrecords.EventFamily;
                import dev.eventrecords.Key;

                @EventFamily(topic = "meters")
                public sealed interface MeterEvent {
                    @Event
                    record MeterInstalled(@Key long meterId) implements MeterEvent {}

                    @Event
                    record MeterRemoved(@Key Long meterId) implements MeterEvent {}
                }
                """);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generated(compilation, "com.acme.meters.MeterEventTopic"))
                .contains("extends FamilyBinding<Long, MeterEvent>");
    }

    @Test
    void acceptsAFamilyOfKeylessMembers() {
        Compilation compilation = Compile.sources("""
                package com.acme.alarms;

                import dev.eventrecords.Event;
                import dev.eventrecords.EventFamily;

                @EventFamily(topic = "alarms")
                public sealed interface AlarmEvent {
                    @Event
                    record AlarmRaised(String zone) implements AlarmEvent {}

                    @Event
                    record AlarmCleared(String zone) implements AlarmEvent {}
                }
                """);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generated(compilation, "com.acme.alarms.AlarmEventTopic"))
                .contains("extends FamilyBinding<Void, AlarmEvent>");
        assertThat(generated(compilation, "com.acme.alarms.AlarmEventKeyExtractor"))
                .contains("implements KeyExtractor<AlarmEvent, Void>")
                .contains("return null;");
    }

    // ---- the family's declaration ---------------------------------------------------------------------------------

    @Test
    void rejectsAFamilyThatIsNotSealed() {
        Compilation compilation = Compile.sources("""
                package com.acme.fitness;

                import dev.eventrecords.EventFamily;

                @EventFamily(topic = "fitness.devices")
                public interface DeviceEvent {}
                """);

        assertThat(compilation).hadErrorCount(1);
        Compile.assertError(
                compilation,
                "[eventrecords:declaration] 'DeviceEvent' is not a sealed interface: an event family is the closed"
                        + " set of events that share a topic, and only a sealed interface names that set at compile"
                        + " time; declare 'sealed interface DeviceEvent permits ...' over '@Event' records",
                6);
    }

    @Test
    void rejectsAFamilyOnAClass() {
        Compilation compilation = Compile.sources("""
                package com.acme.fitness;

                import dev.eventrecords.EventFamily;

                @EventFamily(topic = "fitness.devices")
                public abstract class DeviceEvent {}
                """);

        assertThat(compilation).hadErrorCount(1);
        Compile.assertError(
                compilation,
                "[eventrecords:declaration] 'DeviceEvent' is not a sealed interface: an event family is the closed"
                        + " set of events that share a topic",
                6);
    }

    @Test
    void rejectsAGenericFamily() {
        Compilation compilation = Compile.sources("""
                package com.acme.fitness;

                import dev.eventrecords.Event;
                import dev.eventrecords.EventFamily;
                import dev.eventrecords.Key;

                @EventFamily(topic = "fitness.devices")
                public sealed interface DeviceEvent<T> {
                    @Event
                    record DeviceConnected(@Key String deviceId) implements DeviceEvent<String> {}
                }
                """);

        assertThat(compilation).hadErrorCount(1);
        Compile.assertError(
                compilation,
                "[eventrecords:declaration] event family 'DeviceEvent' is generic: its members' types must be known"
                        + " at compile time; remove the type parameters",
                8);
    }

    @Test
    void rejectsAPrivateFamily() {
        Compilation compilation = Compile.sources("""
                package com.acme.fitness;

                import dev.eventrecords.Event;
                import dev.eventrecords.EventFamily;
                import dev.eventrecords.Key;

                public final class Tracker {
                    @EventFamily(topic = "fitness.devices")
                    private sealed interface DeviceEvent {}

                    @Event
                    record DeviceConnected(@Key String deviceId) implements DeviceEvent {}
                }
                """);

        assertThat(compilation).hadErrorCount(1);
        Compile.assertError(
                compilation,
                "[eventrecords:declaration] event family 'Tracker.DeviceEvent' is private or nested in a private type:"
                        + " generated classes in its package cannot use it; make it package-private or public",
                9);
    }

    @Test
    void rejectsAFamilyNestedInAPrivateType() {
        Compilation compilation = Compile.sources("""
                package com.acme.fitness;

                import dev.eventrecords.EventFamily;

                public final class Tracker {
                    private static final class Devices {
                        @EventFamily(topic = "fitness.devices")
                        sealed interface DeviceEvent permits Lost {}

                        static final class Lost implements DeviceEvent {}
                    }
                }
                """);

        assertThat(compilation).hadErrorCount(1);
        Compile.assertError(
                compilation,
                "[eventrecords:declaration] event family 'Tracker.Devices.DeviceEvent' is private or nested in a"
                        + " private type",
                8);
    }

    // ---- the family's members -------------------------------------------------------------------------------------

    @Test
    void rejectsAPermittedRecordWithoutEvent() {
        Compilation compilation = Compile.sources("""
                package com.acme.fitness;

                import dev.eventrecords.Event;
                import dev.eventrecords.EventFamily;
                import dev.eventrecords.Key;

                @EventFamily(topic = "fitness.devices")
                public sealed interface DeviceEvent {
                    @Event
                    record DeviceConnected(@Key String deviceId) implements DeviceEvent {}

                    record DeviceReset(String deviceId) implements DeviceEvent {}
                }
                """);

        assertThat(compilation).hadErrorCount(1);
        Compile.assertError(
                compilation,
                "[eventrecords:declaration] 'DeviceEvent.DeviceReset' is permitted by event family 'DeviceEvent' but"
                        + " is a record without '@Event', not an '@Event' record: every member of a family is an event"
                        + " its serde can read back; make it an '@Event' record or remove it from 'permits'",
                12);
    }

    @Test
    void rejectsAPermittedClass() {
        Compilation compilation = Compile.sources("""
                package com.acme.fitness;

                import dev.eventrecords.Event;
                import dev.eventrecords.EventFamily;
                import dev.eventrecords.Key;

                @EventFamily(topic = "fitness.devices")
                public sealed interface DeviceEvent {
                    @Event
                    record DeviceConnected(@Key String deviceId) implements DeviceEvent {}

                    final class DeviceLost implements DeviceEvent {}
                }
                """);

        assertThat(compilation).hadErrorCount(1);
        Compile.assertError(
                compilation,
                "[eventrecords:declaration] 'DeviceEvent.DeviceLost' is permitted by event family 'DeviceEvent' but"
                        + " is a class, not an '@Event' record",
                12);
    }

    @Test
    void rejectsAPermittedInterface() {
        Compilation compilation = Compile.sources("""
                package com.acme.fitness;

                import dev.eventrecords.Event;
                import dev.eventrecords.EventFamily;
                import dev.eventrecords.Key;

                @EventFamily(topic = "fitness.devices")
                public sealed interface DeviceEvent {
                    @Event
                    record DeviceConnected(@Key String deviceId) implements DeviceEvent {}

                    non-sealed interface DeviceFault extends DeviceEvent {}
                }
                """);

        assertThat(compilation).hadErrorCount(1);
        Compile.assertError(
                compilation,
                "[eventrecords:declaration] 'DeviceEvent.DeviceFault' is permitted by event family 'DeviceEvent' but"
                        + " is an interface, not an '@Event' record",
                12);
    }

    @Test
    void rejectsMembersWithDifferentKeyTypesNamingBoth() {
        Compilation compilation = Compile.sources("""
                package com.acme.fitness;

                import dev.eventrecords.Event;
                import dev.eventrecords.EventFamily;
                import dev.eventrecords.Key;
                import java.util.UUID;

                @EventFamily(topic = "fitness.devices")
                public sealed interface DeviceEvent {
                    @Event
                    record DeviceConnected(@Key String deviceId) implements DeviceEvent {}

                    @Event
                    record DeviceDisconnected(
                            @Key UUID deviceId,
                            String reason) implements DeviceEvent {}
                }
                """);

        assertThat(compilation).hadErrorCount(1);
        Compile.assertError(
                compilation,
                "[eventrecords:key] 'DeviceDisconnected' has key 'deviceId' of type 'UUID' but 'DeviceConnected', a"
                        + " member of the same family 'DeviceEvent', has key 'deviceId' of type 'String': members share"
                        + " one topic and so one key type, which decides their partition and order; give them the same"
                        + " key type",
                15);
    }

    @Test
    void rejectsAKeylessMemberOfAKeyedFamily() {
        Compilation compilation = Compile.sources("""
                package com.acme.fitness;

                import dev.eventrecords.Event;
                import dev.eventrecords.EventFamily;
                import dev.eventrecords.Key;

                @EventFamily(topic = "fitness.devices")
                public sealed interface DeviceEvent {
                    @Event
                    record DeviceConnected(@Key String deviceId) implements DeviceEvent {}

                    @Event
                    record FirmwareReleased(String version) implements DeviceEvent {}
                }
                """);

        assertThat(compilation).hadErrorCount(1);
        Compile.assertError(
                compilation,
                "[eventrecords:key] 'FirmwareReleased' has no key but 'DeviceConnected', a member of the same family"
                        + " 'DeviceEvent', has key 'deviceId' of type 'String'",
                13);
    }

    @Test
    void rejectsIntAndLongKeysAsDifferentKeyTypes() {
        Compilation compilation = Compile.sources("""
                package com.acme.meters;

                import dev.eventrecords.Event;
                import dev.eventrecords.EventFamily;
                import dev.eventrecords.Key;

                @EventFamily(topic = "meters")
                public sealed interface MeterEvent {
                    @Event
                    record MeterInstalled(@Key int meterId) implements MeterEvent {}

                    @Event
                    record MeterRemoved(@Key long meterId) implements MeterEvent {}
                }
                """);

        assertThat(compilation).hadErrorCount(1);
        Compile.assertError(
                compilation,
                "[eventrecords:key] 'MeterRemoved' has key 'meterId' of type 'long' but 'MeterInstalled', a member of"
                        + " the same family 'MeterEvent', has key 'meterId' of type 'int'",
                13);
    }

    @Test
    void rejectsTwoMembersWithTheSameType() {
        Compilation compilation = Compile.sources("""
                package com.acme.fitness;

                import dev.eventrecords.Event;
                import dev.eventrecords.EventFamily;
                import dev.eventrecords.Key;

                @EventFamily(topic = "fitness.devices")
                public sealed interface DeviceEvent {
                    @Event(type = "fitness.DeviceConnected")
                    record DeviceConnected(@Key String deviceId) implements DeviceEvent {}

                    @Event(type = "fitness.DeviceConnected")
                    record DeviceReconnected(@Key String deviceId) implements DeviceEvent {}
                }
                """);

        assertThat(compilation).hadErrorCount(1);
        Compile.assertError(
                compilation,
                "[eventrecords:declaration] 'DeviceReconnected' and 'DeviceConnected' in event family 'DeviceEvent'"
                        + " both have type 'fitness.DeviceConnected': the ce_type header must tell members apart; give"
                        + " each its own '@Event(type = ...)'",
                13);
    }

    @Test
    void rejectsAnExplicitTypeThatIsAnotherMembersDefaultType() {
        Compilation compilation = Compile.sources("""
                package com.acme.fitness;

                import dev.eventrecords.Event;
                import dev.eventrecords.EventFamily;
                import dev.eventrecords.Key;

                @EventFamily(topic = "fitness.devices")
                public sealed interface DeviceEvent {
                    @Event
                    record DeviceConnected(@Key String deviceId) implements DeviceEvent {}

                    @Event(type = "com.acme.fitness.DeviceEvent.DeviceConnected")
                    record DeviceReconnected(@Key String deviceId) implements DeviceEvent {}
                }
                """);

        assertThat(compilation).hadErrorCount(1);
        Compile.assertError(
                compilation,
                "[eventrecords:declaration] 'DeviceReconnected' and 'DeviceConnected' in event family 'DeviceEvent'"
                        + " both have type 'com.acme.fitness.DeviceEvent.DeviceConnected'",
                13);
    }

    // ---- the family's topic and spec ------------------------------------------------------------------------------

    @Test
    void rejectsAFamilyTopicKafkaRefusesOnTheTopicValue() {
        Compilation compilation = Compile.sources("""
                package com.acme.fitness;

                import dev.eventrecords.Event;
                import dev.eventrecords.EventFamily;
                import dev.eventrecords.Key;

                @EventFamily(
                        partitions = 3,
                        topic = "fitness devices")
                public sealed interface DeviceEvent {
                    @Event
                    record DeviceConnected(@Key String deviceId) implements DeviceEvent {}
                }
                """);

        Compile.assertError(
                compilation,
                "[eventrecords:topic] event family 'DeviceEvent' has topic 'fitness devices', which Kafka refuses:"
                        + " ' ' is not allowed: a topic name uses only letters, digits, '.', '_' and '-'. Did you mean"
                        + " 'fitness-devices'?",
                9);
    }

    @Test
    void rejectsABadFamilySpecOnTheValues() {
        Compilation compilation = Compile.sources("""
                package com.acme.fitness;

                import dev.eventrecords.Event;
                import dev.eventrecords.EventFamily;
                import dev.eventrecords.Key;

                @EventFamily(
                        topic = "fitness.devices",
                        partitions = 0,
                        cleanupPolicy = "archive")
                public sealed interface DeviceEvent {
                    @Event
                    record DeviceConnected(@Key String deviceId) implements DeviceEvent {}
                }
                """);

        assertThat(compilation).hadErrorCount(2);
        Compile.assertError(
                compilation,
                "[eventrecords:topic] event family 'DeviceEvent' has partitions 0: a topic needs at least one"
                        + " partition; write a positive number, or leave it out for the broker's default",
                9);
        Compile.assertError(
                compilation,
                "[eventrecords:topic] event family 'DeviceEvent' has cleanupPolicy 'archive', which Kafka does not"
                        + " know; write 'delete', 'compact' or 'compact,delete'",
                10);
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
