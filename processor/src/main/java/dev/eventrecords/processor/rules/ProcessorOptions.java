package dev.eventrecords.processor.rules;

import dev.eventrecords.processor.immutability.ImmutableTypesOption;
import dev.eventrecords.processor.model.WireFormat;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The processor options ({@code -Aname=value}), parsed once per compilation. The processor's supported options are
 * exactly {@link #NAMES}; a bad value is an {@code eventrecords:options} error and the processor then generates
 * nothing, since it cannot know what the user meant.
 *
 * @param naming {@code eventrecords.naming}: how the past-tense rule reports ({@code error} by default)
 * @param verbs {@code eventrecords.verbs}: extra words accepted as past forms, lower case
 * @param vagueNames {@code eventrecords.vagueNames}: how the vague-name rule reports ({@code warn} by default)
 * @param immutableTypes {@code eventrecords.immutableTypes}: canonical names the user declares immutable
 * @param asyncApiTitle {@code eventrecords.asyncapi.title}: the {@code info.title} of the AsyncAPI document
 * @param asyncApiVersion {@code eventrecords.asyncapi.version}: its {@code info.version}
 * @param baseline {@code eventrecords.baseline}: the directory holding the schema files of the last release, when
 *     the compatibility check runs
 * @param compatibility {@code eventrecords.compatibility}: which consumers the check protects ({@code FULL} by
 *     default)
 * @param format {@code eventrecords.format}: the format of events and families that set none ({@code json} by
 *     default)
 */
public record ProcessorOptions(
        Severity naming,
        Set<String> verbs,
        Severity vagueNames,
        Set<String> immutableTypes,
        String asyncApiTitle,
        String asyncApiVersion,
        Optional<Path> baseline,
        Compatibility compatibility,
        WireFormat format) {

    public static final String NAMING = "eventrecords.naming";
    public static final String VERBS = "eventrecords.verbs";
    public static final String VAGUE_NAMES = "eventrecords.vagueNames";
    public static final String ASYNCAPI_TITLE = "eventrecords.asyncapi.title";
    public static final String ASYNCAPI_VERSION = "eventrecords.asyncapi.version";
    public static final String BASELINE = "eventrecords.baseline";
    public static final String COMPATIBILITY = "eventrecords.compatibility";
    public static final String FORMAT = "eventrecords.format";

    /** The AsyncAPI document's title and version when the options do not give them. */
    public static final String DEFAULT_ASYNCAPI_TITLE = "Event catalogue";

    public static final String DEFAULT_ASYNCAPI_VERSION = "0.0.0";

    /** Every option the processor reads. */
    public static final Set<String> NAMES = Set.of(
            NAMING,
            VERBS,
            VAGUE_NAMES,
            ImmutableTypesOption.NAME,
            ASYNCAPI_TITLE,
            ASYNCAPI_VERSION,
            BASELINE,
            COMPATIBILITY,
            FORMAT);

    private static final List<Severity> NAMING_VALUES = List.of(Severity.ERROR, Severity.WARN, Severity.OFF);
    private static final List<Severity> VAGUE_VALUES = List.of(Severity.WARN, Severity.ERROR, Severity.OFF);

    public ProcessorOptions {
        verbs = Set.copyOf(verbs);
        immutableTypes = Set.copyOf(immutableTypes);
    }

    /** The options and the problems of the values given. */
    public record Parsed(ProcessorOptions options, List<String> problems) {
        public Parsed {
            problems = List.copyOf(problems);
        }
    }

    /** The defaults: every rule on at its usual severity, nothing extra declared. */
    public static ProcessorOptions defaults() {
        return new ProcessorOptions(
                Severity.ERROR,
                Set.of(),
                Severity.WARN,
                Set.of(),
                DEFAULT_ASYNCAPI_TITLE,
                DEFAULT_ASYNCAPI_VERSION,
                Optional.empty(),
                Compatibility.FULL,
                WireFormat.JSON);
    }

    /**
     * Parses the options javac was given, keeping the default for any value that is bad.
     *
     * @param raw the options, as {@code ProcessingEnvironment.getOptions()} gives them (other processors' too)
     * @return the options, and one message per bad value, naming the option and listing the valid values
     */
    public static Parsed parse(Map<String, String> raw) {
        List<String> problems = new ArrayList<>();
        Severity naming = severity(raw, NAMING, NAMING_VALUES, Severity.ERROR, problems);
        Severity vague = severity(raw, VAGUE_NAMES, VAGUE_VALUES, Severity.WARN, problems);
        Set<String> verbs = new LinkedHashSet<>();
        for (String word : value(raw, VERBS).map(v -> v.split(",")).orElse(new String[0])) {
            if (word.isBlank()) {
                continue;
            }
            if (word.trim().matches("\\p{IsLatin}+")) {
                verbs.add(word.trim().toLowerCase(Locale.ROOT));
            } else {
                problems.add("option '" + VERBS + "' has '" + word.trim()
                        + "', which is not a word; give comma-separated words, such as 'upserted,deduped'");
            }
        }
        Optional<String> immutable = value(raw, ImmutableTypesOption.NAME);
        problems.addAll(ImmutableTypesOption.validate(immutable));
        return new Parsed(
                new ProcessorOptions(
                        naming,
                        verbs,
                        vague,
                        ImmutableTypesOption.parse(immutable),
                        value(raw, ASYNCAPI_TITLE).orElse(DEFAULT_ASYNCAPI_TITLE),
                        value(raw, ASYNCAPI_VERSION).orElse(DEFAULT_ASYNCAPI_VERSION),
                        baseline(raw, problems),
                        compatibility(raw, problems),
                        format(raw, problems)),
                problems);
    }

    private static WireFormat format(Map<String, String> raw, List<String> problems) {
        Optional<String> value = value(raw, FORMAT);
        if (value.isEmpty()) {
            return WireFormat.JSON;
        }
        Optional<WireFormat> parsed = WireFormat.parse(value.get());
        if (parsed.isEmpty()) {
            problems.add("option '" + FORMAT + "' has unknown value '" + value.get() + "'; valid values are "
                    + Stream.of(WireFormat.values())
                            .map(f -> "'" + f.optionValue() + "'")
                            .collect(Collectors.joining(", ")));
            return WireFormat.JSON;
        }
        return parsed.get();
    }

    /** The baseline directory: it must exist, since a mistyped one would silently check nothing. */
    private static Optional<Path> baseline(Map<String, String> raw, List<String> problems) {
        Optional<String> value = value(raw, BASELINE);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path directory = Path.of(value.get());
            if (Files.isDirectory(directory)) {
                return Optional.of(directory);
            }
        } catch (InvalidPathException e) {
            // reported below, as any path that names no directory
        }
        problems.add("option '" + BASELINE + "' has '" + value.get() + "', which is not a directory; give the"
                + " directory holding the schema files of the last release, a copy of the class output's"
                + " 'META-INF/eventrecords/schemas'");
        return Optional.empty();
    }

    private static Compatibility compatibility(Map<String, String> raw, List<String> problems) {
        Optional<String> value = value(raw, COMPATIBILITY);
        if (value.isEmpty()) {
            return Compatibility.FULL;
        }
        Optional<Compatibility> parsed = Compatibility.parse(value.get());
        if (parsed.isEmpty()) {
            problems.add("option '" + COMPATIBILITY + "' has unknown value '" + value.get() + "'; valid values are "
                    + Arrays.stream(Compatibility.values())
                            .map(c -> "'" + c.name() + "'")
                            .collect(Collectors.joining(", ")));
        }
        return parsed.orElse(Compatibility.FULL);
    }

    private static Severity severity(
            Map<String, String> raw, String name, List<Severity> valid, Severity fallback, List<String> problems) {
        Optional<String> value = value(raw, name);
        if (value.isEmpty()) {
            return fallback;
        }
        Optional<Severity> parsed = Severity.parse(value.get());
        if (parsed.isEmpty()) {
            problems.add("option '" + name + "' has unknown value '" + value.get() + "'; valid values are "
                    + valid.stream().map(s -> "'" + s.optionValue() + "'").collect(Collectors.joining(", ")));
        }
        return parsed.orElse(fallback);
    }

    /** A value, trimmed; empty when the option is absent or blank. */
    private static Optional<String> value(Map<String, String> raw, String name) {
        return Optional.ofNullable(raw.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }
}
