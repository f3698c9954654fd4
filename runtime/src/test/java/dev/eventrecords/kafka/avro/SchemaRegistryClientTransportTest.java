package dev.eventrecords.kafka.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventrecords.kafka.avro.ScriptedHttpServer.Response;
import java.net.http.HttpTimeoutException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What {@link SchemaRegistryClient} sends and how it meets a registry that fails, on a scripted HTTP server: the
 * credentials, the retries of what was not answered and not of refusals, the timeout, the per-id cache, and the bound
 * on what an error message repeats.
 */
class SchemaRegistryClientTransportTest {

    private static final String SCHEMA = "{\"schema\":\"\\\"string\\\"\"}";

    @Test
    void sendsTheConfiguredUserInfoAsBasicAuthentication() {
        try (ScriptedHttpServer server = new ScriptedHttpServer(new Response(200, SCHEMA))) {
            client(
                            server.url(),
                            Map.of(
                                    SchemaRegistryConfig.CREDENTIALS_SOURCE, "USER_INFO",
                                    SchemaRegistryConfig.USER_INFO, "fred:s3cret"))
                    .schema(5);

            assertThat(server.requests().get(0).header("Authorization")).isEqualTo("Basic ZnJlZDpzM2NyZXQ=");
            assertThat(server.requests().get(0).line()).isEqualTo("GET /schemas/ids/5 HTTP/1.1");
        }
    }

    @Test
    void sendsTheUrlsCredentialsAsBasicAuthenticationAndNotInTheUrl() {
        try (ScriptedHttpServer server = new ScriptedHttpServer(new Response(200, SCHEMA))) {
            String url = server.url().replace("http://", "http://fred:s3cret@");
            client(url, Map.of()).schema(5);

            assertThat(server.requests().get(0).header("Authorization")).isEqualTo("Basic ZnJlZDpzM2NyZXQ=");
            assertThat(SchemaRegistryConfig.of(Map.of(SchemaRegistryConfig.URL, url))
                            .toString())
                    .doesNotContain("s3cret");
        }
    }

    @Test
    void retriesWhatTheRegistryDidNotAnswer() {
        try (ScriptedHttpServer server = new ScriptedHttpServer(
                new Response(503, "{\"error_code\":50003,\"message\":\"busy\"}"),
                new Response(429, "{}"),
                new Response(200, SCHEMA))) {
            String schema = client(server.url(), Map.of()).schema(5);

            assertThat(schema).isEqualTo("\"string\"");
            assertThat(server.requests()).hasSize(3);
        }
    }

    @Test
    void aRefusalIsNotRetriedAndNamesTheRegistrysError() {
        try (ScriptedHttpServer server =
                new ScriptedHttpServer(new Response(422, "{\"error_code\":42201,\"message\":\"Invalid schema\"}"))) {
            assertThatThrownBy(() -> client(server.url(), Map.of()).register("orders-value", "{"))
                    .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                        assertThat(e.status()).hasValue(422);
                        assertThat(e.errorCode()).hasValue(42201);
                    })
                    .hasMessage("the schema registry refused registering a schema under subject 'orders-value' (POST "
                            + server.url() + "/subjects/orders-value/versions): HTTP 422, error 42201: Invalid schema");
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void theLastFailureIsReportedWhenTheRetriesRunOut() {
        try (ScriptedHttpServer server = new ScriptedHttpServer(
                new Response(503, "{\"message\":\"busy\"}"), new Response(503, "{\"message\":\"still busy\"}"))) {
            assertThatThrownBy(() -> client(server.url(), Map.of(SchemaRegistryConfig.MAX_RETRIES, 1))
                            .schema(5))
                    .isInstanceOf(SchemaRegistryException.class)
                    .hasMessageEndingWith("HTTP 503: still busy");
        }
    }

    @Test
    void aRegistryThatDoesNotAnswerInTimeTimesOut() {
        try (ScriptedHttpServer server = new ScriptedHttpServer(new Response(0, ""))) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> client(
                                    server.url(),
                                    Map.of(SchemaRegistryConfig.READ_TIMEOUT, 300, SchemaRegistryConfig.MAX_RETRIES, 0))
                            .schema(5))
                    .isInstanceOf(SchemaRegistryException.class)
                    .hasMessageContaining("after 1 attempts")
                    .hasCauseInstanceOf(HttpTimeoutException.class);
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
        }
    }

    @Test
    void aSchemaIsFetchedOncePerId() {
        try (ScriptedHttpServer server = new ScriptedHttpServer(new Response(200, SCHEMA))) {
            SchemaRegistryClient client = client(server.url(), Map.of());
            client.schema(5);
            client.schema(5);

            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void anErrorMessageRepeatsABoundedPartOfTheRegistrysAnswer() {
        String huge = "x".repeat(100_000);
        try (ScriptedHttpServer server =
                new ScriptedHttpServer(new Response(404, "{\"error_code\":40403,\"message\":\"" + huge + "\"}"))) {
            assertThatThrownBy(() -> client(server.url(), Map.of()).schema(5))
                    .isInstanceOf(SchemaRegistryException.class)
                    .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(1_000));
        }
    }

    @Test
    void anAnswerThatIsNotTheApisIsAClearFailure() {
        try (ScriptedHttpServer server = new ScriptedHttpServer(new Response(200, "<html>proxy</html>"))) {
            assertThatThrownBy(() -> client(server.url(), Map.of()).schema(5))
                    .isInstanceOf(SchemaRegistryException.class)
                    .hasMessageStartingWith("the schema registry's answer to reading the schema of id 5 is not what its"
                            + " API says: not JSON");
        }
    }

    private static SchemaRegistryClient client(String url, Map<String, ?> overrides) {
        Map<String, Object> configs = new HashMap<>();
        configs.put(SchemaRegistryConfig.URL, url);
        configs.put(SchemaRegistryConfig.RETRY_WAIT, 1);
        configs.putAll(overrides);
        return new SchemaRegistryClient(SchemaRegistryConfig.of(configs));
    }
}
