package dev.eventrecords.benchmarks;

import com.dslplatform.json.DslJson;
import com.dslplatform.json.JsonReader;
import com.dslplatform.json.JsonWriter;
import com.dslplatform.json.runtime.Settings;
import java.io.IOException;
import java.util.Objects;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * DSL-JSON with the converters its processor wrote at compile time ({@code @CompiledJson} on the records) and its
 * {@code java.time} support, used as its documentation recommends for speed: one writer and one reader per thread,
 * reset for each value.
 */
final class DslJsonContender implements Contender {

    private final DslJson<Object> dsl = new DslJson<>(Settings.basicSetup());
    private final ThreadLocal<JsonWriter> writers = ThreadLocal.withInitial(dsl::newWriter);
    private final ThreadLocal<JsonReader<Object>> readers = ThreadLocal.withInitial(dsl::newReader);

    @Override
    public String name() {
        return "dsl-json";
    }

    @Override
    public <E> Serializer<E> serializer(Shape<E> shape) {
        JsonWriter.WriteObject<E> encoder =
                Objects.requireNonNull(dsl.tryFindWriter(shape.type()), "no DSL-JSON writer for " + shape.type());
        return (topic, event) -> {
            if (event == null) {
                return null;
            }
            JsonWriter writer = writers.get();
            writer.reset();
            encoder.write(writer, event);
            return writer.toByteArray();
        };
    }

    @Override
    public <E> Deserializer<E> deserializer(Shape<E> shape) {
        JsonReader.ReadObject<E> decoder =
                Objects.requireNonNull(dsl.tryFindReader(shape.type()), "no DSL-JSON reader for " + shape.type());
        return (topic, data) -> {
            if (data == null) {
                return null;
            }
            try {
                JsonReader<Object> reader = readers.get().process(data, data.length);
                reader.getNextToken();
                return decoder.read(reader);
            } catch (IOException e) {
                throw new SerializationException(e);
            }
        };
    }
}
