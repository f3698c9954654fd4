package dev.eventrecords.benchmarks;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** Jackson 3's default {@code JsonMapper}, with a reader and a writer bound to the event type once. */
final class Jackson3Contender implements Contender {

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Override
    public String name() {
        return REFERENCE;
    }

    @Override
    public <E> Serializer<E> serializer(Shape<E> shape) {
        ObjectWriter writer = mapper.writerFor(shape.type());
        return (topic, event) -> event == null ? null : writer.writeValueAsBytes(event);
    }

    @Override
    public <E> Deserializer<E> deserializer(Shape<E> shape) {
        ObjectReader reader = mapper.readerFor(shape.type());
        return (topic, data) -> data == null ? null : reader.readValue(data);
    }
}
