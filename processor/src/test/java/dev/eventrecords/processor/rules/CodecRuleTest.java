package dev.eventrecords.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.eventrecords.processor.Compile;
import dev.eventrecords.processor.EventProcessor;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User codecs for types the processor cannot inspect: {@code @EventCodec}, {@code @EventCodecs} and their checks. */
class CodecRuleTest {

    /** A library type nothing proves immutable (it is not final), which users vouch for. */
    private static final String PRICE = """
            package com.lib;

            public class Price {
                private final long cents;

                public Price(long cents) {
                    this.cents = cents;
                }

                public long cents() {
                    return cents;
                }
            }
            """;

    private static final String PRICE_CODEC = """
            package com.acme;

            import com.lib.Price;
            import dev.eventrecords.EventCodec;
            import dev.eventrecords.kafka.JsonCodec;
            import tools.jackson.core.JsonGenerator;
            import tools.jackson.core.JsonParser;
            import tools.jackson.core.JsonToken;

            @EventCodec
            public final class PriceCodec implements JsonCodec<Price> {
                public static final PriceCodec INSTANCE = new PriceCodec();

                private PriceCodec() {}

                @Override
                public void write(JsonGenerator out, Price value) {
                    if (value == null) {
                        out.writeNull();
                    } else {
                        out.writeNumber(value.cents());
                    }
                }

                @Override
                public Price read(JsonParser in) {
                    return in.currentToken() == JsonToken.VALUE_NULL ? null : new Price(in.getLongValue());
                }
            }
            """;

    private static final List<String> VOUCHED = List.of("-Aeventrecords.immutableTypes=com.lib.Price");

    @Test
    void carriesTheCodecsTypeInComponentsContainersAndNestedRecords() {
        Compilation compilation = Compile.withOptions(VOUCHED, PRICE, PRICE_CODEC, """
                package com.acme;

                import com.lib.Price;
                import dev.eventrecords.Event;
                import java.util.List;
                import java.util.Map;
                import java.util.Optional;
                import java.util.Set;

                @Event
                public record OrderPriced(
                        Price total,
                        List<Price> lines,
                        Set<Price> offers,
                        Optional<Price> discount,
                        Map<String, Price> byCoupon,
                        Line first) {
                    public OrderPriced {
                        lines = List.copyOf(lines);
                        offers = Set.copyOf(offers);
                        byCoupon = Map.copyOf(byCoupon);
                    }

                    public record Line(String sku, Price price) {}
                }
                """);

        assertThat(compilation).succeededWithoutWarnings();
        String serde = source(compilation, "com.acme.OrderPricedSerde");
        assertThat(serde)
                .contains("PriceCodec.INSTANCE.write(out, value.total())")
                .contains("Codecs.list(PriceCodec.INSTANCE)")
                .contains("Codecs.set(PriceCodec.INSTANCE)")
                .contains("Codecs.optional(PriceCodec.INSTANCE)")
                .contains("Codecs.map(PriceCodec.INSTANCE)")
                .contains("total = PriceCodec.INSTANCE.read(in)");
        assertThat(source(compilation, "com.acme.OrderPriced_LineJsonCodec"))
                .contains("PriceCodec.INSTANCE.write(out, value.price())");
    }

    @Test
    void aTypeProvenImmutableNeedsNoVouching() {
        Compilation compilation =
                Compile.sources(PRICE.replace("public class Price", "public final class Price"), PRICE_CODEC, """
                package com.acme;

                import com.lib.Price;
                import dev.eventrecords.Event;

                @Event
                public record OrderPriced(String id, Price total) {}
                """);

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void aTypeAnnotatedImmutableNeedsNoOption() {
        Compilation compilation = Compile.sources(
                PRICE.replace("public class Price", "@com.google.errorprone.annotations.Immutable public class Price"),
                PRICE_CODEC,
                """
                package com.acme;

                import com.lib.Price;
                import dev.eventrecords.Event;

                @Event
                public record OrderPriced(String id, Price total) {}
                """);

        assertThat(compilation).succeeded(); // the only warning: nothing claims Error Prone's @Immutable
    }

    @Test
    void refusesACodecForATypeNothingVouchesImmutable() {
        Compilation compilation = Compile.sources(PRICE, PRICE_CODEC, """
                package com.acme;

                import com.lib.Price;
                import dev.eventrecords.Event;

                @Event
                public record OrderPriced(String id, Price total) {}
                """);

        Compile.assertError(
                compilation,
                "[eventrecords:codec] codec 'PriceCodec' for 'Price': nothing proves 'Price' immutable ('Price' is"
                        + " not final, so a subclass may add mutable state; make it final), and an event must not"
                        + " change after it was created; if it is immutable, list 'com.lib.Price' in the option"
                        + " 'eventrecords.immutableTypes' (-Aeventrecords.immutableTypes=com.lib.Price) or annotate"
                        + " it '@Immutable', else carry an immutable value instead",
                11);
        Compile.assertError(
                compilation,
                "[eventrecords:unsupported-type] event 'OrderPriced' component 'total' of type 'Price' cannot be"
                        + " carried as JSON: its codec 'PriceCodec' is refused: nothing proves 'Price' immutable",
                7);
    }

    @Test
    void refusesACodecWithoutInstance() {
        Compilation compilation = Compile.withOptions(
                VOUCHED,
                PRICE,
                PRICE_CODEC.replace("public static final PriceCodec INSTANCE", "static final PriceCodec INSTANCE"));

        Compile.assertError(
                compilation,
                "[eventrecords:codec] codec 'PriceCodec' for 'Price': generated code calls 'PriceCodec.INSTANCE',"
                        + " which it lacks; add 'public static final PriceCodec INSTANCE = new PriceCodec();'",
                11);
    }

    @Test
    void refusesACodecThatIsNotPublic() {
        Compilation compilation = Compile.withOptions(
                VOUCHED, PRICE, PRICE_CODEC.replace("public final class PriceCodec", "final class PriceCodec"));

        Compile.assertError(
                compilation,
                "[eventrecords:codec] codec 'PriceCodec' for 'Price': 'PriceCodec' is not public, so generated code in"
                        + " other packages cannot call it; make it public",
                11);
    }

    @Test
    void refusesAnInnerCodecClass() {
        Compilation compilation = Compile.withOptions(VOUCHED, PRICE, """
                package com.acme;

                import com.lib.Price;
                import dev.eventrecords.EventCodec;
                import dev.eventrecords.kafka.JsonCodec;
                import tools.jackson.core.JsonGenerator;
                import tools.jackson.core.JsonParser;

                public class Codecs {
                    @EventCodec
                    public final class PriceCodec implements JsonCodec<Price> {
                        @Override
                        public void write(JsonGenerator out, Price value) {}

                        @Override
                        public Price read(JsonParser in) {
                            return null;
                        }
                    }
                }
                """);

        Compile.assertError(
                compilation,
                "[eventrecords:codec] codec 'Codecs.PriceCodec' for 'Price': 'Codecs.PriceCodec' is an inner class, so"
                        + " it has no instance without an outer one; make it static",
                11);
    }

    @Test
    void refusesACodecOfAGenericType() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.EventCodec;
                import dev.eventrecords.kafka.JsonCodec;
                import java.util.concurrent.atomic.AtomicReference;
                import tools.jackson.core.JsonGenerator;
                import tools.jackson.core.JsonParser;

                @EventCodec
                public final class BoxCodec implements JsonCodec<AtomicReference<String>> {
                    public static final BoxCodec INSTANCE = new BoxCodec();

                    @Override
                    public void write(JsonGenerator out, AtomicReference<String> value) {}

                    @Override
                    public AtomicReference<String> read(JsonParser in) {
                        return null;
                    }
                }
                """);

        Compile.assertError(
                compilation,
                "[eventrecords:codec] codec 'BoxCodec' implements 'JsonCodec<AtomicReference<String>>', whose type is"
                        + " not a class or interface without type parameters, so no component type can be matched"
                        + " with it; write a codec for one concrete type, such as 'JsonCodec<Money>'",
                10);
    }

    @Test
    void refusesACodecOfATypeVariable() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.EventCodec;
                import dev.eventrecords.kafka.JsonCodec;
                import tools.jackson.core.JsonGenerator;
                import tools.jackson.core.JsonParser;

                @EventCodec
                public final class AnyCodec<T> implements JsonCodec<T> {
                    @Override
                    public void write(JsonGenerator out, T value) {}

                    @Override
                    public T read(JsonParser in) {
                        return null;
                    }
                }
                """);

        Compile.assertError(
                compilation,
                "[eventrecords:codec] codec 'AnyCodec' implements 'JsonCodec<T>', whose type is not a class or"
                        + " interface without type parameters",
                9);
    }

    @Test
    void refusesAMarkedClassThatIsNoCodec() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.EventCodec;

                @EventCodec
                public final class MoneyFormat {}
                """);

        Compile.assertError(
                compilation,
                "[eventrecords:codec] codec 'MoneyFormat' does not implement 'JsonCodec<T>' for a type 'T', so"
                        + " generated code cannot call it; implement 'dev.eventrecords.kafka.JsonCodec<T>' with the"
                        + " type it writes and reads",
                6);
    }

    @Test
    void refusesACodecForATypeTheSerdeCarriesAlready() {
        Compilation compilation = Compile.sources("""
                package com.acme;

                import dev.eventrecords.EventCodec;
                import dev.eventrecords.kafka.JsonCodec;
                import java.time.Instant;
                import tools.jackson.core.JsonGenerator;
                import tools.jackson.core.JsonParser;

                @EventCodec
                public final class EpochCodec implements JsonCodec<Instant> {
                    public static final EpochCodec INSTANCE = new EpochCodec();

                    @Override
                    public void write(JsonGenerator out, Instant value) {}

                    @Override
                    public Instant read(JsonParser in) {
                        return null;
                    }
                }
                """);

        Compile.assertError(
                compilation,
                "[eventrecords:codec] codec 'EpochCodec' for 'Instant': 'Instant' is carried by the serde already, as"
                        + " Jackson 3 writes it, and a codec would change what the event's JSON holds; remove the"
                        + " codec",
                10);
    }

    @Test
    void refusesTwoCodecsForOneType() {
        Compilation compilation =
                Compile.withOptions(VOUCHED, PRICE, PRICE_CODEC, PRICE_CODEC.replace("PriceCodec", "CentsCodec"));

        List<String> errors = compilation.errors().stream()
                .map(d -> d.getMessage(Locale.ROOT))
                .filter(m -> m.startsWith("[eventrecords:codec]"))
                .toList();
        assertThat(errors)
                .hasSize(1)
                .first()
                .asString()
                .matches("\\[eventrecords:codec] codec '(Price|Cents)Codec' carries 'com.lib.Price', which codec"
                        + " 'com.acme.(Price|Cents)Codec' carries already; one type has one JSON form, so register one"
                        + " of them");
    }

    @Test
    void refusesACodecTypeAsAMapKey() {
        Compilation compilation = Compile.withOptions(VOUCHED, PRICE, PRICE_CODEC, """
                package com.acme;

                import com.lib.Price;
                import dev.eventrecords.Event;
                import java.util.Map;

                @Event
                public record PricesCounted(Map<Price, Integer> counts) {
                    public PricesCounted {
                        counts = Map.copyOf(counts);
                    }
                }
                """);

        Compile.assertError(
                compilation,
                "[eventrecords:unsupported-type] event 'PricesCounted' component 'counts' of type 'Map<Price,"
                        + " Integer>' cannot be carried as JSON: a type carried by a codec ('PriceCodec') cannot be a"
                        + " map key, since a codec writes a JSON value, not a property name; map keys may be",
                8);
    }

    @Test
    void withoutACodecTheTypeIsStillRefused() {
        Compilation compilation = Compile.withOptions(VOUCHED, PRICE, """
                package com.acme;

                import com.lib.Price;
                import dev.eventrecords.Event;

                @Event
                public record OrderPriced(String id, Price total) {}
                """);

        Compile.assertError(
                compilation,
                "[eventrecords:unsupported-type] event 'OrderPriced' component 'total' of type 'Price' cannot be"
                        + " carried as JSON: 'com.lib.Price' is not a record, an enum or a supported value type",
                7);
    }

    /** A codec shipped compiled, in a library jar: found through {@code @EventCodecs} on the package. */
    @Test
    void registersALibrarysCodecNamedByEventCodecsOnThePackage(@TempDir Path dir) throws IOException {
        File library = library(dir);

        Compilation compilation = compileWith(library, VOUCHED, packageInfo("""
                @EventCodecs(PriceCodec.class)
                package com.shop;

                import com.acme.PriceCodec;
                import dev.eventrecords.EventCodecs;
                """), Compile.source("""
                package com.shop;

                import com.lib.Price;
                import dev.eventrecords.Event;

                @Event
                public record OrderPriced(String id, Price total) {}
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(source(compilation, "com.shop.OrderPricedSerde")).contains("PriceCodec.INSTANCE");
    }

    @Test
    void registersALibrarysCodecNamedByEventCodecsOnAnEvent(@TempDir Path dir) throws IOException {
        File library = library(dir);

        Compilation compilation = compileWith(library, VOUCHED, Compile.source("""
                package com.shop;

                import com.acme.PriceCodec;
                import com.lib.Price;
                import dev.eventrecords.Event;
                import dev.eventrecords.EventCodecs;

                @Event
                @EventCodecs(PriceCodec.class)
                public record OrderPriced(String id, Price total) {}
                """));

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void aLibrarysCodecIsJudgedWhereItIsNamed(@TempDir Path dir) throws IOException {
        File library = library(dir);

        Compilation compilation = compileWith(library, List.of(), Compile.source("""
                package com.shop;

                import com.acme.PriceCodec;
                import com.lib.Price;
                import dev.eventrecords.Event;
                import dev.eventrecords.EventCodecs;

                @Event
                @EventCodecs(PriceCodec.class)
                public record OrderPriced(String id, Price total) {}
                """));

        Compile.assertError(
                compilation,
                "[eventrecords:codec] codec 'PriceCodec' for 'Price': nothing proves 'Price' immutable",
                10);
    }

    /** {@code Price} and {@code PriceCodec}, compiled without our processor into a directory. */
    private static File library(Path dir) throws IOException {
        Compilation compiled =
                Compiler.javac().withOptions("-proc:none").compile(Compile.source(PRICE), Compile.source(PRICE_CODEC));
        assertThat(compiled).succeeded();
        for (JavaFileObject file : compiled.generatedFiles()) {
            if (file.getKind() != JavaFileObject.Kind.CLASS) {
                continue;
            }
            String path = file.toUri().getPath();
            Path target = dir.resolve(path.substring(path.indexOf("/com/") + 1));
            Files.createDirectories(target.getParent());
            try (InputStream in = file.openInputStream();
                    OutputStream out = Files.newOutputStream(target)) {
                in.transferTo(out);
            }
        }
        return dir.toFile();
    }

    private static Compilation compileWith(File library, List<String> options, JavaFileObject... sources) {
        List<File> classpath = new ArrayList<>();
        classpath.add(library);
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classpath.add(new File(entry));
        }
        List<String> all = new ArrayList<>(List.of("-Xlint:all"));
        all.addAll(options);
        return Compiler.javac()
                .withProcessors(new EventProcessor())
                .withOptions(all)
                .withClasspath(classpath)
                .compile(sources);
    }

    private static JavaFileObject packageInfo(String code) {
        return JavaFileObjects.forSourceString("com.shop.package-info", code);
    }

    private static String source(Compilation compilation, String name) {
        try {
            return compilation
                    .generatedSourceFile(name)
                    .orElseThrow(() -> new AssertionError("not generated: " + name))
                    .getCharContent(true)
                    .toString();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
