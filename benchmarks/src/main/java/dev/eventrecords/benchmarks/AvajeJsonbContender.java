package dev.eventrecords.benchmarks;

import io.avaje.jsonb.JsonType;
import io.avaje.jsonb.Jsonb;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * avaje-jsonb with the adapters its generator wrote at compile time ({@code @Json} on the records), its built-in
 * {@code java.time} adapters, and nulls written as Jackson writes them.
 */
final class AvajeJsonbContender implements Contender {

    private final Jsonb jsonb = Jsonb.builder().serializeNulls(true).build();

    @Override
    public String name() {
        return "avaje-jsonb";
    }

    @Override
    public <E> Serializer<E> serializer(Shape<E> shape) {
        JsonType<E> type = jsonb.type(shape.type());
        return (topic, event) -> event == null ? null : type.toJsonBytes(event);
    }

    @Override
    public <E> Deserializer<E> deserializer(Shape<E> shape) {
        JsonType<E> type = jsonb.type(shape.type());
        return (topic, data) -> data == null ? null : type.fromJson(data);
    }
}
