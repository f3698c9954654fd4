package dev.eventrecords.benchmarks;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Our generated {@code XSerde}. Its serializer adds the CloudEvents headers when {@code ce_type} is absent and its
 * deserializer checks {@code ce_type} and {@code content-type}: that is part of what a user pays, so it is measured.
 */
final class EventRecordsContender implements Contender {

    @Override
    public String name() {
        return "eventrecords";
    }

    @Override
    public <E> Serializer<E> serializer(Shape<E> shape) {
        return shape.serde().get().serializer();
    }

    @Override
    public <E> Deserializer<E> deserializer(Shape<E> shape) {
        return shape.serde().get().deserializer();
    }
}
