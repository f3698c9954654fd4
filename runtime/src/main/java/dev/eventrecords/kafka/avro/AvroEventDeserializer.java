package dev.eventrecords.kafka.avro;

import dev.eventrecords.kafka.EventDeserializer;

/**
 * Reads an Avro event through a schema registry ({@link AvroFormat}): the writer's schema is fetched once per id and
 * resolved against the event's own by Avro's rules, so older and newer versions of the record read. The header checks
 * and messages are those of every {@link EventDeserializer}; a {@code content-type} header, when present, must be
 * {@code application/avro}. Generated {@code XSerde.Deserializer} classes of events declared {@code format = AVRO}
 * extend it with a public no-arg constructor.
 *
 * <p>Thread-safe. Kafka configures a deserializer it creates from a class name; one created by hand needs
 * {@link #configure} with the registry's settings before use.
 *
 * @param <E> the event type
 */
public class AvroEventDeserializer<E> extends EventDeserializer<E> {

    /**
     * Creates a deserializer.
     *
     * @param codec the event's codec
     * @param eventType the event's logical type, checked against {@code ce_type} and named in messages
     * @param schema the event's Avro schema, as JSON
     */
    protected AvroEventDeserializer(AvroCodec<E> codec, String eventType, String schema) {
        super(new AvroFormat<>(codec, eventType, schema), eventType);
    }
}
