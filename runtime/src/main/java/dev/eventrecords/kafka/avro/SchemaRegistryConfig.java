package dev.eventrecords.kafka.avro;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigException;

/**
 * How to reach a Confluent-compatible schema registry and which schema a serializer uses, read from a Kafka client's
 * configuration under the names Confluent's serializers read:
 *
 * <ul>
 *   <li>{@code schema.registry.url}: one URL or several, comma-separated; a request that cannot reach one tries the
 *       next. Required.
 *   <li>{@code basic.auth.credentials.source}: {@code URL} (the default: the URL's {@code user:password@}, if any) or
 *       {@code USER_INFO}, then {@code basic.auth.user.info} ({@code user:password}) is sent as HTTP basic
 *       authentication.
 *   <li>{@code auto.register.schemas} ({@code true}): whether a serializer registers its schema; when not, it looks the
 *       schema up and fails if the subject does not hold it.
 *   <li>{@code use.latest.version} ({@code false}): whether a serializer writes with the subject's latest schema id
 *       rather than its own schema's; only with {@code auto.register.schemas=false}, as Confluent's does.
 *   <li>{@code key.subject.name.strategy}, {@code value.subject.name.strategy}: see {@link SubjectNameStrategy}; the
 *       topic strategy by default.
 *   <li>{@code http.connect.timeout.ms}, {@code http.read.timeout.ms} (60000 each): how long to wait to connect and for
 *       a response.
 *   <li>{@code max.retries} (3), {@code retries.wait.ms} (1000), {@code retries.max.wait.ms} (20000): a request the
 *       registry could not answer (no connection, a timeout, a 5xx or 429 status) is retried that many times, waiting
 *       twice as long each time from the first wait up to the longest.
 * </ul>
 *
 * @param urls the registry's base URLs, without credentials
 * @param userInfo the {@code user:password} of basic authentication, if any
 * @param autoRegister {@code auto.register.schemas}
 * @param useLatestVersion {@code use.latest.version}
 * @param keyStrategy {@code key.subject.name.strategy}
 * @param valueStrategy {@code value.subject.name.strategy}
 * @param connectTimeout {@code http.connect.timeout.ms}
 * @param readTimeout {@code http.read.timeout.ms}
 * @param maxRetries {@code max.retries}
 * @param retryWait {@code retries.wait.ms}
 * @param retryMaxWait {@code retries.max.wait.ms}
 */
public record SchemaRegistryConfig(
        List<URI> urls,
        Optional<String> userInfo,
        boolean autoRegister,
        boolean useLatestVersion,
        SubjectNameStrategy keyStrategy,
        SubjectNameStrategy valueStrategy,
        Duration connectTimeout,
        Duration readTimeout,
        int maxRetries,
        Duration retryWait,
        Duration retryMaxWait) {

    public static final String URL = "schema.registry.url";
    public static final String CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    public static final String USER_INFO = "basic.auth.user.info";
    public static final String AUTO_REGISTER = "auto.register.schemas";
    public static final String USE_LATEST_VERSION = "use.latest.version";
    public static final String KEY_STRATEGY = "key.subject.name.strategy";
    public static final String VALUE_STRATEGY = "value.subject.name.strategy";
    public static final String CONNECT_TIMEOUT = "http.connect.timeout.ms";
    public static final String READ_TIMEOUT = "http.read.timeout.ms";
    public static final String MAX_RETRIES = "max.retries";
    public static final String RETRY_WAIT = "retries.wait.ms";
    public static final String RETRY_MAX_WAIT = "retries.max.wait.ms";

    public SchemaRegistryConfig {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("a schema registry needs a URL");
        }
    }

    /**
     * Reads the configuration a Kafka client was given.
     *
     * @throws ConfigException naming the entry when one is missing or has a value that means nothing
     */
    public static SchemaRegistryConfig of(Map<String, ?> configs) {
        Object url = configs.get(URL);
        if (url == null || url.toString().isBlank()) {
            throw new ConfigException(URL, url, "a schema registry's URL is required, such as http://localhost:8081");
        }
        List<URI> urls = new ArrayList<>();
        Optional<String> urlUserInfo = Optional.empty();
        for (String text : url.toString().split(",")) {
            URI uri = uri(text.trim());
            if (uri.getUserInfo() != null) {
                urlUserInfo = Optional.of(uri.getUserInfo());
            }
            urls.add(withoutUserInfo(uri));
        }
        String source = text(configs, CREDENTIALS_SOURCE, "URL").toUpperCase(Locale.ROOT);
        Optional<String> userInfo = switch (source) {
            case "URL" -> urlUserInfo;
            case "USER_INFO" -> {
                String info = text(configs, USER_INFO, "");
                if (info.indexOf(':') < 0) {
                    throw new ConfigException(USER_INFO, "(hidden)", "basic authentication needs 'user:password'");
                }
                yield Optional.of(info);
            }
            default -> throw new ConfigException(CREDENTIALS_SOURCE, source, "valid values are 'URL' and 'USER_INFO'");
        };
        return new SchemaRegistryConfig(
                urls,
                userInfo,
                flag(configs, AUTO_REGISTER, true),
                flag(configs, USE_LATEST_VERSION, false),
                strategy(configs, KEY_STRATEGY),
                strategy(configs, VALUE_STRATEGY),
                Duration.ofMillis(number(configs, CONNECT_TIMEOUT, 60_000, 1)),
                Duration.ofMillis(number(configs, READ_TIMEOUT, 60_000, 1)),
                (int) number(configs, MAX_RETRIES, 3, 0),
                Duration.ofMillis(number(configs, RETRY_WAIT, 1_000, 0)),
                Duration.ofMillis(number(configs, RETRY_MAX_WAIT, 20_000, 0)));
    }

    /** The strategy for keys or for values. */
    public SubjectNameStrategy strategy(boolean key) {
        return key ? keyStrategy : valueStrategy;
    }

    @Override
    public String toString() {
        // never the credentials
        return "SchemaRegistryConfig[urls=" + urls + ", basic auth " + (userInfo.isPresent() ? "on" : "off")
                + ", autoRegister=" + autoRegister + ", useLatestVersion=" + useLatestVersion + "]";
    }

    private static URI uri(String text) {
        try {
            URI uri = new URI(text);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new ConfigException(URL, text, "a schema registry's URL is http:// or https:// and a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigException(URL, text, "not a URL: " + e.getMessage());
        }
    }

    private static URI withoutUserInfo(URI uri) {
        try {
            String path = uri.getPath() == null || uri.getPath().equals("/") ? "" : uri.getPath();
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), path.replaceAll("/+$", ""), null, null);
        } catch (URISyntaxException e) {
            throw new ConfigException(URL, uri.toString(), "not a URL: " + e.getMessage());
        }
    }

    private static String text(Map<String, ?> configs, String name, String fallback) {
        Object value = configs.get(name);
        return value == null ? fallback : value.toString().trim();
    }

    private static boolean flag(Map<String, ?> configs, String name, boolean fallback) {
        Object value = configs.get(name);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String text = value.toString().trim();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new ConfigException(name, value, "valid values are 'true' and 'false'");
    }

    private static long number(Map<String, ?> configs, String name, long fallback, long least) {
        Object value = configs.get(name);
        if (value == null) {
            return fallback;
        }
        long number;
        try {
            number = value instanceof Number n
                    ? n.longValue()
                    : Long.parseLong(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new ConfigException(name, value, "not a whole number");
        }
        if (number < least || number > Integer.MAX_VALUE) {
            throw new ConfigException(name, value, "valid values are " + least + " to " + Integer.MAX_VALUE);
        }
        return number;
    }

    private static SubjectNameStrategy strategy(Map<String, ?> configs, String name) {
        Object value = configs.get(name);
        if (value == null) {
            return SubjectNameStrategy.TOPIC;
        }
        String text = value instanceof Class<?> c ? c.getName() : value.toString();
        return SubjectNameStrategy.parse(text)
                .orElseThrow(
                        () -> new ConfigException(
                                name,
                                value,
                                "valid values are Confluent's TopicNameStrategy, RecordNameStrategy and"
                                        + " TopicRecordNameStrategy (their class or simple names) or topic, record, topic-record"));
    }
}
