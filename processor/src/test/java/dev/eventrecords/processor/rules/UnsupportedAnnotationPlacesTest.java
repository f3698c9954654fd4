package dev.eventrecords.processor.rules;

import com.google.testing.compile.Compilation;
import dev.eventrecords.processor.Compile;
import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each common Jackson annotation at each place its {@code @Target} allows: on the event, a component, a nested
 * record, its component, an enum, an enum constant and an explicit accessor. Every one is an error of its own, on the
 * annotation, naming it, with what to write instead. The places come from the real annotation's {@code @Target}.
 */
class UnsupportedAnnotationPlacesTest {

    private static final String RULE = "[eventrecords:unsupported-annotation] ";

    /** A place in the source below: the text written there, and the message's subject for it. */
    private record Place(ElementType target, String written, String subject) {}

    private static final List<Place> PLACES = List.of(
            new Place(ElementType.TYPE, "@A public record SomethingHappened(", "event 'SomethingHappened'"),
            new Place(ElementType.FIELD, "@A String first,", "event 'SomethingHappened' component 'first'"),
            new Place(
                    ElementType.TYPE,
                    "@A public record Inner(",
                    "record 'SomethingHappened.Inner' in event 'SomethingHappened'"),
            new Place(
                    ElementType.FIELD,
                    "@A String value",
                    "record 'SomethingHappened.Inner' in event 'SomethingHappened' component 'value'"),
            new Place(
                    ElementType.TYPE,
                    "@A public enum Kind {",
                    "enum 'SomethingHappened.Kind' in event 'SomethingHappened'"),
            new Place(
                    ElementType.FIELD,
                    "@A ONE,",
                    "enum 'SomethingHappened.Kind' in event 'SomethingHappened' constant 'ONE'"),
            new Place(
                    ElementType.METHOD,
                    "@A public String second() {",
                    "event 'SomethingHappened' accessor 'second()'"));

    /**
     * The places where the serde honours an annotation, as Jackson 3 applies it: written on a component (the
     * {@code FIELD} places of components), for {@code @JsonProperty} on an enum constant, and for
     * {@code @JsonPropertyOrder}, {@code @JsonInclude}, {@code @JsonIgnoreProperties} and {@code @JsonNaming} (with a
     * standard strategy) on a record, {@code @JsonValue} on the single component of a nested record and
     * {@code @JsonEnumDefaultValue} on an enum constant.
     */
    private static final Map<String, Set<String>> HONOURED = Map.of(
            "com.fasterxml.jackson.annotation.JsonProperty", Set.of("@A String first,", "@A String value", "@A ONE,"),
            "com.fasterxml.jackson.annotation.JsonIgnore", Set.of("@A String first,", "@A String value"),
            "com.fasterxml.jackson.annotation.JsonAlias", Set.of("@A String first,", "@A String value"),
            "com.fasterxml.jackson.annotation.JsonPropertyOrder",
                    Set.of("@A public record SomethingHappened(", "@A public record Inner("),
            "com.fasterxml.jackson.annotation.JsonInclude",
                    Set.of(
                            "@A String first,",
                            "@A String value",
                            "@A public record SomethingHappened(",
                            "@A public record Inner("),
            "com.fasterxml.jackson.annotation.JsonIgnoreProperties",
                    Set.of("@A public record SomethingHappened(", "@A public record Inner("),
            "tools.jackson.databind.annotation.JsonNaming",
                    Set.of("@A public record SomethingHappened(", "@A public record Inner("),
            "com.fasterxml.jackson.annotation.JsonValue", Set.of("@A String value"),
            "com.fasterxml.jackson.annotation.JsonEnumDefaultValue", Set.of("@A ONE,"));

    static Stream<Arguments> annotations() {
        return Stream.of(
                Arguments.of("com.fasterxml.jackson.annotation.JsonProperty", "(\"wire_name\")"),
                Arguments.of("com.fasterxml.jackson.annotation.JsonIgnore", ""),
                Arguments.of("com.fasterxml.jackson.annotation.JsonValue", ""),
                Arguments.of("com.fasterxml.jackson.annotation.JsonCreator", ""),
                Arguments.of("com.fasterxml.jackson.annotation.JsonFormat", "(shape = JsonFormat.Shape.STRING)"),
                Arguments.of("com.fasterxml.jackson.annotation.JsonInclude", "(JsonInclude.Include.NON_NULL)"),
                Arguments.of("com.fasterxml.jackson.annotation.JsonAlias", "(\"old_name\")"),
                Arguments.of("com.fasterxml.jackson.annotation.JsonIgnoreProperties", "({\"extra\"})"),
                Arguments.of("com.fasterxml.jackson.annotation.JsonPropertyOrder", "({\"second\", \"first\"})"),
                Arguments.of("com.fasterxml.jackson.annotation.JsonTypeInfo", "(use = JsonTypeInfo.Id.NAME)"),
                Arguments.of("com.fasterxml.jackson.annotation.JsonSubTypes", "({})"),
                Arguments.of("com.fasterxml.jackson.annotation.JsonTypeName", "(\"happened\")"),
                Arguments.of("com.fasterxml.jackson.annotation.JsonUnwrapped", ""),
                Arguments.of("com.fasterxml.jackson.annotation.JsonRawValue", ""),
                Arguments.of("com.fasterxml.jackson.annotation.JsonEnumDefaultValue", ""),
                Arguments.of("com.fasterxml.jackson.annotation.JsonGetter", "(\"got\")"),
                Arguments.of("com.fasterxml.jackson.annotation.JsonSetter", "(\"set\")"),
                Arguments.of("com.fasterxml.jackson.annotation.JsonIgnoreType", ""),
                Arguments.of("com.fasterxml.jackson.annotation.JsonRootName", "(\"root\")"),
                Arguments.of(
                        "tools.jackson.databind.annotation.JsonNaming",
                        "(tools.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy.class)"),
                Arguments.of(
                        "tools.jackson.databind.annotation.EnumNaming",
                        "(tools.jackson.databind.EnumNamingStrategies.SnakeCaseStrategy.class)"),
                Arguments.of(
                        "tools.jackson.databind.annotation.JsonSerialize",
                        "(using = tools.jackson.databind.ser.std.ToStringSerializer.class)"),
                Arguments.of("tools.jackson.databind.annotation.JsonDeserialize", "(as = String.class)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("annotations")
    void rejectsTheAnnotationAtEveryPlaceItMayBeWritten(String name, String arguments) throws Exception {
        Class<?> type = Class.forName(name);
        Set<ElementType> targets = Set.of(
                type.asSubclass(Annotation.class).getAnnotation(Target.class).value());
        String simple = type.getSimpleName();
        List<Place> allowed =
                PLACES.stream().filter(p -> targets.contains(p.target())).collect(Collectors.toList());
        String source = source(allowed).replace("@A ", "@" + simple + arguments + " ");
        Set<String> honoured = HONOURED.getOrDefault(name, Set.of());
        List<Place> places =
                allowed.stream().filter(p -> !honoured.contains(p.written())).collect(Collectors.toList());
        Compilation compilation = Compile.sources(source.replace("import A;", "import " + name + ";"));

        List<Diagnostic<? extends JavaFileObject>> errors = compilation.errors().stream()
                .filter(d -> d.getMessage(Locale.ROOT).startsWith(RULE))
                .collect(Collectors.toList());
        List<String> problems = new ArrayList<>();
        for (Place place : places) {
            String written = place.written().replace("@A ", "@" + simple + arguments + " ");
            int index = source.indexOf(written);
            long line =
                    source.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
            long column = index - source.lastIndexOf('\n', index - 1);
            // an annotation honoured on the component but written elsewhere: the fix is to write it on the component
            // (@JsonFormat is honoured on components of some types, so its advice on an accessor is the same)
            boolean elsewhere = (honoured.contains("@A String first,") || simple.equals("JsonFormat"))
                    && place.target() == ElementType.METHOD;
            String start = RULE + place.subject() + " carries '@" + simple + "', which the generated serde "
                    + (elsewhere ? "applies only written on the component: Jackson 3 " : "does not apply: Jackson 3 ");
            String fix = elsewhere ? "write '@" + simple + "' on the component" : "remove '@" + simple + "'";
            List<Diagnostic<? extends JavaFileObject>> matching = errors.stream()
                    .filter(d -> d.getMessage(Locale.ROOT).startsWith(start))
                    .filter(d -> d.getMessage(Locale.ROOT).contains(fix))
                    .collect(Collectors.toList());
            if (matching.size() != 1
                    || matching.get(0).getLineNumber() != line
                    || matching.get(0).getColumnNumber() != column) {
                problems.add("no error at " + line + ":" + column + " starting with " + start);
            }
        }
        if (places.isEmpty() || errors.size() != places.size() || !problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems) + "\nin\n" + source + "\ngot:\n"
                    + compilation.diagnostics().stream()
                            .map(d -> "  " + d.getLineNumber() + ":" + d.getColumnNumber() + ": "
                                    + d.getMessage(Locale.ROOT))
                            .collect(Collectors.joining("\n")));
        }
    }

    /** The event with {@code @A} at the given places; the import line is added above. */
    private static String source(List<Place> places) {
        String source = """
                package com.acme;
                import dev.eventrecords.Event;

                @Event
                @A public record SomethingHappened(
                        @A String first,
                        String second,
                        SomethingHappened.Inner inner,
                        SomethingHappened.Kind kind) {
                    @Override
                    @A public String second() {
                        return second;
                    }

                    @A public record Inner(@A String value) {}

                    @A public enum Kind {
                        @A ONE,
                        TWO
                    }
                }
                """;
        for (Place place : PLACES) {
            if (!places.contains(place)) {
                source = source.replace(place.written(), place.written().substring("@A ".length()));
            }
        }
        return source.replace("package com.acme;\n", "package com.acme;\nimport A;\n");
    }
}
