package dev.eventrecords.benchmarks;

import com.alibaba.fastjson2.JSONException;
import com.alibaba.fastjson2.JSONFactory;
import com.alibaba.fastjson2.JSONReader;
import com.alibaba.fastjson2.JSONWriter;
import com.alibaba.fastjson2.reader.ObjectReader;
import com.alibaba.fastjson2.writer.ObjectWriter;
import com.alibaba.fastjson2.writer.ObjectWriterProvider;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * fastjson2 writing and reading JSON text as UTF-8 bytes (not its binary JSONB), with the codecs it generates at run
 * time. Set up as {@code JSON.toJSONBytes} and {@code JSON.parseObject(byte[], Class)} work, minus their per-call
 * look-ups: the contexts and the type's {@link ObjectWriter} and {@link ObjectReader} are found once, and each call
 * opens a {@code JSONWriter.ofUTF8}/{@code JSONReader.of} that borrows fastjson2's per-thread cached buffer and
 * returns it on {@code close}, as its documentation recommends. The two contexts are shared between threads: nothing
 * changes them after construction (fastjson2 itself changes a writer's context only in {@code ofPretty}).
 *
 * <p>A provider with alphabetical order off writes components in declaration order, {@code WriteNulls} writes null
 * components as Jackson does, and {@code WriteBigDecimalAsPlain} writes {@code BigDecimal} as Jackson's default
 * {@code JsonMapper} does; everything else it already writes as Jackson 3 does for these records ({@code java.time}
 * values as ISO-8601 strings, enums by name, {@code Optional} as its value or {@code null}).
 */
final class FastJson2Contender implements Contender {

    private final JSONWriter.Context writing = new JSONWriter.Context(
            declarationOrder(), JSONWriter.Feature.WriteNulls, JSONWriter.Feature.WriteBigDecimalAsPlain);
    private final JSONReader.Context reading = new JSONReader.Context(JSONFactory.getDefaultObjectReaderProvider());

    /**
     * fastjson2 writes properties in alphabetical order by default; Jackson, in the record's declaration order. A
     * provider of our own, rather than {@code JSONFactory.setDefaultWriterAlphabetic(false)}, changes no global.
     */
    private static ObjectWriterProvider declarationOrder() {
        ObjectWriterProvider provider = new ObjectWriterProvider();
        provider.setAlphabetic(false);
        return provider;
    }

    @Override
    public String name() {
        return "fastjson2";
    }

    @Override
    public <E> Serializer<E> serializer(Shape<E> shape) {
        ObjectWriter<?> encoder = writing.getObjectWriter(shape.type(), shape.type());
        return (topic, event) -> {
            if (event == null) {
                return null;
            }
            try (JSONWriter writer = JSONWriter.ofUTF8(writing)) {
                encoder.write(writer, event, null, null, 0);
                return writer.getBytes();
            } catch (JSONException e) {
                throw new SerializationException(e);
            }
        };
    }

    @Override
    public <E> Deserializer<E> deserializer(Shape<E> shape) {
        @SuppressWarnings("unchecked")
        ObjectReader<E> decoder = (ObjectReader<E>) reading.getObjectReader(shape.type());
        return (topic, data) -> {
            if (data == null) {
                return null;
            }
            try (JSONReader reader = JSONReader.of(data, reading)) {
                E event = decoder.readObject(reader, shape.type(), null, 0);
                if (!reader.isEnd()) {
                    throw new SerializationException("fastjson2: input not ended after the event");
                }
                return event;
            } catch (JSONException e) {
                throw new SerializationException(e);
            }
        };
    }
}
