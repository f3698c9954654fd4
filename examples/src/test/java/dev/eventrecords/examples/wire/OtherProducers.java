package dev.eventrecords.examples.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The producers that services run today, each writing a value as it would to Kafka: Jackson 2 with its java.time and
 * Optional modules and every other default (instants as decimal seconds, dates as arrays), Jackson 2 with dates and
 * durations as text, Spring Kafka's {@code JsonSerializer} (Jackson 2, its own mapper), and Jackson 3's default mapper.
 */
final class OtherProducers {

    /** One producer: a name for failure messages and what it writes for a value. */
    record Producer(String name, Function<Object, byte[]> writer) {
        byte[] write(Object value) {
            return writer.apply(value);
        }
    }

    static final List<Producer> ALL = producers();

    private OtherProducers() {}

    @SuppressWarnings({"deprecation", "removal"}) // Jackson 2's mapper API and Spring Kafka's Jackson 2 serializer,
    // both superseded upstream, are what such services run
    private static List<Producer> producers() {
        ObjectMapper jackson2 =
                new ObjectMapper().registerModule(new JavaTimeModule()).registerModule(new Jdk8Module());
        ObjectMapper jackson2Text = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(new Jdk8Module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
        Serializer<Object> spring = new org.springframework.kafka.support.serializer.JsonSerializer<>();
        spring.configure(
                Map.of(org.springframework.kafka.support.serializer.JsonSerializer.ADD_TYPE_INFO_HEADERS, false),
                false);
        JsonMapper jackson3 = JsonMapper.builder().build();
        return List.of(
                new Producer("Jackson 2 (defaults, JavaTimeModule, Jdk8Module)", v -> write(jackson2, v)),
                new Producer("Jackson 2 (dates as text)", v -> write(jackson2Text, v)),
                new Producer("Spring Kafka JsonSerializer", v -> spring.serialize("topic", v)),
                new Producer("Jackson 3", jackson3::writeValueAsBytes));
    }

    private static byte[] write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(mapper + " cannot write " + value, e);
        }
    }
}
