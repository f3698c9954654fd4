package dev.eventrecords.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.eventrecords.processor.Compile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @JsonValue}, {@code @JsonCreator} and {@code @JsonEnumDefaultValue}: the forms honoured as Jackson 3 applies
 * them compile and generate the value's codec (the examples module's {@code ShipmentBookedDifferentialTest} proves the
 * bytes against Jackson 3), and every other form is an error on the annotation that says why and what to write.
 */
class JsonValueRuleTest {

    private static final String RULE = "[eventrecords:unsupported-annotation] ";

    @Test
    void honoursJsonValueOnANestedRecordsComponentAsItsValueAlone() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonValue;
                import dev.eventrecords.Event;
                import dev.eventrecords.Key;
                import java.util.UUID;

                @Event
                public record OrderCancelled(@Key OrderCancelled.OrderId ref, String reason) {
                    public record OrderId(@JsonValue UUID value) {}
                }
                """;
        Compilation compilation = Compile.sources(source);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generated(compilation, "com.acme.OrderCancelled_OrderIdJsonCodec"))
                .contains("Scalars.writeUuid(out, value.value());")
                .contains("UUID read = Scalars.readUuid(in);")
                .contains("return new OrderCancelled.OrderId(read);")
                .doesNotContain("writeStartObject");
    }

    @Test
    void honoursACreatorOnTheCanonicalConstructorAndAStaticFactory() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonCreator;
                import com.fasterxml.jackson.annotation.JsonValue;
                import dev.eventrecords.Event;

                @Event
                public record ParcelLabelled(ParcelLabelled.Sku sku, ParcelLabelled.Grams grams, ParcelLabelled.Label label) {
                    public record Sku(@JsonValue String value) {
                        @JsonCreator
                        public Sku {}
                    }

                    public record Grams(@JsonValue long value) {
                        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
                        public Grams {}
                    }

                    public record Label(@JsonValue String text) {
                        @JsonCreator
                        static Label of(String text) {
                            return new Label(text);
                        }
                    }
                }
                """;
        Compilation compilation = Compile.sources(source);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generated(compilation, "com.acme.ParcelLabelled_SkuJsonCodec"))
                .contains("String read = ValueCodecs.readString(in, \"ParcelLabelled.Sku\");");
        assertThat(generated(compilation, "com.acme.ParcelLabelled_GramsJsonCodec"))
                .contains("long read = ValueCodecs.readLong(in, \"ParcelLabelled.Grams\");");
        assertThat(generated(compilation, "com.acme.ParcelLabelled_LabelJsonCodec"))
                .contains("return ParcelLabelled.Label.of(read);");
    }

    @Test
    void honoursJsonValueOnAnEnumAndJsonEnumDefaultValue() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
                import com.fasterxml.jackson.annotation.JsonValue;
                import dev.eventrecords.Event;
                import java.util.Map;

                @Event
                public record ParcelWeighed(ParcelWeighed.Unit unit, Map<ParcelWeighed.Unit, Long> totals, ParcelWeighed.Grade grade) {
                    public ParcelWeighed {
                        totals = Map.copyOf(totals);
                    }

                    public enum Unit {
                        KG("kg"),
                        LB("lb");

                        private final String code;

                        Unit(String code) {
                            this.code = code;
                        }

                        @JsonValue
                        String code() {
                            return code;
                        }
                    }

                    public enum Grade {
                        STANDARD,
                        @JsonEnumDefaultValue
                        UNKNOWN
                    }
                }
                """;
        Compilation compilation = Compile.sources(source);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generated(compilation, "com.acme.ParcelWeighedSerde"))
                .contains("ValueCodecs.enumByValue(ParcelWeighed.Unit.class, constant -> constant.code())")
                .contains("ValueCodecs.enumKeyByValue(ParcelWeighed.Unit.class, constant -> constant.code())")
                .contains("Codecs.enumOf(ParcelWeighed.Grade.class)");
    }

    @Test
    void theMutabilityRuleStillChecksTheWrappedValue() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonValue;
                import dev.eventrecords.Event;
                import java.util.List;

                @Event
                public record TagsAdded(TagsAdded.Tags tags) {
                    public record Tags(@JsonValue List<String> values) {}
                }
                """;
        Compilation compilation = Compile.sources(source);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[eventrecords:mutable]");
        assertThat(compilation).hadErrorContaining("'values'");
    }

    @Test
    void rejectsJsonValueOnAnEvent() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonValue;
                import dev.eventrecords.Event;

                @Event
                public record PingReceived(@JsonValue String text) {}
                """;
        Compilation compilation = Compile.sources(source);

        assertRuleErrors(compilation, 1);
        assertErrorAt(
                compilation,
                source,
                "@JsonValue",
                RULE + "event 'PingReceived' component 'text' carries '@JsonValue', which the generated serde does not"
                        + " apply: Jackson 3 would write the event as that one value, but an event is a JSON object of"
                        + " its components, which its schema and headers describe; remove '@JsonValue', or give the"
                        + " value a record of its own, with '@JsonValue' on its one component, and hold that in the"
                        + " event");
    }

    @Test
    void rejectsJsonValueOnARecordOfSeveralComponentsBecauseJacksonCannotReadItBack() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonValue;
                import dev.eventrecords.Event;

                @Event
                public record PriceSet(PriceSet.Money price) {
                    public record Money(@JsonValue String amount, String currency) {}
                }
                """;
        Compilation compilation = Compile.sources(source);

        assertRuleErrors(compilation, 1);
        assertErrorAt(
                compilation,
                source,
                "@JsonValue",
                RULE + "record 'PriceSet.Money' in event 'PriceSet' component 'amount' carries '@JsonValue', which the"
                        + " generated serde does not apply: Jackson 3 writes 'Money' as that one value alone, yet reads"
                        + " it through its canonical constructor as an object of all its 2 components, so it cannot"
                        + " read back what it writes; remove '@JsonValue', or give it to a record of one component, as"
                        + " in 'record OrderId(@JsonValue UUID value) {}'");
    }

    @Test
    void rejectsJsonValueOnAMethodThatIsNoAccessor() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonValue;
                import dev.eventrecords.Event;

                @Event
                public record TagAdded(TagAdded.Tag tag) {
                    public record Tag(String value) {
                        @JsonValue
                        public String text() {
                            return "#" + value;
                        }
                    }
                }
                """;
        Compilation compilation = Compile.sources(source);

        assertRuleErrors(compilation, 1);
        assertErrorAt(
                compilation,
                source,
                "@JsonValue",
                RULE + "record 'TagAdded.Tag' in event 'TagAdded' method 'text()' carries '@JsonValue', which the"
                        + " generated serde does not apply: Jackson 3 writes 'Tag' as what 'text()' returns, and reads"
                        + " it back through its canonical constructor as the component 'value', so it cannot read back"
                        + " what it writes; remove '@JsonValue' and write it on the component 'value' in the record"
                        + " header instead");
    }

    @Test
    void rejectsAnExplicitAccessorWithoutJsonValueBecauseJacksonWritesTheField() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonValue;
                import dev.eventrecords.Event;

                @Event
                public record TagAdded(TagAdded.Tag tag) {
                    public record Tag(@JsonValue String value) {
                        @Override
                        public String value() {
                            return value.trim();
                        }
                    }
                }
                """;
        Compilation compilation = Compile.sources(source);

        assertRuleErrors(compilation, 1);
        assertErrorAt(
                compilation,
                source,
                "value() {",
                RULE + "record 'TagAdded.Tag' in event 'TagAdded' declares accessor 'value()' without '@JsonValue',"
                        + " which its component carries: Jackson 3 then writes the field 'value', not what 'value()'"
                        + " returns, and the generated serde calls the accessor; write '@JsonValue' on 'value()' too,"
                        + " or remove the accessor");
    }

    @Test
    void rejectsAWrapperOfADoubleBecauseJacksonsScalarCreatorIsNotCarried() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonValue;
                import dev.eventrecords.Event;

                @Event
                public record RatioComputed(RatioComputed.Ratio ratio) {
                    public record Ratio(@JsonValue double value) {}
                }
                """;
        Compilation compilation = Compile.sources(source);

        assertRuleErrors(compilation, 1);
        assertErrorAt(
                compilation,
                source,
                "@JsonValue",
                RULE + "record 'RatioComputed.Ratio' in event 'RatioComputed' component 'value' carries '@JsonValue',"
                        + " which the generated serde does not apply: Jackson 3 reads a record whose value is a"
                        + " 'double' through a creator that takes a 'double', 'boolean', 'BigInteger' or"
                        + " 'BigDecimal', by rules of its own that this serde does not carry; remove '@JsonValue' and"
                        + " hold the 'double' itself, or wrap a 'String', 'int', 'long' or another supported type");
    }

    @Test
    void rejectsOtherJacksonAnnotationsInAWrapper() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonProperty;
                import com.fasterxml.jackson.annotation.JsonValue;
                import dev.eventrecords.Event;

                @Event
                public record TagAdded(TagAdded.Tag tag) {
                    public record Tag(@JsonValue @JsonProperty("tag") String value) {}
                }
                """;
        Compilation compilation = Compile.sources(source);

        assertRuleErrors(compilation, 1);
        assertErrorAt(
                compilation,
                source,
                "@JsonProperty",
                RULE + "record 'TagAdded.Tag' in event 'TagAdded' component 'value' carries '@JsonProperty', which the"
                        + " generated serde does not apply in a record written through '@JsonValue': Jackson 3 writes"
                        + " the record as the value of 'value' alone, and '@JsonProperty' can change how it finds the"
                        + " creator that reads it back; remove '@JsonProperty'");
    }

    @Test
    void rejectsAPropertiesCreatorBecauseJacksonThenReadsOnlyAnObject() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonCreator;
                import com.fasterxml.jackson.annotation.JsonValue;
                import dev.eventrecords.Event;

                @Event
                public record TagAdded(TagAdded.Tag tag) {
                    public record Tag(@JsonValue String value) {
                        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
                        public Tag {}
                    }
                }
                """;
        Compilation compilation = Compile.sources(source);

        assertRuleErrors(compilation, 1);
        assertErrorAt(
                compilation,
                source,
                "@JsonCreator",
                RULE + "record 'TagAdded.Tag' in event 'TagAdded' constructor 'Tag(String)' carries"
                        + " '@JsonCreator(mode = PROPERTIES)': Jackson 3 writes 'Tag' as the value of 'value' alone,"
                        + " but then reads it only from an object with a property 'value', so it cannot read back what"
                        + " it writes; remove 'mode', or write 'mode = DELEGATING'");
    }

    @Test
    void rejectsAnotherOneArgumentConstructorBecauseJacksonReadsThroughIt() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonValue;
                import dev.eventrecords.Event;
                import java.util.UUID;

                @Event
                public record OrderShipped(OrderShipped.OrderId order) {
                    public record OrderId(@JsonValue UUID value) {
                        private OrderId(String text) {
                            this(UUID.fromString(text));
                        }
                    }
                }
                """;
        Compilation compilation = Compile.sources(source);

        assertRuleErrors(compilation, 1);
        assertErrorAt(
                compilation,
                source,
                "OrderId(String text)",
                RULE + "record 'OrderShipped.OrderId' in event 'OrderShipped' declares constructor 'OrderId(String)':"
                        + " Jackson 3 may read 'OrderId' through it rather than through the canonical constructor,"
                        + " which the generated serde calls (it does so even for a private one); remove it, or turn it"
                        + " into a static method");
    }

    @Test
    void rejectsAFactoryThatTakesAnotherTypeAndASecondCreator() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonCreator;
                import com.fasterxml.jackson.annotation.JsonValue;
                import dev.eventrecords.Event;
                import java.util.UUID;

                @Event
                public record OrderShipped(OrderShipped.OrderId order) {
                    public record OrderId(@JsonValue UUID value) {
                        @JsonCreator
                        public static OrderId parse(String text) {
                            return new OrderId(UUID.fromString(text));
                        }

                        @JsonCreator
                        public static OrderId of(UUID value) {
                            return new OrderId(value);
                        }
                    }
                }
                """;
        Compilation compilation = Compile.sources(source);

        assertRuleErrors(compilation, 2);
        assertErrorAt(
                compilation,
                source,
                "@JsonCreator\n        public static OrderId parse",
                RULE + "record 'OrderShipped.OrderId' in event 'OrderShipped' method 'parse' carries '@JsonCreator',"
                        + " which the generated serde does not apply: the generated serde calls a factory only when it"
                        + " takes the component's type, 'UUID'; declare one static '@JsonCreator' factory, not"
                        + " private, that takes a 'UUID' and returns 'OrderId', or remove it to read through the"
                        + " canonical constructor");
        assertErrorAt(
                compilation,
                source,
                "@JsonCreator\n        public static OrderId of",
                RULE + "record 'OrderShipped.OrderId' in event 'OrderShipped' method 'of' carries '@JsonCreator', which"
                        + " the generated serde does not apply: 'OrderId' has another '@JsonCreator', and Jackson 3"
                        + " refuses two");
    }

    @Test
    void rejectsNonEmptyOnAWrapperBecauseJacksonAsksTheValueWhetherItIsEmpty() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonInclude;
                import com.fasterxml.jackson.annotation.JsonValue;
                import dev.eventrecords.Event;

                @Event
                public record TagAdded(@JsonInclude(JsonInclude.Include.NON_EMPTY) TagAdded.Tag tag) {
                    public record Tag(@JsonValue String value) {}
                }
                """;
        Compilation compilation = Compile.sources(source);

        assertRuleErrors(compilation, 1);
        assertErrorAt(
                compilation,
                source,
                "tag)",
                RULE + "event 'TagAdded' component 'tag' of type 'TagAdded.Tag' is written with"
                        + " '@JsonInclude(NON_EMPTY)', on it or on its record: Jackson 3 leaves out a '@JsonValue'"
                        + " record whose value its serializer calls empty ('', an empty list, the nil UUID, null), which"
                        + " this serde does not apply to such a record; use 'NON_NULL' or 'NON_ABSENT' for it, with"
                        + " '@JsonInclude' on the component");
    }

    @Test
    void rejectsAWrapperOfAUuidAsAMapKeyBecauseJacksonCannotReadItBack() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonValue;
                import dev.eventrecords.Event;
                import java.util.Map;
                import java.util.UUID;

                @Event
                public record StockCounted(Map<StockCounted.ItemId, Integer> counts) {
                    public StockCounted {
                        counts = Map.copyOf(counts);
                    }

                    public record ItemId(@JsonValue UUID value) {}
                }
                """;
        Compilation compilation = Compile.sources(source);

        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining("a '@JsonValue' record is carried as a map key only when its value is a 'String':"
                        + " Jackson 3 writes such a key as its value's text but reads it back only through a"
                        + " constructor or factory that takes a 'String'");
    }

    @Test
    void honoursAWrapperOfAStringAsAMapKey() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonValue;
                import dev.eventrecords.Event;
                import java.util.Map;

                @Event
                public record StockCounted(Map<StockCounted.Sku, Integer> counts) {
                    public StockCounted {
                        counts = Map.copyOf(counts);
                    }

                    public record Sku(@JsonValue String value) {}
                }
                """;
        Compilation compilation = Compile.sources(source);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generated(compilation, "com.acme.StockCounted_SkuJsonCodec"))
                .contains(
                        "KEY = ValueCodecs.keyOf(\"StockCounted.Sku\", StockCounted.Sku::value, StockCounted.Sku::new);");
        assertThat(generated(compilation, "com.acme.StockCountedSerde"))
                .contains("Codecs.map(StockCounted_SkuJsonCodec.KEY, Codecs.INTEGER)");
    }

    @Test
    void rejectsAnEnumJsonValueThatIsNoString() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonValue;
                import dev.eventrecords.Event;

                @Event
                public record LevelReached(LevelReached.Level level) {
                    public enum Level {
                        LOW(10),
                        HIGH(20);

                        private final int points;

                        Level(int points) {
                            this.points = points;
                        }

                        @JsonValue
                        public int points() {
                            return points;
                        }
                    }
                }
                """;
        Compilation compilation = Compile.sources(source);

        assertRuleErrors(compilation, 1);
        assertErrorAt(
                compilation,
                source,
                "@JsonValue",
                RULE + "enum 'LevelReached.Level' in event 'LevelReached' method 'points()' carries '@JsonValue', which"
                        + " the generated serde does not apply: Jackson 3 writes each constant as the 'int' it gives and"
                        + " reads it back by that value's text, which this serde carries only for a 'String'; remove"
                        + " '@JsonValue' and write it on one public method without parameters that returns a 'String',"
                        + " as in '@JsonValue public String code()'");
    }

    @Test
    void rejectsAPrivateEnumJsonValueAndTwoOfThem() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonValue;
                import dev.eventrecords.Event;

                @Event
                public record LevelReached(LevelReached.Level level, LevelReached.Tier tier) {
                    public enum Level {
                        LOW;

                        @JsonValue
                        private String code() {
                            return "low";
                        }
                    }

                    public enum Tier {
                        GOLD;

                        @JsonValue
                        public final String code = "gold";

                        @JsonValue
                        public String label() {
                            return "Gold";
                        }
                    }
                }
                """;
        Compilation compilation = Compile.sources(source);

        assertRuleErrors(compilation, 3);
        assertErrorAt(
                compilation,
                source,
                "@JsonValue\n        private",
                RULE + "enum 'LevelReached.Level' in event 'LevelReached' method 'code()' carries '@JsonValue', which"
                        + " the generated serde does not apply: it is private, so the generated codec cannot call it");
        assertErrorAt(
                compilation,
                source,
                "@JsonValue\n        public final",
                RULE + "enum 'LevelReached.Tier' in event 'LevelReached' field 'code' carries '@JsonValue', which the"
                        + " generated serde does not apply: Jackson 3 refuses a type with more than one; keep it on one"
                        + " of 'code', 'label'");
        assertErrorAt(
                compilation,
                source,
                "@JsonValue\n        public String label",
                RULE + "enum 'LevelReached.Tier' in event 'LevelReached' method 'label()' carries '@JsonValue'");
    }

    @Test
    void rejectsJsonValueOnAStaticMemberAndTheCreatorOfARecordWrittenAsAnObject() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonCreator;
                import com.fasterxml.jackson.annotation.JsonValue;
                import dev.eventrecords.Event;

                @Event
                public record TagAdded(TagAdded.Tag tag) {
                    public record Tag(String value) {
                        @JsonValue
                        static final String DEFAULT = "none";

                        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
                        public Tag {}
                    }
                }
                """;
        Compilation compilation = Compile.sources(source);

        assertRuleErrors(compilation, 2);
        assertErrorAt(
                compilation,
                source,
                "@JsonValue",
                RULE + "record 'TagAdded.Tag' in event 'TagAdded' field 'DEFAULT' carries '@JsonValue', which the"
                        + " generated serde does not apply: Jackson 3 does not use a static member as the value; remove"
                        + " '@JsonValue', or write it on the component 'value'");
        assertErrorAt(
                compilation,
                source,
                "@JsonCreator",
                RULE + "record 'TagAdded.Tag' in event 'TagAdded' constructor 'Tag(String)' carries '@JsonCreator',"
                        + " which the generated serde does not apply");
    }

    @Test
    void rejectsJsonValueFalse() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonValue;
                import dev.eventrecords.Event;

                @Event
                public record TagAdded(TagAdded.Tag tag) {
                    public record Tag(@JsonValue(false) String value) {}
                }
                """;
        Compilation compilation = Compile.sources(source);

        assertRuleErrors(compilation, 1);
        assertErrorAt(
                compilation,
                source,
                "@JsonValue(false)",
                RULE + "record 'TagAdded.Tag' in event 'TagAdded' component 'value' carries '@JsonValue', which the"
                        + " generated serde does not apply: '@JsonValue(false)' only undoes an inherited '@JsonValue',"
                        + " which no type here has; remove '@JsonValue'");
    }

    @Test
    void rejectsJsonRawValueSayingWhyAndWhatToWrite() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonRawValue;
                import dev.eventrecords.Event;

                @Event
                public record NoteAdded(@JsonRawValue String text) {}
                """;
        Compilation compilation = Compile.sources(source);

        assertRuleErrors(compilation, 1);
        assertErrorAt(
                compilation,
                source,
                "@JsonRawValue",
                RULE + "event 'NoteAdded' component 'text' carries '@JsonRawValue', which the generated serde does not"
                        + " apply: Jackson 3 writes the text unescaped, as raw JSON that nothing checks is JSON at all,"
                        + " and reads the property back as a 'String', so an object it wrote fails to read and a string"
                        + " comes back without its quotes; this serde writes only JSON it reads back as written; remove"
                        + " '@JsonRawValue' and carry structured data as records, or the text as a plain 'String'"
                        + " (written as a JSON string)");
    }

    @Test
    void rejectsJsonEnumDefaultValueOffAConstant() {
        String source = """
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
                import dev.eventrecords.Event;

                @Event
                public record NoteAdded(@JsonEnumDefaultValue String text) {}
                """;
        Compilation compilation = Compile.sources(source);

        assertRuleErrors(compilation, 1);
        assertErrorAt(
                compilation,
                source,
                "@JsonEnumDefaultValue",
                RULE + "event 'NoteAdded' component 'text' carries '@JsonEnumDefaultValue', which the generated serde"
                        + " does not apply: Jackson 3 reads it only on an enum constant; write it on the constant that"
                        + " stands for unknown texts, or remove '@JsonEnumDefaultValue'");
    }

    private static String generated(Compilation compilation, String name) {
        try {
            return compilation
                    .generatedSourceFile(name)
                    .orElseThrow()
                    .getCharContent(true)
                    .toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertRuleErrors(Compilation compilation, int count) {
        List<String> errors = compilation.errors().stream()
                .map(d -> d.getMessage(Locale.ROOT))
                .filter(m -> m.startsWith(RULE))
                .collect(Collectors.toList());
        if (errors.size() != count) {
            throw new AssertionError(
                    "expected " + count + " unsupported-annotation errors but got:\n" + all(compilation));
        }
    }

    /** Exactly one error starts with {@code text}, and javac points it at the one place in the source {@code at} is. */
    private static void assertErrorAt(Compilation compilation, String source, String at, String text) {
        int index = source.indexOf(at);
        if (index < 0 || source.indexOf(at, index + 1) >= 0) {
            throw new IllegalArgumentException("'" + at + "' is not written exactly once in the source");
        }
        long line = source.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
        long column = index - source.lastIndexOf('\n', index - 1);
        List<Diagnostic<? extends JavaFileObject>> matching = compilation.errors().stream()
                .filter(d -> d.getMessage(Locale.ROOT).startsWith(text))
                .collect(Collectors.toList());
        if (matching.size() != 1
                || matching.get(0).getLineNumber() != line
                || matching.get(0).getColumnNumber() != column) {
            throw new AssertionError("expected one error at " + line + ":" + column + " starting with\n  " + text
                    + "\nbut got:\n" + all(compilation));
        }
    }

    private static String all(Compilation compilation) {
        return compilation.diagnostics().stream()
                .map(d -> "  " + d.getKind() + " " + d.getLineNumber() + ":" + d.getColumnNumber() + ": "
                        + d.getMessage(Locale.ROOT))
                .collect(Collectors.joining("\n"));
    }
}
