package dev.eventrecords.benchmarks;

import java.util.List;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A JSON library under test, seen through the Kafka {@link Serializer} and {@link Deserializer} API so that every
 * contender is called the same way: event to {@code byte[]}, {@code byte[]} to event. Each contender is set up as its
 * documentation recommends for speed (prebound readers and writers, reused buffers where the library expects it).
 */
interface Contender {

    /**
     * The name used in {@code @Param} and in the table.
     *
     * @return the name
     */
    String name();

    /**
     * A serializer of one shape's events.
     *
     * @param shape the shape
     * @param <E> the event type
     * @return a thread-safe serializer
     */
    <E> Serializer<E> serializer(Shape<E> shape);

    /**
     * A deserializer of one shape's events.
     *
     * @param shape the shape
     * @param <E> the event type
     * @return a thread-safe deserializer
     */
    <E> Deserializer<E> deserializer(Shape<E> shape);

    /** Jackson 3's default {@code JsonMapper}, the reference of the ratios. */
    String REFERENCE = "jackson3";

    static List<Contender> all() {
        return List.of(
                new EventRecordsContender(),
                new Jackson3Contender(),
                new Jackson2BlackbirdContender(),
                new AvajeJsonbContender(),
                new DslJsonContender(),
                new FastJson2Contender());
    }

    static Contender named(String name) {
        return all().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no contender '" + name + "'"));
    }
}
