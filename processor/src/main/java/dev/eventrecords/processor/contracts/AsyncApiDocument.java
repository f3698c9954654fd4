package dev.eventrecords.processor.contracts;

import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.model.RecordModel;
import dev.eventrecords.processor.model.TopicSpecModel;
import dev.eventrecords.processor.model.WireFormat;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The AsyncAPI 3.0 document of a compilation's catalogue: one channel per topic (its address is the topic, a family's
 * members are its messages), one message per event ({@code name} is the event type, the payload its JSON Schema, the
 * headers the CloudEvents headers the serializer writes), a {@code send} and a {@code receive} operation per channel,
 * and the Kafka bindings (channel: topic, partitions, replicas, {@code retention.ms} and {@code cleanup.policy} as the
 * spec gives them; message: the key's schema). Every {@code $ref} is local: the records' schemas are in
 * {@code components.schemas}, and an event's payload refers to its own there.
 */
public final class AsyncApiDocument {

    /** The Kafka bindings' version this document follows. */
    static final String KAFKA_BINDING = "0.5.0";

    private final JsonSchemas schemas;

    public AsyncApiDocument(JsonSchemas schemas) {
        this.schemas = schemas;
    }

    /** The document for the events, in a deterministic order (topics, then event types, sorted). */
    public Map<String, Object> document(List<EventModel> events, String title, String version) {
        List<EventModel> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(EventModel::topic).thenComparing(EventModel::type));
        Names names = new Names(sorted);
        Function<String, String> refs = record -> "#/components/schemas/" + names.schema(record);

        Map<String, List<EventModel>> byTopic = new TreeMap<>();
        for (EventModel event : sorted) {
            byTopic.computeIfAbsent(event.topic(), t -> new ArrayList<>()).add(event);
        }
        Map<String, Object> channels = new LinkedHashMap<>();
        Map<String, Object> operations = new LinkedHashMap<>();
        for (Map.Entry<String, List<EventModel>> topic : byTopic.entrySet()) {
            String channel = names.channel(topic.getKey());
            channels.put(channel, channel(topic.getKey(), topic.getValue(), names));
            for (String action : List.of("send", "receive")) {
                operations.put(action + "." + channel, operation(action, channel, topic.getValue(), names));
            }
        }
        Map<String, Object> messages = new LinkedHashMap<>();
        Map<String, Object> componentSchemas = new TreeMap<>();
        for (EventModel event : sorted) {
            messages.put(names.message(event), message(event, refs));
            List<RecordModel> records = new ArrayList<>();
            records.add(event.record());
            records.addAll(event.nested());
            for (RecordModel record : records) {
                componentSchemas.computeIfAbsent(
                        names.schema(JsonSchemas.name(record)), name -> schemas.record(record, refs));
            }
        }
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("messages", messages);
        components.put("schemas", componentSchemas);

        Map<String, Object> info = new LinkedHashMap<>();
        info.put("title", title);
        info.put("version", version);
        info.put("description", "The events of this build, as their generated serializers write them.");
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("asyncapi", "3.0.0");
        document.put("info", info);
        document.put("defaultContentType", "application/json");
        document.put("channels", channels);
        document.put("operations", operations);
        document.put("components", components);
        return document;
    }

    private static Map<String, Object> channel(String topic, List<EventModel> events, Names names) {
        Map<String, Object> messages = new LinkedHashMap<>();
        for (EventModel event : events) {
            messages.put(names.message(event), ref("#/components/messages/" + names.message(event)));
        }
        Map<String, Object> channel = new LinkedHashMap<>();
        channel.put("address", topic);
        channel.put("messages", messages);
        channel.put(
                "bindings", Map.of("kafka", topicBinding(topic, events.get(0).effectiveSpec())));
        return channel;
    }

    private static Map<String, Object> topicBinding(String topic, TopicSpecModel spec) {
        Map<String, Object> binding = new LinkedHashMap<>();
        binding.put("topic", topic);
        if (spec.partitions() > 0) {
            binding.put("partitions", spec.partitions());
        }
        if (spec.replicationFactor() > 0) {
            binding.put("replicas", spec.replicationFactor());
        }
        Map<String, Object> configuration = new LinkedHashMap<>();
        if (!spec.retention().isBlank()) {
            try {
                configuration.put(
                        "retention.ms", Duration.parse(spec.retention().trim()).toMillis());
            } catch (DateTimeParseException | ArithmeticException e) {
                // the topic-spec rule reports a retention that is not a duration
            }
        }
        if (!spec.cleanupPolicy().isBlank()) {
            configuration.put(
                    "cleanup.policy",
                    Arrays.stream(spec.cleanupPolicy().replace(" ", "").split(","))
                            .map(p -> (Object) p)
                            .toList());
        }
        if (!configuration.isEmpty()) {
            binding.put("topicConfiguration", configuration);
        }
        binding.put("bindingVersion", KAFKA_BINDING);
        return binding;
    }

    private static Map<String, Object> operation(String action, String channel, List<EventModel> events, Names names) {
        List<Object> messages = new ArrayList<>();
        for (EventModel event : events) {
            messages.add(ref("#/channels/" + channel + "/messages/" + names.message(event)));
        }
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("action", action);
        operation.put("channel", ref("#/channels/" + channel));
        operation.put(
                "summary", (action.equals("send") ? "Publishes" : "Consumes") + " the events of '" + channel + "'.");
        operation.put("messages", messages);
        return operation;
    }

    private Map<String, Object> message(EventModel event, Function<String, String> refs) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("name", event.type());
        message.put("title", JsonSchemas.simpleNames(event.element()));
        message.put("contentType", contentType(event));
        message.put("headers", headers(event));
        message.put("payload", ref(refs.apply(JsonSchemas.name(event.record()))));
        Map<String, Object> binding = new LinkedHashMap<>();
        binding.put("key", key(event, refs));
        binding.put("bindingVersion", KAFKA_BINDING);
        message.put("bindings", Map.of("kafka", binding));
        return message;
    }

    /** The key's schema: the {@code @Key} component's, as its property; a null key without one. */
    private Map<String, Object> key(EventModel event, Function<String, String> refs) {
        return event.key().map(k -> schemas.component(event.record(), k, refs)).orElseGet(() -> {
            Map<String, Object> none = new LinkedHashMap<>();
            none.put("type", "null");
            none.put("description", "The event has no @Key: the record key is null.");
            return none;
        });
    }

    /** The CloudEvents headers (Kafka binding, binary mode) the serializer writes with every value. */
    private static Map<String, Object> headers(EventModel event) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("ce_specversion", constant("1.0"));
        properties.put("ce_id", described("string", "Unique per record."));
        properties.put("ce_source", constant("/topics/" + event.topic()));
        properties.put("ce_type", constant(event.type()));
        Map<String, Object> time = described("string", "The event time, or the time of writing without @EventTime.");
        time.put("format", "date-time");
        properties.put("ce_time", time);
        properties.put("content-type", constant(contentType(event)));
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("type", "object");
        headers.put("properties", properties);
        headers.put("required", new ArrayList<Object>(properties.keySet()));
        return headers;
    }

    /** The media type of an event's value: JSON, or Avro through a schema registry. */
    private static String contentType(EventModel event) {
        return event.format() == WireFormat.AVRO ? "application/avro" : "application/json";
    }

    private static Map<String, Object> constant(String value) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "string");
        schema.put("const", value);
        return schema;
    }

    private static Map<String, Object> described(String type, String description) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", type);
        schema.put("description", description);
        return schema;
    }

    private static Map<String, Object> ref(String target) {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("$ref", target);
        return ref;
    }

    /**
     * The document's keys, worked out once. Component keys may hold only {@code A-Za-z0-9._-}: anything else becomes
     * {@code _}, and a key that two things would share gets a number.
     */
    private static final class Names {
        private final Map<String, String> messages = new HashMap<>();
        private final Map<String, String> schemas = new HashMap<>();
        private final Map<String, String> channels = new HashMap<>();

        Names(List<EventModel> events) {
            Map<String, String> usedMessages = new HashMap<>();
            Map<String, String> usedSchemas = new HashMap<>();
            Map<String, String> usedChannels = new HashMap<>();
            Map<String, Integer> simpleUses = new HashMap<>();
            Map<String, String> simple = new LinkedHashMap<>();
            for (EventModel event : events) {
                messages.put(event.type(), unique(safe(event.type()), event.type(), usedMessages));
                channels.computeIfAbsent(event.topic(), t -> unique(safe(t), t, usedChannels));
                List<RecordModel> records = new ArrayList<>();
                records.add(event.record());
                records.addAll(event.nested());
                for (RecordModel record : records) {
                    if (simple.putIfAbsent(JsonSchemas.name(record), JsonSchemas.simpleNames(record.element()))
                            == null) {
                        simpleUses.merge(JsonSchemas.simpleNames(record.element()), 1, Integer::sum);
                    }
                }
            }
            simple.forEach((name, simpleName) -> schemas.put(
                    name, unique(safe(simpleUses.get(simpleName) > 1 ? name : simpleName), name, usedSchemas)));
        }

        String message(EventModel event) {
            return messages.get(event.type());
        }

        String schema(String record) {
            return schemas.get(record);
        }

        String channel(String topic) {
            return channels.get(topic);
        }

        private static String safe(String text) {
            return text.replaceAll("[^A-Za-z0-9._-]", "_");
        }

        private static String unique(String key, String owner, Map<String, String> used) {
            String candidate = key;
            for (int i = 2; used.containsKey(candidate) && !used.get(candidate).equals(owner); i++) {
                candidate = key + "_" + i;
            }
            used.put(candidate, owner);
            return candidate;
        }
    }
}
