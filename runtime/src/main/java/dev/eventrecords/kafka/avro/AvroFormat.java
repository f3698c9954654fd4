package dev.eventrecords.kafka.avro;

import dev.eventrecords.kafka.CloudEventHeaders;
import dev.eventrecords.kafka.EventReadException;
import dev.eventrecords.kafka.ValueFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.errors.SerializationException;

/**
 * An event's value in Avro through a Confluent-compatible schema registry: the registry's framing
 * ({@link ConfluentWireFormat}), then the binary encoding of a generated, reflection-free {@link AvroCodec}.
 *
 * <p><b>Writing</b> frames the value with the id its schema has in the registry, under the subject the configured
 * {@link SubjectNameStrategy} names, as Confluent's serializer does ({@code auto.register.schemas},
 * {@code use.latest.version}); the id is asked for once per topic. A registration the registry refuses as
 * incompatible names the change that breaks it, worked out from the subject's latest schema.
 *
 * <p><b>Reading</b> takes the writer's schema id from the value, fetches that schema once per id and resolves it
 * against this event's schema by Avro's rules ({@link SchemaResolution}), so values written by older and newer
 * versions of the record read. A value not in the registry's framing, an id the registry does not know, a registry
 * that cannot be reached or a writer's schema that does not resolve is a {@link SerializationException} naming the
 * topic, the event type and the id; a failure is never cached, so a registry that comes back is asked again.
 *
 * <p>Unconfigured, the format has no registry and refuses to write or read, saying to set
 * {@code schema.registry.url}; {@link #configured} reads the registry's settings from the client's properties
 * ({@link SchemaRegistryConfig}). Immutable and thread-safe; clients of one configuration share one
 * {@link SchemaRegistryClient} and its caches.
 *
 * @param <E> the event type
 */
public final class AvroFormat<E> implements ValueFormat<E> {

    private static final Map<SchemaRegistryConfig, SchemaRegistryClient> CLIENTS = new ConcurrentHashMap<>();

    private static final ThreadLocal<AvroWriter> WRITERS = ThreadLocal.withInitial(AvroWriter::new);

    private final AvroCodec<E> codec;
    private final String eventType;
    private final String schema;
    private final String recordFullName;
    private final boolean inFamily;
    private final SchemaRegistryClient client;
    private final boolean isKey;
    private final Map<String, Integer> idsByTopic = new ConcurrentHashMap<>();
    private final Map<Integer, SchemaResolution> resolutionsById = new ConcurrentHashMap<>();

    /**
     * An unconfigured format.
     *
     * @param codec the event's codec, generated from its record
     * @param eventType the event's logical type, named in messages
     * @param schema the event's Avro schema, as JSON, which the codec writes and reads
     * @throws IllegalArgumentException when the schema does not parse or is not a record's
     */
    public AvroFormat(AvroCodec<E> codec, String eventType, String schema) {
        this(codec, eventType, schema, fullName(schema), false, null, false);
    }

    private AvroFormat(
            AvroCodec<E> codec,
            String eventType,
            String schema,
            String recordFullName,
            boolean inFamily,
            SchemaRegistryClient client,
            boolean isKey) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.eventType = Objects.requireNonNull(eventType, "eventType");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.recordFullName = recordFullName;
        this.inFamily = inFamily;
        this.client = client;
        this.isKey = isKey;
    }

    private static String fullName(String schema) {
        if (SchemaTree.parse(schema) instanceof SchemaTree.RecordNode record) {
            return record.fullName;
        }
        throw new IllegalArgumentException("an event's Avro schema is a record's, not " + schema);
    }

    /**
     * This format as a member of an event family, whose members share a topic: unless the client's properties choose
     * a subject name strategy, it registers under {@link SubjectNameStrategy#TOPIC_RECORD} ({@code
     * <topic>-<record full name>}), so that each member's schema evolves apart.
     *
     * @return the format for a family member
     */
    public AvroFormat<E> inFamily() {
        return new AvroFormat<>(codec, eventType, schema, recordFullName, true, client, isKey);
    }

    /**
     * The event's Avro schema.
     *
     * @return the schema, as JSON
     */
    public String schema() {
        return schema;
    }

    @Override
    public String contentType() {
        return CloudEventHeaders.AVRO;
    }

    /**
     * This format with a schema registry, configured as Confluent's serializers are.
     *
     * @throws org.apache.kafka.common.config.ConfigException when {@code schema.registry.url} is missing or a setting
     *     is invalid
     */
    @Override
    public AvroFormat<E> configured(Map<String, ?> configs, boolean isKey) {
        Map<String, Object> effective = new HashMap<>(configs);
        String strategy = isKey ? SchemaRegistryConfig.KEY_STRATEGY : SchemaRegistryConfig.VALUE_STRATEGY;
        if (inFamily && effective.get(strategy) == null) {
            effective.put(strategy, SubjectNameStrategy.TOPIC_RECORD.confluentClass());
        }
        SchemaRegistryClient shared =
                CLIENTS.computeIfAbsent(SchemaRegistryConfig.of(effective), SchemaRegistryClient::new);
        return new AvroFormat<>(codec, eventType, schema, recordFullName, inFamily, shared, isKey);
    }

    @Override
    public byte[] write(String topic, E event) {
        SchemaRegistryClient registry = registry("serialize", "for", topic);
        Integer id = idsByTopic.get(topic);
        if (id == null) {
            id = registeredId(registry, topic);
            idsByTopic.putIfAbsent(topic, id);
        }
        AvroWriter out = WRITERS.get();
        out.reset();
        ConfluentWireFormat.writeHeader(out, id);
        codec.write(out, event);
        return out.toByteArray();
    }

    private int registeredId(SchemaRegistryClient registry, String topic) {
        String subject = registry.config().strategy(isKey).subject(topic, recordFullName, isKey);
        try {
            return registry.serializerId(topic, recordFullName, schema, isKey);
        } catch (SchemaRegistryException e) {
            throw new SerializationException(
                    "cannot serialize '" + eventType + "' for topic '" + topic + "': " + e.getMessage()
                            + (e.status().orElse(0) == 409 ? breakingChange(registry, subject) : ""),
                    e);
        }
    }

    /** Why the registry found this schema incompatible: what of the subject's latest schema it cannot read. */
    private String breakingChange(SchemaRegistryClient registry, String subject) {
        try {
            SchemaResolution.of(registry.latest(subject).schema(), schema);
            return "; this schema reads the latest of subject '" + subject + "' by Avro's rules, so the subject's"
                    + " compatibility level asks for more than reading its latest version (FORWARD or FULL)";
        } catch (IllegalArgumentException change) {
            return "; against the latest schema of subject '" + subject + "': " + change.getMessage();
        } catch (SerializationException unknown) {
            return "";
        }
    }

    @Override
    public E read(String topic, byte[] data) {
        int id = ConfluentWireFormat.schemaId(data);
        SchemaRegistryClient registry = registry("deserialize", "from", topic);
        SchemaResolution resolution = resolutionsById.get(id);
        if (resolution == null) {
            resolution = resolution(registry, topic, id);
            resolutionsById.putIfAbsent(id, resolution);
        }
        try {
            AvroReader in = ConfluentWireFormat.payload(data);
            if (resolution.identity()) {
                E event = codec.read(in);
                in.requireEnd();
                return event;
            }
            AvroWriter rewritten = WRITERS.get();
            rewritten.reset();
            resolution.transcode(in, rewritten);
            in.requireEnd();
            AvroReader resolved = new AvroReader(rewritten.toByteArray());
            E event = codec.read(resolved);
            resolved.requireEnd();
            return event;
        } catch (EventReadException e) {
            throw EventReadException.of("the value written with schema id " + id + " does not read: " + e.getMessage());
        }
    }

    private SchemaResolution resolution(SchemaRegistryClient registry, String topic, int id) {
        String writerSchema;
        try {
            writerSchema = registry.schema(id);
        } catch (SchemaRegistryException e) {
            throw new SerializationException(
                    "cannot deserialize '" + eventType + "' from topic '" + topic + "': the value was written with"
                            + " schema id " + id + ", "
                            + (e.notFound() ? "which the schema registry does not know: " : "")
                            + e.getMessage(),
                    e);
        }
        try {
            return SchemaResolution.of(writerSchema, schema);
        } catch (IllegalArgumentException e) {
            throw new SerializationException(
                    "cannot deserialize '" + eventType + "' from topic '" + topic + "': the value was written with"
                            + " schema id " + id + ", which does not resolve against '" + recordFullName
                            + "' by Avro's rules: " + e.getMessage(),
                    e);
        }
    }

    private SchemaRegistryClient registry(String verb, String preposition, String topic) {
        if (client == null) {
            throw new SerializationException(
                    "cannot " + verb + " '" + eventType + "' " + preposition + " topic '" + topic
                            + "': an Avro event's serde needs a schema registry; set " + SchemaRegistryConfig.URL
                            + " in the client's properties (or call configure on a serde used on its own)");
        }
        return client;
    }
}
