package dev.eventrecords.processor.contracts;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.eventrecords.processor.Compile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The compilation's AsyncAPI document, {@code META-INF/eventrecords/asyncapi.json}. */
class AsyncApiFileTest {

    private static final ObjectMapper JACKSON2 = new ObjectMapper();

    private static final String[] SOURCES = {"""
        package com.acme;

        import dev.eventrecords.Event;
        import dev.eventrecords.EventFamily;
        import dev.eventrecords.Key;

        @EventFamily(topic = "accounts", partitions = 6, retention = "PT36H", cleanupPolicy = "compact,delete")
        public sealed interface AccountEvent {
            @Event(type = "account.opened") record AccountOpened(@Key long id, String owner) implements AccountEvent {}
            @Event(type = "account.closed") record AccountClosed(@Key long id) implements AccountEvent {}
        }
        """, """
        package com.acme;

        @dev.eventrecords.Event(topic = "pings")
        public record PingReceived(String from) {}
        """};

    @Test
    void aFamilyIsOneChannelWithAMessagePerMemberAndItsSpecInTheKafkaBinding() throws IOException {
        JsonNode document = document(Compile.sources(SOURCES));
        JsonNode channel = document.path("channels").path("accounts");
        assertThat(channel.path("address").asText()).isEqualTo("accounts");
        assertThat(names(channel.path("messages"))).containsExactly("account.closed", "account.opened");
        assertThat(channel.path("bindings").path("kafka").toString())
                .isEqualTo("{\"topic\":\"accounts\",\"partitions\":6,\"topicConfiguration\":"
                        + "{\"retention.ms\":129600000,\"cleanup.policy\":[\"compact\",\"delete\"]},"
                        + "\"bindingVersion\":\"0.5.0\"}");
        assertThat(names(document.path("operations")))
                .containsExactly("send.accounts", "receive.accounts", "send.pings", "receive.pings");
        JsonNode opened = document.path("components").path("messages").path("account.opened");
        assertThat(opened.path("name").asText()).isEqualTo("account.opened");
        assertThat(opened.path("payload").path("$ref").asText())
                .isEqualTo("#/components/schemas/AccountEvent.AccountOpened");
        assertThat(opened.path("bindings").path("kafka").path("key").toString())
                .isEqualTo("{\"type\":\"integer\",\"minimum\":-9223372036854775808,\"maximum\":9223372036854775807}");
        assertThat(opened.path("headers")
                        .path("properties")
                        .path("ce_source")
                        .path("const")
                        .asText())
                .isEqualTo("/topics/accounts");
    }

    @Test
    void anEventWithoutAKeyHasANullKey() throws IOException {
        JsonNode ping = document(Compile.sources(SOURCES))
                .path("components")
                .path("messages")
                .path("com.acme.PingReceived");
        assertThat(ping.path("bindings").path("kafka").path("key").path("type").asText())
                .isEqualTo("null");
    }

    @Test
    void theTitleAndVersionComeFromTheOptionsOrTheDefaults() throws IOException {
        JsonNode defaults = document(Compile.sources(SOURCES)).path("info");
        assertThat(defaults.path("title").asText()).isEqualTo("Event catalogue");
        assertThat(defaults.path("version").asText()).isEqualTo("0.0.0");

        JsonNode given = document(Compile.withOptions(
                        List.of("-Aeventrecords.asyncapi.title=Accounts", "-Aeventrecords.asyncapi.version=4.2.0"),
                        SOURCES))
                .path("info");
        assertThat(given.path("title").asText()).isEqualTo("Accounts");
        assertThat(given.path("version").asText()).isEqualTo("4.2.0");
    }

    @Test
    void aCompilationWithoutEventsWritesNoDocument() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                public record Plain(String text) {}
                """);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "", AsyncApiOutput.PATH))
                .isEmpty();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode document(Compilation compilation) throws IOException {
        assertThat(compilation).succeededWithoutWarnings();
        return JACKSON2.readTree(compilation
                .generatedFile(StandardLocation.CLASS_OUTPUT, "", AsyncApiOutput.PATH)
                .orElseThrow()
                .getCharContent(true)
                .toString());
    }
}
