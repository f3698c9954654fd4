package dev.eventrecords.kafka.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

/** The registry configuration, read under the names Confluent's serializers read. */
class SchemaRegistryConfigTest {

    @Test
    void theDefaultsAreConfluents() {
        SchemaRegistryConfig config = SchemaRegistryConfig.of(Map.of("schema.registry.url", "http://registry:8081/"));

        assertThat(config.urls()).containsExactly(URI.create("http://registry:8081"));
        assertThat(config.userInfo()).isEmpty();
        assertThat(config.autoRegister()).isTrue();
        assertThat(config.useLatestVersion()).isFalse();
        assertThat(config.strategy(false)).isEqualTo(SubjectNameStrategy.TOPIC);
        assertThat(config.strategy(true)).isEqualTo(SubjectNameStrategy.TOPIC);
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.maxRetries()).isEqualTo(3);
    }

    @Test
    void readsEveryEntry() {
        SchemaRegistryConfig config = SchemaRegistryConfig.of(Map.ofEntries(
                Map.entry("schema.registry.url", "http://a:8081, https://b:8443/apis/ccompat/v7"),
                Map.entry("basic.auth.credentials.source", "USER_INFO"),
                Map.entry("basic.auth.user.info", "fred:s3cret"),
                Map.entry("auto.register.schemas", false),
                Map.entry("use.latest.version", "true"),
                Map.entry("key.subject.name.strategy", "topic-record"),
                Map.entry("value.subject.name.strategy", "io.confluent.kafka.serializers.subject.RecordNameStrategy"),
                Map.entry("http.connect.timeout.ms", 1000),
                Map.entry("http.read.timeout.ms", "2000"),
                Map.entry("max.retries", 0),
                Map.entry("retries.wait.ms", 5),
                Map.entry("retries.max.wait.ms", 50)));

        assertThat(config.urls())
                .containsExactly(URI.create("http://a:8081"), URI.create("https://b:8443/apis/ccompat/v7"));
        assertThat(config.userInfo()).hasValue("fred:s3cret");
        assertThat(config.autoRegister()).isFalse();
        assertThat(config.useLatestVersion()).isTrue();
        assertThat(config.keyStrategy()).isEqualTo(SubjectNameStrategy.TOPIC_RECORD);
        assertThat(config.valueStrategy()).isEqualTo(SubjectNameStrategy.RECORD);
        assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.retryMaxWait()).isEqualTo(Duration.ofMillis(50));
        assertThat(config.toString()).doesNotContain("s3cret");
    }

    @Test
    void theSubjectsAreConfluents() {
        assertThat(SubjectNameStrategy.TOPIC.subject("orders", "com.acme.OrderPlaced", false))
                .isEqualTo("orders-value");
        assertThat(SubjectNameStrategy.TOPIC.subject("orders", "com.acme.OrderPlaced", true))
                .isEqualTo("orders-key");
        assertThat(SubjectNameStrategy.RECORD.subject("orders", "com.acme.OrderPlaced", false))
                .isEqualTo("com.acme.OrderPlaced");
        assertThat(SubjectNameStrategy.TOPIC_RECORD.subject("orders", "com.acme.OrderPlaced", false))
                .isEqualTo("orders-com.acme.OrderPlaced");
    }

    @Test
    void aMissingOrBadEntryIsAConfigErrorNamingIt() {
        assertThatThrownBy(() -> SchemaRegistryConfig.of(Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("schema.registry.url");
        assertThatThrownBy(() -> SchemaRegistryConfig.of(Map.of("schema.registry.url", "registry:8081")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("http:// or https://");
        for (Map.Entry<String, String> bad : List.of(
                Map.entry("auto.register.schemas", "yes"),
                Map.entry("value.subject.name.strategy", "com.acme.MyStrategy"),
                Map.entry("max.retries", "-1"),
                Map.entry("basic.auth.credentials.source", "SASL_INHERIT"))) {
            assertThatThrownBy(() -> SchemaRegistryConfig.of(
                            Map.of("schema.registry.url", "http://r:8081", bad.getKey(), bad.getValue())))
                    .as(bad.getKey())
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining(bad.getKey());
        }
        assertThatThrownBy(() -> SchemaRegistryConfig.of(Map.of(
                        "schema.registry.url", "http://r:8081",
                        "basic.auth.credentials.source", "USER_INFO",
                        "basic.auth.user.info", "s3cret")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("basic.auth.user.info")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void aStrategyIsNamedByConfluentsClassItsSimpleNameOrOurs() {
        for (SubjectNameStrategy strategy : SubjectNameStrategy.values()) {
            assertThat(SubjectNameStrategy.parse(strategy.confluentClass())).hasValue(strategy);
            assertThat(SubjectNameStrategy.parse(strategy.confluentClass()
                            .substring(strategy.confluentClass().lastIndexOf('.') + 1)))
                    .hasValue(strategy);
            assertThat(SubjectNameStrategy.parse(
                            strategy.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')))
                    .hasValue(strategy);
        }
        assertThat(SubjectNameStrategy.parse("Topic")).isEqualTo(Optional.of(SubjectNameStrategy.TOPIC));
    }
}
