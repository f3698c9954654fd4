package dev.eventrecords.examples.corpus;

import dev.eventrecords.Bytes;
import dev.eventrecords.examples.corpus.Corpus.Source;
import dev.eventrecords.examples.wire.EdgeCaseRandom;
import dev.eventrecords.examples.wire.PropertyEdits;
import dev.eventrecords.kafka.JsonCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The differential check of one accepted corpus event against Jackson 3's default {@link JsonMapper}: on random
 * instances, the generated serde's bytes are Jackson's {@code writeValueAsBytes}, and its read of Jackson's bytes, of
 * those bytes reordered and of those bytes with unknown properties, is the same as Jackson's {@code readValue}, or
 * both refuse. A type that the domain carries through a user codec is
 * given to Jackson through that same codec, as a Jackson module, as a team that already writes it with Jackson does:
 * Jackson knows no JSON form for a library type such as Joda-Money's {@code Money} of its own. The runtime's
 * {@link Bytes}, which DESIGN.md promises to write as Jackson writes a {@code byte[]}, is given to Jackson as a
 * {@code byte[]}.
 */
final class CorpusDifferential {

    private static final String TOPIC = "corpus";

    /** One class loader and one mapper per class output, shared by the events compiled together. */
    private final Map<Path, Loaded> loaded = new HashMap<>();

    private record Loaded(ClassLoader loader, JsonMapper jackson) {}

    /**
     * What the check found.
     *
     * @param instances the instances checked
     * @param refusedWrites instances that both Jackson and the serde refused to write
     * @param refusedReads instances whose bytes both refused to read back
     * @param failure the first difference, or {@code null}
     * @param millis the time the check took
     */
    record Outcome(int instances, int refusedWrites, int refusedReads, String failure, long millis) {

        boolean passed() {
            return failure == null;
        }
    }

    Outcome check(CorpusCompiler.Compiled compiled, long seed, int instances) {
        long start = System.nanoTime();
        Outcome outcome = run(compiled, compiled.codecs(), seed, instances);
        return new Outcome(
                outcome.instances(),
                outcome.refusedWrites(),
                outcome.refusedReads(),
                outcome.failure(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private Outcome run(CorpusCompiler.Compiled compiled, List<Source> codecs, long seed, int instances) {
        Loaded domain = loaded.computeIfAbsent(compiled.classes(), classes -> load(classes, codecs));
        Class<?> eventClass;
        Serde<Object> serde;
        try {
            eventClass = domain.loader().loadClass(compiled.event().className());
            @SuppressWarnings("unchecked")
            Serde<Object> generated = (Serde<Object>) domain.loader()
                    .loadClass(compiled.event().className() + "Serde")
                    .getConstructor()
                    .newInstance();
            serde = generated;
        } catch (ReflectiveOperationException e) {
            return new Outcome(0, 0, 0, "cannot load the event or its generated serde: " + e, 0);
        }
        int refusedWrites = 0;
        int refusedReads = 0;
        for (int i = 0; i < instances; i++) {
            EdgeCaseRandom random = new EdgeCaseRandom(seed * 31 + i);
            Object event;
            try {
                event = new CorpusValues(random).next(eventClass);
            } catch (AssertionError e) {
                return new Outcome(i, refusedWrites, refusedReads, "no random instance: " + e.getMessage(), 0);
            }
            String where = "instance " + i + " of seed " + seed + " (rerun with -Deventrecords.seed=" + seed + ")";
            try {
                switch (compare(event, eventClass, serde, domain.jackson(), random)) {
                    case REFUSED_WRITE -> refusedWrites++;
                    case REFUSED_READ -> refusedReads++;
                    case SAME -> {}
                }
            } catch (AssertionError | RuntimeException e) {
                return new Outcome(
                        i + 1,
                        refusedWrites,
                        refusedReads,
                        where + ": " + abbreviate(e.getMessage(), 3000) + "\n event: " + abbreviate(event, 1500),
                        0);
            }
        }
        return new Outcome(instances, refusedWrites, refusedReads, null, 0);
    }

    private enum Result {
        SAME,
        REFUSED_WRITE,
        REFUSED_READ
    }

    private static Result compare(
            Object event, Class<?> eventClass, Serde<Object> serde, JsonMapper jackson, EdgeCaseRandom random) {
        byte[] theirs;
        try {
            theirs = jackson.writeValueAsBytes(event);
        } catch (JacksonException refused) {
            try {
                byte[] ours = serde.serializer().serialize(TOPIC, event);
                throw new AssertionError("Jackson 3 refuses to write the event (" + refused.getOriginalMessage()
                        + "), we write " + utf8(ours));
            } catch (SerializationException alsoRefused) {
                return Result.REFUSED_WRITE;
            }
        }
        byte[] ours;
        try {
            ours = serde.serializer().serialize(TOPIC, event);
        } catch (SerializationException e) {
            throw new AssertionError(
                    "we refuse to write the event (" + e.getMessage() + "), Jackson 3 writes " + utf8(theirs));
        }
        if (!Arrays.equals(ours, theirs)) {
            throw new AssertionError(
                    "our bytes differ from Jackson's\n ours:    " + utf8(ours) + "\n Jackson: " + utf8(theirs));
        }
        if (!readsAsJackson(theirs, eventClass, serde, jackson, "Jackson's bytes")) {
            return Result.REFUSED_READ;
        }
        readsAsJackson(Reordering.shuffled(theirs, random), eventClass, serde, jackson, "Jackson's bytes reordered");
        Set<String> names = Reordering.names(theirs);
        readsAsJackson(
                PropertyEdits.withUnknownProperties(theirs, random, names.isEmpty() ? Set.of("x") : names),
                eventClass,
                serde,
                jackson,
                "Jackson's bytes with unknown properties");
        return Result.SAME;
    }

    /**
     * Reads the bytes with Jackson 3 and with the serde: the same value, or both refuse.
     *
     * @return whether Jackson read them
     */
    private static boolean readsAsJackson(
            byte[] bytes, Class<?> eventClass, Serde<Object> serde, JsonMapper jackson, String what) {
        Object jacksonRead;
        try {
            jacksonRead = jackson.readValue(bytes, eventClass);
        } catch (JacksonException refused) {
            try {
                Object ourRead = serde.deserializer().deserialize(TOPIC, bytes);
                throw new AssertionError("Jackson 3 refuses to read " + what + " " + utf8(bytes) + " ("
                        + refused.getOriginalMessage() + "), we read " + ourRead);
            } catch (SerializationException alsoRefused) {
                return false;
            }
        }
        Object ourRead;
        try {
            ourRead = serde.deserializer().deserialize(TOPIC, bytes);
        } catch (SerializationException e) {
            throw new AssertionError(
                    "we refuse " + what + " " + utf8(bytes) + ", which Jackson 3 reads as " + jacksonRead, e);
        }
        if (!Sameness.sameAsJackson(ourRead, jacksonRead)) {
            throw new AssertionError(
                    "read " + what + " " + utf8(bytes) + "\n Jackson 3: " + jacksonRead + "\n ours:      " + ourRead);
        }
        return true;
    }

    private static Loaded load(Path classes, List<Source> codecs) {
        URLClassLoader loader;
        try {
            loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, CorpusDifferential.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SimpleModule module = new SimpleModule("corpus-codecs");
        module.addSerializer(Bytes.class, new ValueSerializer<Bytes>() {
            @Override
            public void serialize(Bytes value, JsonGenerator out, SerializationContext context) {
                out.writeBinary(value.toByteArray());
            }
        });
        module.addDeserializer(Bytes.class, new ValueDeserializer<Bytes>() {
            @Override
            public Bytes deserialize(JsonParser in, DeserializationContext context) {
                return Bytes.copyOf(context.readValue(in, byte[].class));
            }
        });
        for (Source codec : codecs) {
            register(module, loader, codec.className());
        }
        return new Loaded(loader, JsonMapper.builder().addModule(module).build());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void register(SimpleModule module, ClassLoader loader, String codecName) {
        try {
            Class<?> codecClass = loader.loadClass(codecName);
            JsonCodec<Object> codec =
                    (JsonCodec<Object>) codecClass.getField("INSTANCE").get(null);
            Class type = carried(codecClass);
            module.addSerializer(type, new ValueSerializer<Object>() {
                @Override
                public void serialize(Object value, JsonGenerator out, SerializationContext context) {
                    codec.write(out, value);
                }
            });
            module.addDeserializer(type, new ValueDeserializer<Object>() {
                @Override
                public Object deserialize(JsonParser in, DeserializationContext context) {
                    return codec.read(in);
                }
            });
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the corpus codec " + codecName, e);
        }
    }

    private static Class<?> carried(Class<?> codecClass) {
        for (Type type : codecClass.getGenericInterfaces()) {
            if (type instanceof ParameterizedType p && p.getRawType() == JsonCodec.class) {
                return (Class<?>) p.getActualTypeArguments()[0];
            }
        }
        throw new IllegalStateException(codecClass + " does not implement JsonCodec<T> directly");
    }

    private static String abbreviate(Object value, int length) {
        String text = String.valueOf(value);
        return text.length() <= length ? text : text.substring(0, length) + "...";
    }

    private static String utf8(byte[] bytes) {
        return abbreviate(new String(bytes, StandardCharsets.UTF_8), 2000);
    }
}
