package dev.eventrecords.kafka.avro;

import dev.eventrecords.kafka.EventSerializer;
import java.time.Instant;
import java.util.function.Function;

/**
 * Writes an Avro event through a schema registry ({@link AvroFormat}), with the headers, tombstones and messages of
 * every {@link EventSerializer}; {@code content-type} is {@code application/avro}. Generated {@code
 * XSerde.Serializer} classes of events declared {@code format = AVRO} extend it with a public no-arg constructor, so
 * they can be named in Kafka client properties ({@code value.serializer}) next to {@code schema.registry.url}.
 *
 * <p>Thread-safe. Kafka configures a serializer it creates from a class name; one created by hand needs
 * {@link #configure} with the registry's settings before use.
 *
 * @param <E> the event type
 */
public class AvroEventSerializer<E> extends EventSerializer<E> {

    /**
     * Creates a serializer.
     *
     * @param codec the event's codec
     * @param eventType the event's logical type, for {@code ce_type} and messages
     * @param schema the event's Avro schema, as JSON
     * @param eventTime reads when the event happened, or returns {@code null} when it does not say
     */
    protected AvroEventSerializer(AvroCodec<E> codec, String eventType, String schema, Function<E, Instant> eventTime) {
        super(new AvroFormat<>(codec, eventType, schema), eventType, eventTime);
    }

    /**
     * Creates a serializer writing in the given Avro format: a family member's ({@link AvroFormat#inFamily()}), whose
     * schema is registered under its topic and record unless the client chooses another strategy.
     *
     * @param format the event's Avro format
     * @param eventType the event's logical type, for {@code ce_type} and messages
     * @param eventTime reads when the event happened, or returns {@code null} when it does not say
     */
    protected AvroEventSerializer(AvroFormat<E> format, String eventType, Function<E, Instant> eventTime) {
        super(format, eventType, eventTime);
    }
}
