package dev.eventrecords.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serde;

/**
 * One version of an event's sources, compiled with the real javac and the processor and loaded in a class loader of
 * its own, so that two versions of one record live side by side and read each other's messages through their
 * generated bindings (as {@link EvolutionTest} does for the value).
 */
record CompiledVersion(ClassLoader loader, String event, Compilation compilation) {

    /** A record's key and value bytes and its headers, as a consumer receives them. */
    record Message(byte[] key, byte[] value, Headers headers) {}

    static CompiledVersion compile(String event, List<String> options, String... sources) {
        Compilation compilation = Compile.withOptions(options, sources);
        assertThat(compilation).succeededWithoutWarnings();
        Map<String, byte[]> classes = new HashMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                String path = file.toUri().getPath().replaceFirst("^/+CLASS_OUTPUT/", "");
                classes.put(path.substring(0, path.length() - ".class".length()).replace('/', '.'), bytes(file));
            }
        }
        ClassLoader loader = new ClassLoader(CompiledVersion.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] b = classes.get(name);
                if (b == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, b, 0, b.length);
            }
        };
        return new CompiledVersion(loader, event, compilation);
    }

    static byte[] bytes(JavaFileObject file) {
        try (InputStream in = file.openInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Class<?> type(String name) {
        try {
            return Class.forName(name, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** The event of this version, through its canonical constructor. */
    Object event(Object... values) {
        return make(event, values);
    }

    /** A record of this version, through its canonical constructor. */
    Object make(String record, Object... values) {
        Class<?> type = type(record);
        Class<?>[] parameters = Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(parameters);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    Object constant(String enumType, String name) {
        for (Object constant : type(enumType).getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return constant;
            }
        }
        throw new AssertionError("no constant " + name + " in " + enumType);
    }

    @SuppressWarnings("unchecked")
    private dev.eventrecords.TopicBinding<Object, Object> binding() {
        try {
            return (dev.eventrecords.TopicBinding<Object, Object>)
                    type(event + "Topic").getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** The event as its generated binding writes it: the record's key and value, with the headers. */
    Message write(Object event) {
        var binding = binding();
        ProducerRecord<Object, Object> record = binding.record(event);
        Headers headers = new RecordHeaders(record.headers().toArray());
        try (Serde<Object> keys = binding.keySerde();
                Serde<Object> values = binding.valueSerde()) {
            byte[] value = values.serializer().serialize(binding.topic(), headers, event);
            return new Message(keys.serializer().serialize(binding.topic(), record.key()), value, headers);
        }
    }

    /** A message written by another version, its key and value read with this version's binding. */
    List<Object> read(Message message) {
        var binding = binding();
        try (Serde<Object> keys = binding.keySerde();
                Serde<Object> values = binding.valueSerde()) {
            Object key = keys.deserializer().deserialize(binding.topic(), message.key());
            Object value = values.deserializer().deserialize(binding.topic(), message.headers(), message.value());
            return Arrays.asList(key, value);
        }
    }
}
