package dev.eventrecords.benchmarks;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * One contender bound to one shape: what a benchmark operation calls. Every contender is called the same way, through
 * the Kafka API with headers: serialize gets fresh headers each time, as a producer's record has; deserialize reads
 * Jackson 3's bytes of the event (the wire format) with the CloudEvents headers our serializer writes, as a consumer's
 * record has.
 *
 * @param <E> the event type
 */
final class Workload<E> {

    private final Serializer<E> serializer;
    private final Deserializer<E> deserializer;
    private final String topic;
    private final E event;
    private final byte[] wire;
    private final Headers consumedHeaders;

    private Workload(Contender contender, Shape<E> shape) {
        this.serializer = contender.serializer(shape);
        this.deserializer = contender.deserializer(shape);
        this.topic = shape.topic();
        this.event = shape.event();
        this.wire = new Jackson3Contender().serializer(shape).serialize(topic, event);
        this.consumedHeaders = new RecordHeaders();
        new EventRecordsContender().serializer(shape).serialize(topic, consumedHeaders, event);
    }

    static <E> Workload<E> of(Contender contender, Shape<E> shape) {
        return new Workload<>(contender, shape);
    }

    byte[] serialize() {
        return serializer.serialize(topic, new RecordHeaders(), event);
    }

    E deserialize() {
        return deserializer.deserialize(topic, consumedHeaders, wire);
    }
}
