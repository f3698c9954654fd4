package dev.eventrecords.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.eventrecords.processor.Compile;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** The topic spec on {@code @Event} and a family member's topic and spec against its family's. */
class TopicSpecRuleTest {

    /** An event whose {@code @Event} attributes are {@code attributes}, one per line from line 6. */
    private static Compilation withSpec(String attributes) {
        return Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                @Event(
                        topic = "orders",
                        %s)
                public record OrderPlaced(String id) {}
                """.formatted(attributes));
    }

    /** A family with {@code familyAttributes} and one member with {@code memberAttributes}, on line 12. */
    private static Compilation member(String familyAttributes, String memberAttributes) {
        return Compile.sources("""
                package com.acme.fitness;

                import dev.eventrecords.Event;
                import dev.eventrecords.EventFamily;
                import dev.eventrecords.Key;

                @EventFamily(%s)
                public sealed interface DeviceEvent {

                    @Event(
                            type = "fitness.DeviceConnected",
                            %s)
                    record DeviceConnected(@Key String deviceId) implements DeviceEvent {}
                }
                """.formatted(familyAttributes, memberAttributes));
    }

    // ---- values on @Event -----------------------------------------------------------------------------------------

    @Test
    void rejectsZeroPartitions() {
        Compilation compilation = withSpec("partitions = 0");

        assertThat(compilation).hadErrorCount(1);
        Compile.assertError(
                compilation,
                "[eventrecords:topic] event 'OrderPlaced' has partitions 0: a topic needs at least one partition;"
                        + " write a positive number, or leave it out for the broker's default",
                7);
    }

    @Test
    void rejectsNegativePartitionsOtherThanTheBrokerDefault() {
        Compilation compilation = withSpec("partitions = -2");

        Compile.assertError(compilation, "[eventrecords:topic] event 'OrderPlaced' has partitions -2:", 7);
    }

    @Test
    void acceptsMinusOneAsTheBrokersDefault() {
        assertThat(withSpec("partitions = -1, replicationFactor = -1")).succeededWithoutWarnings();
    }

    @Test
    void rejectsZeroReplicationFactor() {
        Compilation compilation = withSpec("replicationFactor = 0");

        assertThat(compilation).hadErrorCount(1);
        Compile.assertError(
                compilation,
                "[eventrecords:topic] event 'OrderPlaced' has replicationFactor 0: Kafka needs a positive replication"
                        + " factor of at most 32767; leave it out for the broker's default",
                7);
    }

    @Test
    void rejectsAReplicationFactorAboveWhatKafkaHolds() {
        Compilation compilation = withSpec("replicationFactor = 40000");

        Compile.assertError(
                compilation, "[eventrecords:topic] event 'OrderPlaced' has replicationFactor 40000: Kafka needs", 7);
    }

    @Test
    void rejectsARetentionThatIsNotAnIsoDuration() {
        Compilation compilation = withSpec("retention = \"7 days\"");

        assertThat(compilation).hadErrorCount(1);
        Compile.assertError(
                compilation,
                "[eventrecords:topic] event 'OrderPlaced' has retention '7 days', which is not an ISO-8601 duration;"
                        + " write an ISO-8601 duration such as 'P7D' or 'PT12H'",
                7);
    }

    @Test
    void rejectsAZeroRetention() {
        Compilation compilation = withSpec("retention = \"PT0S\"");

        Compile.assertError(
                compilation,
                "[eventrecords:topic] event 'OrderPlaced' has retention 'PT0S', which is not positive; write an"
                        + " ISO-8601 duration such as 'P7D' or 'PT12H'",
                7);
    }

    @Test
    void rejectsANegativeRetention() {
        Compilation compilation = withSpec("retention = \"-P1D\"");

        Compile.assertError(
                compilation, "[eventrecords:topic] event 'OrderPlaced' has retention '-P1D', which is not positive", 7);
    }

    @Test
    void rejectsACleanupPolicyKafkaDoesNotKnow() {
        Compilation compilation = withSpec("cleanupPolicy = \"archive\"");

        assertThat(compilation).hadErrorCount(1);
        Compile.assertError(
                compilation,
                "[eventrecords:topic] event 'OrderPlaced' has cleanupPolicy 'archive', which Kafka does not know;"
                        + " write 'delete', 'compact' or 'compact,delete'",
                7);
    }

    @Test
    void reportsEveryBadValueOnItsOwnLine() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                @Event(
                        partitions = 0,
                        replicationFactor = 0,
                        retention = "soon",
                        cleanupPolicy = "never")
                public record OrderPlaced(String id) {}
                """);

        assertThat(compilation).hadErrorCount(4);
        Compile.assertError(compilation, "has partitions 0", 6);
        Compile.assertError(compilation, "has replicationFactor 0", 7);
        Compile.assertError(compilation, "has retention 'soon'", 8);
        Compile.assertError(compilation, "has cleanupPolicy 'never'", 9);
    }

    @Test
    void acceptsEveryCleanupPolicyKafkaKnows() {
        for (String policy :
                new String[] {"delete", "compact", "compact,delete", "delete,compact", "compact, delete"}) {
            assertThat(withSpec("cleanupPolicy = \"" + policy + "\"")).succeededWithoutWarnings();
        }
    }

    // ---- what the binding carries ---------------------------------------------------------------------------------

    @Test
    void specValuesLandInTheGeneratedTopicSpec() {
        Compilation compilation =
                withSpec("partitions = 6, replicationFactor = 3, retention = \"PT12H\", cleanupPolicy = \"compact\"");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generated(compilation, "com.acme.OrderPlacedTopic"))
                .contains("TopicSpec.of(TOPIC, 6, 3, \"PT12H\", \"compact\")");
    }

    @Test
    void unsetValuesAreLeftToTheBroker() {
        Compilation compilation = withSpec("retention = \"P30D\"");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generated(compilation, "com.acme.OrderPlacedTopic"))
                .contains("TopicSpec.of(TOPIC, -1, -1, \"P30D\", \"\")");
    }

    @Test
    void anEventWithoutSpecGetsTheDefaults() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                @Event(topic = "orders")
                public record OrderPlaced(String id) {}
                """);

        assertThat(generated(compilation, "com.acme.OrderPlacedTopic")).contains("TopicSpec.defaults(TOPIC)");
    }

    // ---- a member against its family ------------------------------------------------------------------------------

    @Test
    void rejectsAMemberTopicThatDiffersFromItsFamilys() {
        Compilation compilation = member("topic = \"fitness.devices\"", "topic = \"fitness.connections\"");

        assertThat(compilation).hadErrorCount(1);
        Compile.assertError(
                compilation,
                "[eventrecords:topic] event 'DeviceConnected' has topic 'fitness.connections' but its family"
                        + " 'DeviceEvent' publishes to 'fitness.devices': members of a family share one topic so that"
                        + " their order is kept; remove 'topic' or write 'fitness.devices'",
                12);
    }

    @Test
    void rejectsAMemberTopicThatDiffersFromItsFamilysDefaultTopic() {
        Compilation compilation = member("partitions = 3", "topic = \"fitness.devices\"");

        Compile.assertError(
                compilation,
                "[eventrecords:topic] event 'DeviceConnected' has topic 'fitness.devices' but its family"
                        + " 'DeviceEvent' publishes to 'device-event'",
                12);
    }

    @Test
    void acceptsAMemberThatRepeatsItsFamilysTopic() {
        Compilation compilation = member("topic = \"fitness.devices\"", "topic = \"fitness.devices\"");

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void aMemberWithoutTopicTakesItsFamilys() {
        Compilation compilation = member("topic = \"fitness.devices\"", "partitions = -1");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generated(compilation, "com.acme.fitness.DeviceEvent_DeviceConnectedTopic"))
                .contains("public static final String TOPIC = \"fitness.devices\";");
    }

    @Test
    void rejectsAMemberSpecValueItsFamilyLeavesToTheBroker() {
        Compilation compilation = member("topic = \"fitness.devices\"", "cleanupPolicy = \"compact\"");

        assertThat(compilation).hadErrorCount(1);
        Compile.assertError(
                compilation,
                "[eventrecords:topic] event 'DeviceConnected' sets cleanupPolicy but its family 'DeviceEvent' does"
                        + " not: the family's topic is created from the family's spec, so one member cannot decide it"
                        + " for all; move 'cleanupPolicy' to '@EventFamily' on 'DeviceEvent'",
                12);
    }

    @Test
    void rejectsMemberPartitionsThatContradictItsFamilys() {
        Compilation compilation = member("topic = \"fitness.devices\", partitions = 6", "partitions = 3");

        assertThat(compilation).hadErrorCount(1);
        Compile.assertError(
                compilation,
                "[eventrecords:topic] event 'DeviceConnected' has partitions 3 but its family 'DeviceEvent' says 6:"
                        + " one topic has one spec; remove 'partitions' from the event",
                12);
    }

    @Test
    void rejectsAMemberReplicationFactorThatContradictsItsFamilys() {
        Compilation compilation = member("replicationFactor = 3", "replicationFactor = 1");

        Compile.assertError(
                compilation,
                "[eventrecords:topic] event 'DeviceConnected' has replicationFactor 1 but its family 'DeviceEvent'"
                        + " says 3: one topic has one spec; remove 'replicationFactor' from the event",
                12);
    }

    @Test
    void rejectsAMemberRetentionThatContradictsItsFamilys() {
        Compilation compilation = member("retention = \"P7D\"", "retention = \"P1D\"");

        Compile.assertError(
                compilation,
                "[eventrecords:topic] event 'DeviceConnected' has retention 'P1D' but its family 'DeviceEvent' says"
                        + " 'P7D': one topic has one spec; remove 'retention' from the event",
                12);
    }

    @Test
    void rejectsAMemberCleanupPolicyThatContradictsItsFamilys() {
        Compilation compilation = member("cleanupPolicy = \"delete\"", "cleanupPolicy = \"compact\"");

        Compile.assertError(
                compilation,
                "[eventrecords:topic] event 'DeviceConnected' has cleanupPolicy 'compact' but its family 'DeviceEvent'"
                        + " says 'delete': one topic has one spec; remove 'cleanupPolicy' from the event",
                12);
    }

    @Test
    void acceptsAMemberThatRepeatsItsFamilysSpec() {
        Compilation compilation = member(
                "partitions = 6, replicationFactor = 1, retention = \"P7D\", cleanupPolicy = \"compact,delete\"",
                "partitions = 6, replicationFactor = 1, retention = \"P7D\", cleanupPolicy = \"compact,delete\"");

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void acceptsAMemberThatWritesItsFamilysSpecDifferently() {
        Compilation compilation = member(
                "retention = \"P7D\", cleanupPolicy = \"compact,delete\"",
                "retention = \"PT168H\", cleanupPolicy = \"delete, compact\"");

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void aMemberTakesItsFamilysSpecWhereItSetsNone() {
        Compilation compilation = member(
                "topic = \"fitness.devices\", partitions = 6, replicationFactor = 1, retention = \"P7D\"",
                "replicationFactor = 1");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generated(compilation, "com.acme.fitness.DeviceEvent_DeviceConnectedTopic"))
                .contains("TopicSpec.of(TOPIC, 6, 1, \"P7D\", \"\")");
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
