package dev.eventrecords.examples.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventrecords.EventCatalog;
import dev.eventrecords.TopicBinding;
import dev.eventrecords.TopicSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI 3.0 documents the processor wrote for this module, {@code META-INF/eventrecords/asyncapi.json} of the
 * application ({@code target/classes}) and of the test events ({@code target/test-classes}): the official parser,
 * {@code @asyncapi/parser} from npm (pinned in {@code src/test/asyncapi/package-lock.json}, installed by this test into
 * {@code target/asyncapi-parser} with {@code npm ci}), finds no error in them and does in a broken copy; and they say
 * what the catalogue says: a channel per topic, a message per event, the topic's spec in the Kafka bindings.
 *
 * <p>Without {@code node} and {@code npm} on the path this test fails: it is the document's only check against the
 * specification.
 */
class AsyncApiDocumentTest {

    private static final Path PARSER = Path.of("target/asyncapi-parser");
    private static final Path MAIN = Path.of("target/classes/META-INF/eventrecords/asyncapi.json");
    private static final Path TEST = Path.of("target/test-classes/META-INF/eventrecords/asyncapi.json");
    private static final ObjectMapper JACKSON2 = new ObjectMapper();

    @BeforeAll
    static void installTheParser() throws IOException, InterruptedException {
        Files.createDirectories(PARSER);
        for (String file : List.of("package.json", "package-lock.json", "validate.cjs")) {
            Files.copy(Path.of("src/test/asyncapi", file), PARSER.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.exists(PARSER.resolve("node_modules/@asyncapi/parser/package.json"))) {
            Run install = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), 600);
            assertThat(install.exit())
                    .as("npm ci in %s:\n%s", PARSER, install.output())
                    .isZero();
        }
    }

    @Test
    void theOfficialParserFindsNoErrorInEitherDocument() throws IOException, InterruptedException {
        Run parsed =
                validate(MAIN.toAbsolutePath().toString(), TEST.toAbsolutePath().toString());
        assertThat(parsed.exit()).as(parsed.output()).isZero();
        assertThat(parsed.output())
                .as(parsed.output())
                .contains(MAIN.toAbsolutePath() + ": parsed, 0 errors")
                .contains(TEST.toAbsolutePath() + ": parsed, 0 errors")
                .doesNotContain(": error ");
    }

    @Test
    void theParserFindsTheErrorsOfABrokenCopy() throws IOException, InterruptedException {
        ObjectNode broken = (ObjectNode) JACKSON2.readTree(MAIN.toFile());
        ObjectNode operation = (ObjectNode) broken.path("operations").elements().next();
        operation.put("action", "publish");
        ((ObjectNode) broken.path("components")).remove("schemas");
        Path copy = PARSER.resolve("broken.json");
        Files.writeString(copy, broken.toPrettyString(), StandardCharsets.UTF_8);

        Run parsed = validate(copy.toAbsolutePath().toString());
        assertThat(parsed.exit()).as(parsed.output()).isEqualTo(1);
        assertThat(parsed.output()).contains(": error ").doesNotContain(", 0 errors");
    }

    @Test
    void everyTopicIsAChannelWithAMessagePerEventAndItsSpecInTheKafkaBinding() throws IOException {
        JsonNode main = JACKSON2.readTree(MAIN.toFile());
        JsonNode test = JACKSON2.readTree(TEST.toFile());
        assertThat(main.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(main.path("info").path("title").asText()).isEqualTo("Fitness tracker");
        assertThat(main.path("info").path("version").asText()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(test.path("info").path("title").asText()).isEqualTo("Fitness tracker");

        Map<String, List<String>> eventsByTopic = new TreeMap<>();
        for (TopicBinding<?, ?> binding : EventCatalog.bindings()) {
            if (!binding.eventClass().isRecord()) {
                continue; // a family's binding: its members are the channel's messages
            }
            JsonNode document = binding.eventClass().getName().contains(".fitness.") ? main : test;
            JsonNode channel = document.path("channels").path(binding.topic());
            assertThat(channel.path("address").asText()).as(binding.topic()).isEqualTo(binding.topic());
            eventsByTopic
                    .computeIfAbsent(binding.topic(), t -> new ArrayList<>())
                    .add(binding.eventType());

            JsonNode message = message(document, channel, binding.eventType());
            assertThat(message.path("name").asText()).isEqualTo(binding.eventType());
            assertThat(message.path("headers")
                            .path("properties")
                            .path("ce_type")
                            .path("const")
                            .asText())
                    .isEqualTo(binding.eventType());
            assertThat(message.path("bindings").path("kafka").has("key")).isTrue();
            JsonNode payload =
                    resolve(document, message.path("payload").path("$ref").asText());
            List<String> properties = new ArrayList<>();
            payload.path("properties").fieldNames().forEachRemaining(properties::add);
            // The payload is the event's own schema: its properties, as the serializer writes them.
            List<String> schemaProperties = new ArrayList<>();
            eventSchema(binding).path("properties").fieldNames().forEachRemaining(schemaProperties::add);
            assertThat(properties).as(binding.eventType()).containsExactlyElementsOf(schemaProperties);

            TopicSpec spec = binding.spec();
            JsonNode kafka = channel.path("bindings").path("kafka");
            assertThat(kafka.path("topic").asText()).isEqualTo(binding.topic());
            assertThat(kafka.path("partitions").asInt(-1)).isEqualTo(spec.partitions());
            assertThat(kafka.path("replicas").asInt(-1)).isEqualTo(spec.replicationFactor());
            JsonNode configuration = kafka.path("topicConfiguration");
            assertThat(
                            configuration.path("retention.ms").isMissingNode()
                                    ? null
                                    : configuration.path("retention.ms").asLong())
                    .isEqualTo(spec.retention().map(d -> d.toMillis()).orElse(null));
            assertThat(
                            configuration.path("cleanup.policy").isMissingNode()
                                    ? null
                                    : String.join(
                                            ",",
                                            JACKSON2.convertValue(
                                                    configuration.path("cleanup.policy"), String[].class)))
                    .isEqualTo(spec.cleanupPolicy().orElse(null));

            for (String action : List.of("send", "receive")) {
                JsonNode operation = document.path("operations").path(action + "." + binding.topic());
                assertThat(operation.path("action").asText()).isEqualTo(action);
                assertThat(operation.path("channel").path("$ref").asText()).isEqualTo("#/channels/" + binding.topic());
            }
        }
        assertThat(eventsByTopic.get("family.parcels")).hasSizeGreaterThan(1);
        for (JsonNode document : List.of(main, test)) {
            for (Map.Entry<String, JsonNode> channel : document.path("channels").properties()) {
                assertThat(channel.getValue().path("messages").size())
                        .as(channel.getKey())
                        .isEqualTo(eventsByTopic.get(channel.getKey()).size());
            }
        }
    }

    @Test
    void everyRefIsLocal() throws IOException {
        for (Path document : List.of(MAIN, TEST)) {
            List<String> refs = new ArrayList<>();
            collectRefs(JACKSON2.readTree(document.toFile()), refs);
            assertThat(refs).isNotEmpty().allMatch(ref -> ref.startsWith("#/"));
            JsonNode tree = JACKSON2.readTree(document.toFile());
            for (String ref : refs) {
                assertThat(resolve(tree, ref).isMissingNode()).as(ref).isFalse();
            }
        }
    }

    private static JsonNode message(JsonNode document, JsonNode channel, String eventType) {
        for (JsonNode message : channel.path("messages")) {
            JsonNode resolved = resolve(document, message.path("$ref").asText());
            if (resolved.path("name").asText().equals(eventType)) {
                return resolved;
            }
        }
        throw new AssertionError("no message named '" + eventType + "' in " + channel);
    }

    private static JsonNode resolve(JsonNode document, String ref) {
        assertThat(ref).startsWith("#/");
        JsonNode node = document;
        for (String part : ref.substring(2).split("/")) {
            node = node.path(part.replace("~1", "/").replace("~0", "~"));
        }
        return node;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject() && node.has("$ref")) {
            refs.add(node.get("$ref").asText());
        }
        node.elements().forEachRemaining(child -> collectRefs(child, refs));
    }

    private static Run validate(String... documents) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", "validate.cjs"));
        command.addAll(List.of(documents));
        return run(command, 300);
    }

    private record Run(int exit, String output) {}

    private static Run run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .directory(PARSER.toFile())
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish in " + timeoutSeconds + " s");
        }
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private static JsonNode eventSchema(TopicBinding<?, ?> binding) throws IOException {
        String path = "META-INF/eventrecords/schemas/" + binding.eventType() + ".json";
        try (var in = AsyncApiDocumentTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }
}
