package dev.eventrecords.kafka.avro;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A client of the Confluent schema registry REST API ({@code /subjects/{subject}/versions}, {@code
 * /schemas/ids/{id}}, {@code /config}, {@code /compatibility/subjects/{subject}/versions/latest}), as Confluent's
 * registries and Apicurio's Confluent-compatible API ({@code /apis/ccompat/v7}) serve it, configured as Confluent's
 * serializers are ({@link SchemaRegistryConfig}). It needs only the JDK's {@link HttpClient} and Jackson's streaming
 * parser.
 *
 * <p>What cannot change is cached for the client's life: a schema by its id, the id of a schema registered or looked
 * up under a subject, and, with {@code use.latest.version}, a subject's latest id. An answer that something does not
 * exist is not cached: it may exist soon. A request the registry does not answer (no connection, a timeout, a 5xx or
 * 429 status) is retried after a growing wait, on each configured URL in turn; a refusal (any other 4xx) is not.
 * Every failure is a {@link SchemaRegistryException}.
 *
 * <p>Thread-safe: serializers of many threads share one client. Calls block for the registry's answer.
 */
public final class SchemaRegistryClient {

    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final String ACCEPT =
            "application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json, application/json";
    /** A registry's answer larger than this is refused: a schema is kilobytes. */
    private static final int MAX_RESPONSE = 16 << 20;
    /** How much of a registry's error message a message repeats. */
    private static final int MAX_QUOTED = 500;

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final SchemaRegistryConfig config;
    private final HttpClient http;
    private final Optional<String> authorization;
    private final Map<Integer, String> schemasById = new ConcurrentHashMap<>();
    private final Map<String, Integer> idsBySubjectAndSchema = new ConcurrentHashMap<>();
    private final Map<String, Integer> latestIdsBySubject = new ConcurrentHashMap<>();

    /** A client of the registry the configuration names. */
    public SchemaRegistryClient(SchemaRegistryConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.authorization = config.userInfo()
                .map(info -> "Basic " + Base64.getEncoder().encodeToString(info.getBytes(StandardCharsets.UTF_8)));
    }

    /** The configuration the client was made with. */
    public SchemaRegistryConfig config() {
        return config;
    }

    /**
     * The id a serializer frames a value of this schema with: under the subject its strategy names, the registered id
     * ({@code auto.register.schemas}), else the subject's latest ({@code use.latest.version}), else the id of this
     * schema, looked up.
     *
     * @param topic the topic written to
     * @param recordFullName the full name of the schema's record
     * @param schema the schema text
     * @param key whether the value is the record key
     */
    public int serializerId(String topic, String recordFullName, String schema, boolean key) {
        String subject = config.strategy(key).subject(topic, recordFullName, key);
        if (config.autoRegister()) {
            return register(subject, schema);
        }
        if (config.useLatestVersion()) {
            Integer cached = latestIdsBySubject.get(subject);
            if (cached != null) {
                return cached;
            }
            int id = latest(subject).id();
            latestIdsBySubject.putIfAbsent(subject, id);
            return id;
        }
        return lookup(subject, schema);
    }

    /** Registers a schema under a subject, or finds it registered already, and returns its id. */
    public int register(String subject, String schema) {
        String cacheKey = subject + '\u0000' + schema;
        Integer cached = idsBySubjectAndSchema.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        Map<String, Object> answer = send(
                "POST",
                "/subjects/" + segment(subject) + "/versions",
                schemaBody(schema),
                "registering a schema under subject '" + subject + "'");
        int id = integer(answer, "id", "registering under subject '" + subject + "'");
        idsBySubjectAndSchema.putIfAbsent(cacheKey, id);
        schemasById.putIfAbsent(id, schema);
        return id;
    }

    /**
     * The id of a schema registered under a subject.
     *
     * @throws SchemaRegistryException {@link SchemaRegistryException#notFound() not found} when the subject does not
     *     hold it
     */
    public int lookup(String subject, String schema) {
        String cacheKey = subject + '\u0000' + schema;
        Integer cached = idsBySubjectAndSchema.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        Map<String, Object> answer = send(
                "POST",
                "/subjects/" + segment(subject),
                schemaBody(schema),
                "looking up a schema under subject '" + subject + "'");
        int id = integer(answer, "id", "looking up under subject '" + subject + "'");
        idsBySubjectAndSchema.putIfAbsent(cacheKey, id);
        schemasById.putIfAbsent(id, schema);
        return id;
    }

    /** The latest schema registered under a subject; not cached. */
    public RegisteredSchema latest(String subject) {
        return version(subject, "latest");
    }

    /** One version of a subject's schema ({@code "latest"} or its number); not cached. */
    public RegisteredSchema version(String subject, String version) {
        String what = "reading version " + version + " of subject '" + subject + "'";
        Map<String, Object> answer =
                send("GET", "/subjects/" + segment(subject) + "/versions/" + segment(version), null, what);
        RegisteredSchema found = new RegisteredSchema(
                subject, integer(answer, "version", what), integer(answer, "id", what), string(answer, "schema", what));
        schemasById.putIfAbsent(found.id(), found.schema());
        return found;
    }

    /** The versions registered under a subject, in order. */
    public List<Integer> versions(String subject) {
        String what = "listing the versions of subject '" + subject + "'";
        Object answer = sendForValue("GET", "/subjects/" + segment(subject) + "/versions", null, what);
        List<Integer> versions = new ArrayList<>();
        if (answer instanceof List<?> list) {
            for (Object v : list) {
                if (v instanceof Long n) {
                    versions.add(n.intValue());
                }
            }
            return versions;
        }
        throw malformed(what, "not a list of versions");
    }

    /**
     * The schema a registry id stands for, fetched once per id.
     *
     * @throws SchemaRegistryException {@link SchemaRegistryException#notFound() not found} for an id the registry does
     *     not know
     */
    public String schema(int id) {
        String cached = schemasById.get(id);
        if (cached != null) {
            return cached;
        }
        String what = "reading the schema of id " + id;
        String schema = string(send("GET", "/schemas/ids/" + id, null, what), "schema", what);
        schemasById.putIfAbsent(id, schema);
        return schema;
    }

    /** The compatibility level of a subject, or the registry's default for an empty subject. */
    public String compatibility(Optional<String> subject) {
        String what = "reading the compatibility level"
                + subject.map(s -> " of subject '" + s + "'").orElse("");
        Map<String, Object> answer =
                send("GET", "/config" + subject.map(s -> "/" + segment(s)).orElse(""), null, what);
        Object level = answer.containsKey("compatibilityLevel")
                ? answer.get("compatibilityLevel")
                : answer.get("compatibility");
        if (level instanceof String text) {
            return text;
        }
        throw malformed(what, "no 'compatibilityLevel'");
    }

    /**
     * Sets the compatibility level of a subject, or the registry's default for an empty subject.
     *
     * @param level {@code NONE}, {@code BACKWARD}, {@code BACKWARD_TRANSITIVE}, {@code FORWARD}, {@code FULL}, ...
     */
    public void setCompatibility(Optional<String> subject, String level) {
        String what = "setting the compatibility level"
                + subject.map(s -> " of subject '" + s + "'").orElse("");
        send(
                "PUT",
                "/config" + subject.map(s -> "/" + segment(s)).orElse(""),
                json(out -> out.writeStringProperty("compatibility", level)),
                what);
    }

    /** Whether a schema may be registered under a subject, judged against its latest version. */
    public CompatibilityCheck checkCompatibility(String subject, String schema) {
        String what = "checking a schema's compatibility with subject '" + subject + "'";
        Map<String, Object> answer = send(
                "POST",
                "/compatibility/subjects/" + segment(subject) + "/versions/latest?verbose=true",
                schemaBody(schema),
                what);
        if (!(answer.get("is_compatible") instanceof Boolean compatible)) {
            throw malformed(what, "no 'is_compatible'");
        }
        List<String> messages = new ArrayList<>();
        if (answer.get("messages") instanceof List<?> list) {
            list.forEach(m -> messages.add(String.valueOf(m)));
        }
        if (answer.get("reason") instanceof String reason) {
            messages.add(reason);
        }
        return new CompatibilityCheck(compatible, compatible ? List.of() : messages);
    }

    private static String schemaBody(String schema) {
        return json(out -> out.writeStringProperty("schema", schema));
    }

    private static String json(java.util.function.Consumer<JsonGenerator> fields) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = JSON.createGenerator(ObjectWriteContext.empty(), text)) {
            out.writeStartObject();
            fields.accept(out);
            out.writeEndObject();
        }
        return text.toString();
    }

    private Map<String, Object> send(String method, String path, String body, String what) {
        Object value = sendForValue(method, path, body, what);
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) map;
            return object;
        }
        throw malformed(what, "not a JSON object");
    }

    /** Sends a request, retrying what the registry did not answer, and returns the answer's JSON value. */
    private Object sendForValue(String method, String path, String body, String what) {
        Exception last = null;
        Duration wait = config.retryWait();
        for (int attempt = 0; attempt <= config.maxRetries(); attempt++) {
            if (attempt > 0) {
                sleep(wait, what);
                wait = min(wait.multipliedBy(2), config.retryMaxWait());
            }
            for (URI base : config.urls()) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(config.readTimeout())
                        .header("Accept", ACCEPT)
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
                if (body != null) {
                    request.header("Content-Type", CONTENT_TYPE);
                }
                authorization.ifPresent(a -> request.header("Authorization", a));
                HttpResponse<InputStream> response;
                String text;
                try {
                    response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
                    text = read(response, what);
                } catch (HttpTimeoutException e) {
                    last = e;
                    continue;
                } catch (IOException e) {
                    last = e;
                    continue;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SchemaRegistryException("interrupted while " + what, 0, 0, e);
                }
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return parse(text, what);
                }
                SchemaRegistryException refusal = refusal(status, text, method, base + path, what);
                if (status >= 500 || status == 429) {
                    last = refusal;
                    continue;
                }
                throw refusal;
            }
        }
        if (last instanceof SchemaRegistryException refusal) {
            throw refusal;
        }
        throw new SchemaRegistryException(
                "the schema registry at " + config.urls() + " could not be reached while " + what + " after "
                        + (config.maxRetries() + 1) + " attempts: " + last,
                0,
                0,
                last);
    }

    private static String read(HttpResponse<InputStream> response, String what) throws IOException {
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes(MAX_RESPONSE + 1);
            if (bytes.length > MAX_RESPONSE) {
                throw new SchemaRegistryException(
                        "the schema registry's answer to " + what + " is larger than " + MAX_RESPONSE + " bytes",
                        response.statusCode(),
                        0,
                        null);
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static SchemaRegistryException refusal(int status, String text, String method, String url, String what) {
        int errorCode = 0;
        String message = text;
        try {
            if (parse(text, what) instanceof Map<?, ?> error) {
                if (error.get("error_code") instanceof Long code) {
                    errorCode = code.intValue();
                }
                if (error.get("message") instanceof String m) {
                    message = m;
                }
            }
        } catch (SchemaRegistryException notJson) {
            // the body as it is
        }
        return new SchemaRegistryException(
                "the schema registry refused " + what + " (" + method + " " + url + "): HTTP " + status
                        + (errorCode == 0 ? "" : ", error " + errorCode) + ": " + bounded(message),
                status,
                errorCode,
                null);
    }

    /** Reads a JSON answer into maps, lists, strings, longs, doubles, booleans and nulls. */
    private static Object parse(String text, String what) {
        try {
            return JsonTree.parse(text, 32);
        } catch (IllegalArgumentException e) {
            throw malformed(what, bounded(e.getMessage()));
        }
    }

    private static int integer(Map<String, Object> answer, String name, String what) {
        if (answer.get(name) instanceof Long n && n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE) {
            return n.intValue();
        }
        throw malformed(what, "no integer '" + name + "'");
    }

    private static String string(Map<String, Object> answer, String name, String what) {
        if (answer.get(name) instanceof String s) {
            return s;
        }
        throw malformed(what, "no string '" + name + "'");
    }

    private static SchemaRegistryException malformed(String what, String problem) {
        return new SchemaRegistryException(
                "the schema registry's answer to " + what + " is not what its API says: " + problem, 0, 0, null);
    }

    /** A path segment, percent-encoded: a subject is free text ({@code com.acme/orders-value}). */
    private static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String bounded(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "...";
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void sleep(Duration wait, String what) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException("interrupted while " + what, 0, 0, e);
        }
    }
}
