package dev.eventrecords.kafka;

import java.util.Map;
import java.util.Objects;

/**
 * How an event's value is written into a Kafka record and read back: JSON ({@link #json}) or Avro through a schema
 * registry ({@code dev.eventrecords.kafka.avro.AvroFormat}). The serializers and deserializers of this library hold
 * one and do the rest (headers, tombstones, messages) the same way for every format.
 *
 * <p>Implementations are thread-safe. {@link #configured} never changes the instance it is called on.
 *
 * @param <E> the event type
 */
public interface ValueFormat<E> {

    /**
     * The {@code content-type} header of a value in this format, such as {@link CloudEventHeaders#JSON}.
     *
     * @return the media type, without parameters
     */
    String contentType();

    /**
     * This format configured with a Kafka client's properties, as {@code Serializer.configure} passes them; a format
     * that needs none (JSON) returns itself.
     *
     * @param configs the client's properties
     * @param isKey whether the value is a record's key
     * @return the configured format, a new instance when anything was configured
     * @throws org.apache.kafka.common.config.ConfigException when a property the format needs is missing or invalid
     */
    default ValueFormat<E> configured(Map<String, ?> configs, boolean isKey) {
        return this;
    }

    /**
     * Writes an event, not {@code null}.
     *
     * @param topic the topic the record is written to
     * @param event the event
     * @return the value's bytes
     * @throws RuntimeException when the event has no form in this format; the serializer names topic and type
     */
    byte[] write(String topic, E event);

    /**
     * Reads an event from a value's bytes, not {@code null}.
     *
     * @param topic the topic the record was read from
     * @param data the value's bytes
     * @return the event
     * @throws EventReadException when the bytes do not hold an event of this type; the deserializer names topic and
     *     type
     */
    E read(String topic, byte[] data);

    /**
     * The JSON format: UTF-8 JSON, byte-for-byte what Jackson's default {@code JsonMapper} writes.
     *
     * @param codec the event's codec
     * @param <E> the event type
     * @return the format
     */
    static <E> ValueFormat<E> json(JsonCodec<E> codec) {
        Objects.requireNonNull(codec, "codec");
        return new ValueFormat<>() {
            @Override
            public String contentType() {
                return CloudEventHeaders.JSON;
            }

            @Override
            public byte[] write(String topic, E event) {
                return Json.toBytes(codec, event);
            }

            @Override
            public E read(String topic, byte[] data) {
                return Json.fromBytes(codec, data);
            }
        };
    }
}
