package dev.eventrecords.kafka;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Writes and reads one Java type as JSON through Jackson's streaming API, byte-for-byte as Jackson's default
 * {@code JsonMapper} does. Generated code composes these; a user implements one for a type the processor cannot
 * inspect, such as a library's value type, and registers it with {@link dev.eventrecords.EventCodec}. Generated and
 * runtime codecs also write and read UTF-8 bytes directly ({@link #write(JsonWriter, Object)},
 * {@link #read(JsonReader)}) with the same results; a user's codec need not: by default those go through its
 * streaming methods.
 *
 * <p>Implementations are stateless and thread-safe.
 *
 * @param <T> the Java type
 */
public interface JsonCodec<T> {

    /**
     * Writes a value, {@code null} as JSON {@code null}.
     *
     * @param out the generator, positioned where a value may be written
     * @param value the value, may be {@code null}
     */
    void write(JsonGenerator out, T value);

    /**
     * Writes a value, {@code null} as JSON {@code null}, straight as UTF-8 bytes: the path generated serdes take. It
     * must write the same bytes as {@link #write(JsonGenerator, Object)}; by default it is that method, through a
     * generator over the writer's buffer, so a codec that implements only the generator path is carried correctly, and
     * generated and runtime codecs override it to write without a generator.
     *
     * @param out the writer, positioned where a value may be written
     * @param value the value, may be {@code null}
     */
    default void write(JsonWriter out, T value) {
        out.write(this, value);
    }

    /**
     * Reads a value.
     *
     * @param in the parser, positioned on the value's first token; on return it is positioned on the value's last
     *     token
     * @return the value; JSON {@code null} gives {@code null}, or the empty value for optional types
     * @throws EventReadException when the JSON does not hold a value of this type
     */
    T read(JsonParser in);

    /**
     * Reads a value straight from UTF-8 bytes: the path generated serdes try first. It must read what
     * {@link #read(JsonParser)} reads from the same bytes, or give up by letting the reader's exception out (the whole
     * payload is then read with {@link #read(JsonParser)}, whose errors are the ones reported); by default it is that
     * method, over the value's bytes, so a codec that implements only the parser path is carried correctly.
     *
     * @param in the reader, positioned before the value; on return it is after the value
     * @return the value, as {@link #read(JsonParser)} gives it
     */
    default T read(JsonReader in) {
        return in.readWithParser(this);
    }

    /**
     * The value of a property that is absent from the JSON: {@code null}, or the empty value for optional types and
     * for collections (so that an event that gains a collection still reads its older messages).
     *
     * @return the value of an absent property
     */
    default T absent() {
        return null;
    }
}
