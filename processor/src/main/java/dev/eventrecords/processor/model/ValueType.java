package dev.eventrecords.processor.model;

import java.util.Optional;

/**
 * One value type the serde carries without a generated codec: a primitive, a wrapper, {@code String}, a {@code
 * java.time} type, ... Every rule and generator that needs to know something about such a type reads it here, in
 * {@link ValueTypes}, so the processor and the runtime cannot drift apart by string (a test loads the runtime and
 * proves each entry's codec, fast path and key serde exist and round-trip).
 *
 * @param name the canonical name ({@code int}, {@code java.time.Instant})
 * @param display the name a message or the README uses ({@code int}, {@code Instant})
 * @param codec the {@code dev.eventrecords.kafka.Codecs} constant that carries it (for a primitive: its wrapper's)
 * @param fastPath the direct write and read calls generated code makes instead of going through the codec, if any
 * @param absent the value a component of this type takes when its property is absent from the JSON
 * @param keySerde the {@code org.apache.kafka.common.serialization.Serdes} factory method when it can be a key
 * @param mapKey the {@code dev.eventrecords.kafka.MapKeys} constant when it can be a {@code Map} key, written and read
 *     as Jackson writes and reads that type's map keys
 * @param eventTime how it can be an event time, if it can
 * @param schema its JSON Schema (draft-07) fragment, for a non-null value
 * @param avro its Avro form, when it has one (see {@code dev.eventrecords.processor.avro.AvroSchemas}), which the
 *     runtime's {@code dev.eventrecords.kafka.avro.AvroCodecs} constant named as {@code codec} writes and reads ({@code
 *     AvroFormsContractTest} proves they agree with each other and with Apache Avro)
 */
public record ValueType(
        String name,
        String display,
        String codec,
        Optional<FastPath> fastPath,
        Absent absent,
        Optional<String> keySerde,
        Optional<String> mapKey,
        EventTimeUse eventTime,
        String schema,
        Optional<AvroForm> avro) {

    /** Whether this is one of Java's eight primitive types. */
    public boolean primitive() {
        return name.indexOf('.') < 0;
    }

    /**
     * Direct calls for the most common types, which the JIT inlines into the generated codec.
     *
     * @param writeOwner the {@code dev.eventrecords.kafka} class whose static {@code writeMethod(JsonGenerator, T)}
     *     writes it, or empty when it is the generator's own {@code out.writeMethod(value)}
     * @param writeMethod the write method's name; also the name of the {@code dev.eventrecords.kafka.JsonWriter}
     *     method {@code writeMethod(T)} that the generated codec's UTF-8 path calls, writing the same bytes
     * @param readOwner the {@code dev.eventrecords.kafka} class whose static {@code readMethod(JsonParser)} reads it
     * @param readMethod the read method's name
     * @param bytesReadMethod the name of the {@code dev.eventrecords.kafka.JsonReader} method {@code bytesReadMethod()}
     *     that the generated codec's byte path calls, reading what {@code readMethod} reads or giving up
     */
    public record FastPath(
            Optional<String> writeOwner,
            String writeMethod,
            String readOwner,
            String readMethod,
            String bytesReadMethod) {}

    /** The value of an absent property, as Jackson 3's default mapper reads it. */
    public enum Absent {
        /** {@code null}. */
        NULL,
        /** {@code 0} of the primitive type. */
        ZERO,
        /** {@code false}. */
        FALSE,
        /** The type's static {@code empty()} ({@code OptionalInt.empty()}). */
        EMPTY
    }

    /**
     * How a value of the type is carried in Avro: a primitive, a logical type where Avro has one that holds every value
     * faithfully, else the text its JSON form holds. A {@code null} is never part of it: the schema makes a nullable
     * component a union with {@code "null"}.
     *
     * @param schema the Avro schema of a non-null value, as JSON: {@code "int"}, or a logical type ({@code
     *     {"type":"long","logicalType":"timestamp-nanos"}})
     * @param encoding what the Avro value holds, in a lower-case clause, as the README's table says it
     */
    public record AvroForm(String schema, String encoding) {}

    /** Whether and how a component of this type can be the {@code @EventTime}. */
    public enum EventTimeUse {
        /** It is not an instant on the time-line. */
        NONE,
        /** It is an {@code Instant}: read directly. */
        DIRECT,
        /** It converts to one with {@code EventBinding.instantOf}. */
        CONVERTED
    }
}
