package dev.eventrecords.kafka;

/**
 * How a map key is written as a JSON property name and read back from one, exactly as Jackson 3's default mapper
 * writes and reads keys of its type. Implementations are stateless and thread-safe; {@link MapKeys} holds them.
 *
 * @param <K> the key's type
 */
public interface MapKey<K> {

    /**
     * The property name for a key.
     *
     * @param key the key, not {@code null}
     * @return its text
     * @throws IllegalArgumentException when the key has no text that reads back to it
     */
    String write(K key);

    /**
     * The key a property name stands for.
     *
     * @param name the property name
     * @return the key, never {@code null}
     * @throws EventReadException when Jackson would refuse the name as a key of this type
     */
    K read(String name);
}
