package dev.eventrecords.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code eventrecords.*} properties are described three times: by {@link EventRecordsProperties}, by the metadata
 * that Spring Boot's configuration processor writes from it for IDEs, and by the README's table. They agree.
 */
class PropertiesMetadataTest {

    @Test
    void theMetadataDescribesEveryPropertyWithItsDefault() throws IOException {
        Map<String, JsonNode> properties = metadata();
        assertThat(properties)
                .containsOnlyKeys(
                        "eventrecords.topics.create",
                        "eventrecords.topics.dead-letters",
                        "eventrecords.producer.events",
                        "eventrecords.consumer.events",
                        "eventrecords.dead-letter.enabled",
                        "eventrecords.retry.attempts",
                        "eventrecords.retry.backoff",
                        "eventrecords.retry.max-backoff");
        properties.forEach((name, property) -> {
            assertThat(property.path("description").asString()).as(name).isNotBlank();
            assertThat(property.has("defaultValue")).as(name).isTrue();
        });
    }

    @Test
    void theReadmeTableListsTheMetadataWithItsDefaults() throws IOException {
        Map<String, String> documented = readmeTable();
        Map<String, String> described = new LinkedHashMap<>();
        metadata()
                .forEach((name, property) ->
                        described.put(name, property.get("defaultValue").asString()));
        assertThat(documented).containsExactlyInAnyOrderEntriesOf(described);
    }

    @Test
    void theDefaultsOfTheMetadataAreThoseThePropertiesClassBinds() throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        metadata()
                .forEach((name, property) ->
                        values.put(name, property.get("defaultValue").asString()));
        EventRecordsProperties bound = new Binder(new MapConfigurationPropertySource(values))
                .bind("eventrecords", EventRecordsProperties.class)
                .get();
        EventRecordsProperties defaults = new EventRecordsProperties();
        assertThat(bound).usingRecursiveComparison().isEqualTo(defaults);
    }

    private static Map<String, JsonNode> metadata() throws IOException {
        try (InputStream in =
                PropertiesMetadataTest.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("the configuration processor's metadata").isNotNull();
            JsonNode root = JsonMapper.builder().build().readTree(in);
            Map<String, JsonNode> properties = new LinkedHashMap<>();
            for (JsonNode property : root.get("properties")) {
                properties.put(property.get("name").asString(), property);
            }
            return properties;
        }
    }

    /** The rows after the README's {@code <!-- spring-properties -->} marker: property and default. */
    private static Map<String, String> readmeTable() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("<!-- spring-properties -->");
        assertThat(start).as("the README's properties table").isNotNegative();
        String table = readme.substring(start).split("\n\n", 2)[0];
        Matcher row = Pattern.compile("^\\| `([^`]+)` \\| `([^`]+)` \\|", Pattern.MULTILINE)
                .matcher(table);
        Map<String, String> rows = new LinkedHashMap<>();
        while (row.find()) {
            rows.put(row.group(1), row.group(2));
        }
        return rows;
    }
}
