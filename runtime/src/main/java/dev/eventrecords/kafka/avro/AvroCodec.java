package dev.eventrecords.kafka.avro;

/**
 * Writes and reads a non-null value of one type in its Avro form; {@code null} is a union's branch, which the caller
 * writes and reads. Implementations are stateless and thread-safe.
 *
 * @param <T> the type
 */
public interface AvroCodec<T> {

    /**
     * Writes a value.
     *
     * @param out where to
     * @param value the value, not {@code null}
     * @throws IllegalArgumentException when the value has no Avro form (an instant outside the range of {@code
     *     timestamp-nanos}), saying why, rather than writing another value
     */
    void write(AvroWriter out, T value);

    /**
     * Reads a value.
     *
     * @param in where from
     * @return the value, never {@code null}
     * @throws dev.eventrecords.kafka.EventReadException when the bytes do not hold a value of the type
     */
    T read(AvroReader in);
}
