package dev.eventrecords.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Jackson 2 with the Blackbird module (generated accessors instead of reflection), {@code java.time} and
 * {@code Optional} support, dates and durations written as ISO-8601 strings as Jackson 3 writes them, and characters
 * outside the Basic Multilingual Plane written as 4-byte UTF-8 as Jackson 3 does (Jackson 2 escapes each surrogate as
 * <code>&#92;uXXXX</code> by default).
 */
final class Jackson2BlackbirdContender implements Contender {

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new BlackbirdModule())
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    @Override
    public String name() {
        return "jackson2-blackbird";
    }

    @Override
    public <E> Serializer<E> serializer(Shape<E> shape) {
        ObjectWriter writer = mapper.writerFor(shape.type());
        return (topic, event) -> {
            try {
                return event == null ? null : writer.writeValueAsBytes(event);
            } catch (JsonProcessingException e) {
                throw new SerializationException(e);
            }
        };
    }

    @Override
    public <E> Deserializer<E> deserializer(Shape<E> shape) {
        ObjectReader reader = mapper.readerFor(shape.type());
        return (topic, data) -> {
            try {
                return data == null ? null : reader.readValue(data);
            } catch (IOException e) {
                throw new SerializationException(e);
            }
        };
    }
}
