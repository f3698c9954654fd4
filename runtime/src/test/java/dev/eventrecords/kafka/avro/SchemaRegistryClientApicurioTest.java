package dev.eventrecords.kafka.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventrecords.embedded.EmbeddedRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link SchemaRegistryClient} against a real Apicurio Registry 2.6.13 through its Confluent-compatible API, started
 * once for the JVM ({@link EmbeddedRegistry#shared()}). Each test uses subjects of its own, so the tests share the registry.
 */
class SchemaRegistryClientApicurioTest {

    private static final String V1 = """
            {"type":"record","name":"OrderPlaced","namespace":"com.acme","fields":[
              {"name":"orderId","type":"string"}]}""";
    /** V1 with a field added with a default: readers of V2 read V1's events (BACKWARD). */
    private static final String V2 = """
            {"type":"record","name":"OrderPlaced","namespace":"com.acme","fields":[
              {"name":"orderId","type":"string"},
              {"name":"quantity","type":"int","default":0}]}""";
    /** V1 with the field's type changed: readers of it cannot read V1's events. */
    private static final String BROKEN = """
            {"type":"record","name":"OrderPlaced","namespace":"com.acme","fields":[
              {"name":"orderId","type":"int"}]}""";

    private static EmbeddedRegistry registry;

    @BeforeAll
    static void startRegistry() {
        registry = EmbeddedRegistry.shared();
    }

    @Test
    void registersASchemaOnceAndReadsItBackByItsId() {
        SchemaRegistryClient client = client(Map.of());
        int id = client.register("registers-value", V1);

        assertThat(client.register("registers-value", V1)).isEqualTo(id);
        // a fresh client has no cache: the schema comes from the registry
        assertThat(new Schema.Parser().parse(client(Map.of()).schema(id))).isEqualTo(new Schema.Parser().parse(V1));
        assertThat(client.versions("registers-value")).containsExactly(1);
    }

    @Test
    void theLogicalTypesOfEventSchemasAreRegisteredAndJudged() {
        // Avro 1.12's nanosecond timestamps, which eventrecords' schemas use for Instant and LocalDateTime
        String v1 = """
                {"type":"record","name":"PulseMeasured","namespace":"com.acme","fields":[
                  {"name":"at","type":{"type":"long","logicalType":"timestamp-nanos"}},
                  {"name":"id","type":{"type":"string","logicalType":"uuid"}}]}""";
        String v2 = """
                {"type":"record","name":"PulseMeasured","namespace":"com.acme","fields":[
                  {"name":"at","type":{"type":"long","logicalType":"timestamp-nanos"}},
                  {"name":"id","type":{"type":"string","logicalType":"uuid"}},
                  {"name":"local","type":["null",{"type":"long","logicalType":"local-timestamp-nanos"}],
                   "default":null}]}""";
        SchemaRegistryClient client = client(Map.of());
        int id = client.register("logical-value", v1);
        client.setCompatibility(Optional.of("logical-value"), "FULL");

        assertThat(new Schema.Parser().parse(client(Map.of()).schema(id))).isEqualTo(new Schema.Parser().parse(v1));
        assertThat(client.checkCompatibility("logical-value", v2).compatible()).isTrue();
        assertThat(client.register("logical-value", v2)).isNotEqualTo(id);
    }

    @Test
    void theSerializersIdIsRegisteredUnderTheSubjectItsStrategyNames() {
        int byTopic = client(Map.of()).serializerId("strategies", "com.acme.OrderPlaced", V1, false);
        int byRecord = client(Map.of(
                        SchemaRegistryConfig.VALUE_STRATEGY,
                        "io.confluent.kafka.serializers.subject" + ".RecordNameStrategy"))
                .serializerId("strategies", "com.acme.strategies.OrderPlaced", V1, false);
        int byTopicRecord = client(Map.of(SchemaRegistryConfig.KEY_STRATEGY, "TopicRecordNameStrategy"))
                .serializerId("strategies", "com.acme.OrderPlaced", V1, true);

        SchemaRegistryClient client = client(Map.of());
        assertThat(client.latest("strategies-value").id()).isEqualTo(byTopic);
        assertThat(client.latest("com.acme.strategies.OrderPlaced").id()).isEqualTo(byRecord);
        assertThat(client.latest("strategies-com.acme.OrderPlaced").id()).isEqualTo(byTopicRecord);
    }

    @Test
    void withoutAutoRegisterTheSchemaMustBeRegisteredAlready() {
        SchemaRegistryClient lookingUp = client(Map.of(SchemaRegistryConfig.AUTO_REGISTER, "false"));

        assertThatThrownBy(() -> lookingUp.serializerId("unregistered", "com.acme.OrderPlaced", V1, false))
                .isInstanceOfSatisfying(
                        SchemaRegistryException.class,
                        e -> assertThat(e.notFound()).isTrue())
                .hasMessageStartingWith("the schema registry refused looking up a schema under subject"
                        + " 'unregistered-value' (POST " + registry.url() + "/subjects/unregistered-value): HTTP 404");

        int id = client(Map.of()).register("unregistered-value", V1);
        assertThat(lookingUp.serializerId("unregistered", "com.acme.OrderPlaced", V1, false))
                .isEqualTo(id);
    }

    @Test
    void useLatestVersionWritesWithTheSubjectsLatestSchema() {
        SchemaRegistryClient client = client(Map.of());
        client.register("latest-value", V1);
        int v2 = client.register("latest-value", V2);

        SchemaRegistryClient latest = client(
                Map.of(SchemaRegistryConfig.AUTO_REGISTER, false, SchemaRegistryConfig.USE_LATEST_VERSION, true));
        assertThat(latest.serializerId("latest", "com.acme.OrderPlaced", V1, false))
                .isEqualTo(v2);
        assertThat(client.latest("latest-value").version()).isEqualTo(2);
        assertThat(client.version("latest-value", "1").schema()).isNotNull();
    }

    @Test
    void anIdTheRegistryDoesNotKnowIsNotFound() {
        assertThatThrownBy(() -> client(Map.of()).schema(987_654))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.notFound()).isTrue();
                    assertThat(e.errorCode()).hasValue(40403);
                })
                .hasMessageStartingWith("the schema registry refused reading the schema of id 987654");
    }

    @Test
    void underBackwardCompatibilityABreakingChangeIsRefusedWithTheRegistrysReason() {
        SchemaRegistryClient client = client(Map.of());
        client.register("compatible-value", V1);
        client.setCompatibility(Optional.of("compatible-value"), "BACKWARD");

        assertThat(client.compatibility(Optional.of("compatible-value"))).isEqualTo("BACKWARD");
        assertThat(client.checkCompatibility("compatible-value", V2))
                .isEqualTo(new CompatibilityCheck(true, List.of()));
        CompatibilityCheck broken = client.checkCompatibility("compatible-value", BROKEN);
        assertThat(broken.compatible()).isFalse();
        assertThat(broken.messages())
                .anyMatch(m -> m.contains("reader type: INT not compatible with writer type: STRING"));
        assertThatThrownBy(() -> client.register("compatible-value", BROKEN))
                .isInstanceOfSatisfying(
                        SchemaRegistryException.class,
                        e -> assertThat(e.status()).hasValue(409))
                .hasMessageContaining("reader type: INT not compatible with writer type: STRING");
    }

    @Test
    void theDefaultCompatibilityIsReadAndSet() {
        SchemaRegistryClient client = client(Map.of());
        String before = client.compatibility(Optional.empty());
        try {
            client.setCompatibility(Optional.empty(), "FORWARD");
            assertThat(client.compatibility(Optional.empty())).isEqualTo("FORWARD");
        } finally {
            client.setCompatibility(Optional.empty(), before);
        }
    }

    @Test
    void anUnreachableUrlIsPassedForTheNext() {
        String closed = "http://127.0.0.1:" + EmbeddedRegistry.closedPort();
        SchemaRegistryClient client = client(Map.of(SchemaRegistryConfig.URL, closed + "," + registry.url()));

        assertThat(client.register("failover-value", V1)).isPositive();
    }

    @Test
    void aRegistryThatCannotBeReachedFailsAfterItsRetries() {
        String closed = "http://127.0.0.1:" + EmbeddedRegistry.closedPort();
        SchemaRegistryClient client = client(Map.of(
                SchemaRegistryConfig.URL, closed,
                SchemaRegistryConfig.MAX_RETRIES, 2,
                SchemaRegistryConfig.RETRY_WAIT, 10));

        assertThatThrownBy(() -> client.schema(1))
                .isInstanceOfSatisfying(
                        SchemaRegistryException.class,
                        e -> assertThat(e.status()).isEmpty())
                .hasMessageStartingWith("the schema registry at [" + closed + "] could not be reached while reading the"
                        + " schema of id 1 after 3 attempts: java.net.ConnectException");
    }

    private static SchemaRegistryClient client(Map<String, ?> overrides) {
        Map<String, Object> configs = new HashMap<>();
        configs.put(SchemaRegistryConfig.URL, registry.url());
        configs.putAll(overrides);
        return new SchemaRegistryClient(SchemaRegistryConfig.of(configs));
    }
}
