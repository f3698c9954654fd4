package dev.eventrecords.processor.model;

import dev.eventrecords.processor.model.ValueFormat.Kind;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQuery;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/**
 * {@code @JsonFormat} on a record component, as Jackson 3.3's default mapper applies it, mapped to a
 * {@link ValueFormat}, or refused with the reason. The one place that decides which combinations of shape, pattern,
 * locale, time zone and type are carried: the model reads the form from here, the unsupported-annotation rule reports
 * the refusals.
 *
 * <p>What Jackson 3.3 does was found by running it on every combination (see the README's "What a component may be"):
 * it applies the annotation of a {@code List}, {@code Set}, {@code Optional} or {@code Map} component to the elements
 * (a map's values); a pattern is {@code DateTimeFormatter.ofPattern(pattern, locale)} with the time zone as its
 * override zone, in the mapper's default locale without one, for writing and reading alike; {@code NUMBER} and
 * {@code NUMBER_FLOAT} write a date-time or duration as decimal seconds, {@code NUMBER_INT} as milliseconds (and then
 * read an integer as milliseconds), a {@code LocalDate} as its epoch day; an enum's {@code NUMBER} is its index.
 */
public final class JsonFormats {

    public static final String JSON_FORMAT = "com.fasterxml.jackson.annotation.JsonFormat";

    /** Jackson's "not set" for the annotation's texts. */
    private static final String DEFAULT = "##default";

    /** The value read: the form, or the reason it is refused. */
    public record Reading(ValueFormat format, Optional<Refusal> refusal) {

        static Reading of(ValueFormat format) {
            return new Reading(format, Optional.empty());
        }

        static Reading refused(String effect, String instead, String member) {
            return new Reading(ValueFormat.NONE, Optional.of(new Refusal(effect, instead, member)));
        }
    }

    /**
     * Why a combination is refused.
     *
     * @param effect what Jackson 3 does with it, or why it cannot be carried, as a lower-case clause
     * @param instead what to write instead
     * @param member the annotation member at fault, where the error points ({@code pattern}), or {@code ""}
     */
    public record Refusal(String effect, String instead, String member) {}

    /** The types a pattern applies to, with a value to try it on: Jackson 3 writes them through their formatter. */
    private static final Map<String, TemporalAccessor> PATTERNED = Map.of(
            "java.time.Instant", Instant.parse("2026-12-03T10:15:30.123456789Z"),
            "java.time.LocalDate", LocalDate.of(2026, 12, 3),
            "java.time.LocalDateTime", LocalDateTime.of(2026, 12, 3, 10, 15, 30, 123456789),
            "java.time.LocalTime", LocalTime.of(10, 15, 30, 123456789),
            "java.time.OffsetDateTime", OffsetDateTime.of(2026, 12, 3, 10, 15, 30, 123456789, ZoneOffset.ofHours(2)),
            "java.time.ZonedDateTime", ZonedDateTime.of(2026, 12, 3, 10, 15, 30, 123456789, ZoneId.of("Europe/Paris")),
            "java.time.OffsetTime", OffsetTime.of(10, 15, 30, 123456789, ZoneOffset.ofHours(2)),
            "java.time.YearMonth", YearMonth.of(2026, 12),
            "java.time.MonthDay", MonthDay.of(12, 3),
            "java.time.Year", Year.of(2026));

    private static final Map<String, TemporalQuery<?>> QUERIES = Map.of(
            "java.time.Instant", Instant::from,
            "java.time.LocalDate", LocalDate::from,
            "java.time.LocalDateTime", LocalDateTime::from,
            "java.time.LocalTime", LocalTime::from,
            "java.time.OffsetDateTime", OffsetDateTime::from,
            "java.time.ZonedDateTime", ZonedDateTime::from,
            "java.time.OffsetTime", OffsetTime::from,
            "java.time.YearMonth", YearMonth::from,
            "java.time.MonthDay", MonthDay::from,
            "java.time.Year", Year::from);

    /** The types Jackson 3 writes as a timestamp with a number shape. */
    private static final Set<String> TIMESTAMPED =
            Set.of("java.time.Instant", "java.time.OffsetDateTime", "java.time.ZonedDateTime", "java.time.Duration");

    /** The types that {@code shape = STRING} without a pattern leaves in their default form, as Jackson 3 writes. */
    private static final Set<String> TEXT_ALREADY = Set.of(
            "java.time.Instant",
            "java.time.LocalDate",
            "java.time.LocalDateTime",
            "java.time.LocalTime",
            "java.time.OffsetDateTime",
            "java.time.ZonedDateTime",
            "java.time.Duration",
            "java.time.Period",
            "java.time.YearMonth",
            "java.time.MonthDay",
            "java.time.OffsetTime",
            "java.time.ZoneOffset",
            "java.time.ZoneId");

    /** What Jackson 3 writes for a number shape on the types it writes as an array. */
    private static final Map<String, String> ARRAYS = Map.of(
            "java.time.LocalDate", "[2026,12,3]",
            "java.time.LocalDateTime", "[2026,12,3,10,15,30,123456789]",
            "java.time.LocalTime", "[10,15,30,123456789]",
            "java.time.YearMonth", "[2026,12]",
            "java.time.MonthDay", "[12,3]",
            "java.time.OffsetTime", "[10,15,30,123456789,\"+02:00\"]");

    private JsonFormats() {}

    /**
     * The form {@code @JsonFormat} on {@code element} (the component's field) gives a value of {@code shape}:
     * {@link ValueFormat#NONE} without the annotation.
     */
    public static Reading read(Element element, Shape shape) {
        return ModelReader.annotation(element, JSON_FORMAT)
                .map(a -> read(a, shape))
                .orElse(Reading.of(ValueFormat.NONE));
    }

    /** The form the annotation gives a value of {@code shape}. */
    public static Reading read(AnnotationMirror annotation, Shape shape) {
        String jsonShape = enumValue(annotation, "shape").orElse("ANY");
        String pattern = text(annotation, "pattern").orElse("");
        Optional<String> locale = text(annotation, "locale").filter(t -> !t.equals(DEFAULT));
        Optional<String> timezone = text(annotation, "timezone").filter(t -> !t.equals(DEFAULT));
        String lenient = enumValue(annotation, "lenient").orElse("DEFAULT");
        for (String member : List.of("with", "without")) {
            if (ModelReader.explicitValue(annotation, member)
                    .map(v -> v.getValue() instanceof List<?> l && !l.isEmpty())
                    .orElse(false)) {
                return Reading.refused(
                        "Jackson 3 turns the features it lists on or off for the value, which this serde does not",
                        "remove '" + member + "'",
                        member);
            }
        }
        boolean strict = lenient.equals("FALSE");
        if (strict && pattern.isEmpty()) {
            return Reading.refused(
                    "Jackson 3 then reads the value strictly in its default form too, which this serde does only with"
                            + " a 'pattern'",
                    "remove 'lenient', or give the 'pattern' to read strictly",
                    "lenient");
        }
        Shape target = shape;
        if (Shape.contained(shape) != null) {
            target = Shape.contained(shape);
            if (Shape.contained(target) != null) {
                return Reading.refused(
                        "this serde applies it to the values of one 'List', 'Set', 'Optional' or 'Map' only, not to"
                                + " containers within containers",
                        "carry the inner container in a record of its own, with '@JsonFormat' on its component",
                        "");
            }
        }
        if (target instanceof Shape.EnumType e) {
            return enumForm(e, jsonShape, pattern, locale, timezone);
        }
        String type = target instanceof Shape.Scalar s ? s.value().name() : "";
        if (!type.startsWith("java.time.")) {
            return Reading.refused(
                    "Jackson 3 changes the form of a '" + display(target) + "' with it (a number as"
                            + " text, a boolean as a number), which this serde does for 'java.time' values and enums"
                            + " only",
                    "remove '@JsonFormat', or give the component the type of the form it should have (a 'String'"
                            + " for a number as text)",
                    "");
        }
        String simple = type.substring("java.time.".length());
        if (!pattern.isEmpty()) {
            return patterned(type, simple, jsonShape, pattern, locale, timezone, strict);
        }
        if (locale.isPresent() || timezone.isPresent()) {
            return Reading.refused(
                    "Jackson 3 applies 'locale' and 'timezone' only with a 'pattern', so here they change nothing",
                    "remove them, or add the 'pattern' they belong to",
                    locale.isPresent() ? "locale" : "timezone");
        }
        switch (jsonShape) {
            case "ANY":
                return Reading.of(ValueFormat.NONE);
            case "STRING":
                if (TEXT_ALREADY.contains(type)) {
                    return Reading.of(ValueFormat.NONE);
                }
                return Reading.refused(
                        "Jackson 3 then writes a '" + simple + "' as a string ("
                                + (simple.equals("Year") ? "\"2026\"" : "\"MARCH\"") + "), which this serde does not",
                        "remove 'shape': a '" + simple + "' is written as a number",
                        "shape");
            case "NUMBER":
            case "NUMBER_FLOAT":
            case "NUMBER_INT":
                if (TIMESTAMPED.contains(type)) {
                    return Reading.of(form(jsonShape.equals("NUMBER_INT") ? Kind.MILLIS : Kind.SECONDS));
                }
                if (type.equals("java.time.LocalDate") && jsonShape.equals("NUMBER_INT")) {
                    return Reading.of(form(Kind.EPOCH_DAY));
                }
                if (type.equals("java.time.Year") && !jsonShape.equals("NUMBER_FLOAT")) {
                    return Reading.of(ValueFormat.NONE);
                }
                if (ARRAYS.containsKey(type)) {
                    boolean withFraction = type.equals("java.time.LocalDateTime")
                            || type.equals("java.time.LocalTime")
                            || type.equals("java.time.OffsetTime");
                    if (jsonShape.equals("NUMBER_INT") && withFraction) {
                        return Reading.refused(
                                "Jackson 3 then writes a '" + simple + "' as an array with the fraction of a second in"
                                        + " milliseconds (" + ARRAYS.get(type).replace("123456789", "123")
                                        + ") and reads that last number back as milliseconds, which this serde does"
                                        + " not",
                                "use 'shape = NUMBER' for the array with nanoseconds (" + ARRAYS.get(type)
                                        + "), or a 'pattern'",
                                "shape");
                    }
                    return Reading.of(form(Kind.ARRAY));
                }
                return Reading.refused(
                        type.equals("java.time.Month")
                                ? "Jackson 3 then writes a 'Month' as an array ([3]) that it cannot read back"
                                : "Jackson 3 writes a '" + simple + "' in its default form whatever the shape, so it"
                                        + " changes nothing",
                        "remove 'shape'",
                        "shape");
            case "ARRAY":
                if (Set.of("java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime")
                        .contains(type)) {
                    return Reading.of(form(Kind.ARRAY));
                }
                return Reading.refused(
                        "Jackson 3 writes a '" + simple + "' with 'shape = ARRAY' in a form this serde does not carry",
                        ARRAYS.containsKey(type)
                                ? "use 'shape = NUMBER' for the array (" + ARRAYS.get(type) + ")"
                                : "use 'shape = STRING' with a 'pattern', or 'shape = NUMBER' or 'NUMBER_INT' for a"
                                        + " timestamp",
                        "shape");
            default:
                return Reading.refused(
                        "Jackson 3 writes a '" + simple + "' with 'shape = " + jsonShape + "' in a form this serde does"
                                + " not carry",
                        "use 'shape = STRING' with a 'pattern', or 'shape = NUMBER' or 'NUMBER_INT' for a timestamp",
                        "shape");
        }
    }

    private static Reading patterned(
            String type,
            String simple,
            String jsonShape,
            String pattern,
            Optional<String> locale,
            Optional<String> timezone,
            boolean strict) {
        TemporalAccessor sample = PATTERNED.get(type);
        if (sample == null) {
            return Reading.refused(
                    simple.equals("Duration")
                            ? "Jackson 3 takes a 'Duration' pattern as a unit for numbers ('MINUTES'), which this serde"
                                    + " does not"
                            : "Jackson 3 writes a '" + simple + "' in its default form whatever the pattern",
                    "remove 'pattern'",
                    "pattern");
        }
        if (!jsonShape.equals("ANY") && !jsonShape.equals("STRING")) {
            return Reading.refused(
                    "Jackson 3 writes the value in the form of 'shape = " + jsonShape + "' and ignores the pattern",
                    "remove 'shape', or remove 'pattern'",
                    "shape");
        }
        Optional<Locale> language = Optional.empty();
        if (locale.isPresent()) {
            language = locale(locale.get());
            if (language.isEmpty()) {
                return Reading.refused(
                        "'" + locale.get() + "' is not a language this serde knows for certain as Jackson 3 does",
                        "write a language and optionally a country, as 'fr' or 'fr-FR'",
                        "locale");
            }
        }
        ZoneId zone = null;
        if (timezone.isPresent()) {
            TimeZone known = TimeZone.getTimeZone(timezone.get());
            if (known.getID().equals("GMT") && !timezone.get().equals("GMT")) {
                return Reading.refused(
                        "'" + timezone.get() + "' is no time zone, and Jackson 3 would silently use GMT for it",
                        "write a zone id, as 'UTC' or 'Europe/Paris'",
                        "timezone");
            }
            zone = known.toZoneId();
        }
        if (type.equals("java.time.Instant") && zone == null) {
            return Reading.refused(
                    "an 'Instant' has no date or time of day without a time zone, and Jackson 3 fails to write it"
                            + " ('Unsupported field: YearOfEra')",
                    "add the zone of the text, as 'timezone = \"UTC\"'",
                    "pattern");
        }
        DateTimeFormatter formatter;
        try {
            formatter = DateTimeFormatter.ofPattern(pattern, language.orElse(Locale.getDefault()));
        } catch (IllegalArgumentException e) {
            return Reading.refused(
                    "\"" + pattern + "\" is not a 'DateTimeFormatter' pattern: " + e.getMessage(),
                    "write a pattern 'DateTimeFormatter.ofPattern' accepts, as \"dd/MM/yyyy\"",
                    "pattern");
        }
        if (zone != null) {
            formatter = formatter.withZone(zone);
        }
        String text;
        try {
            text = formatter.format(sample);
        } catch (DateTimeException e) {
            return Reading.refused(
                    "Jackson 3 fails to write a '" + simple + "' in \"" + pattern + "\": " + e.getMessage(),
                    "use only fields a '" + simple + "' has",
                    "pattern");
        }
        try {
            (strict ? formatter.withResolverStyle(ResolverStyle.STRICT) : formatter).parse(text, QUERIES.get(type));
        } catch (DateTimeException e) {
            return Reading.refused(
                    "Jackson 3 writes a '" + simple + "' in \"" + pattern + "\" (\"" + text + "\") but fails to read it"
                            + " back" + (strict ? " strictly" : "") + ": " + e.getMessage(),
                    strict && pattern.contains("y")
                            ? "a strict pattern needs 'u' for the year where 'y' is the year of an era: write \""
                                    + pattern.replace('y', 'u') + "\", or remove 'lenient'"
                            : "give the pattern every field a '" + simple + "' needs to be read",
                    "pattern");
        }
        return Reading.of(new ValueFormat(
                strict ? Kind.STRICT_PATTERN : Kind.PATTERN, pattern, language.map(Locale::toLanguageTag), timezone));
    }

    private static Reading enumForm(
            Shape.EnumType e, String jsonShape, String pattern, Optional<String> locale, Optional<String> timezone) {
        if (!pattern.isEmpty() || locale.isPresent() || timezone.isPresent()) {
            return Reading.refused(
                    "Jackson 3 applies 'pattern', 'locale' and 'timezone' to dates and times, not to an enum",
                    "remove them",
                    !pattern.isEmpty() ? "pattern" : locale.isPresent() ? "locale" : "timezone");
        }
        switch (jsonShape) {
            case "ANY":
            case "STRING":
                return Reading.of(ValueFormat.NONE);
            case "NUMBER":
            case "NUMBER_INT":
                if (!e.renamed().isEmpty()) {
                    return Reading.refused(
                            "Jackson 3 still writes the constants '@JsonProperty' renames by their text, the others"
                                    + " by their index, which this serde does not",
                            "remove 'shape', or the constants' '@JsonProperty'",
                            "shape");
                }
                return Reading.of(form(Kind.INDEX));
            default:
                return Reading.refused(
                        "Jackson 3 writes an enum with 'shape = " + jsonShape + "' in a form this serde does not carry",
                        "use 'shape = NUMBER' for the constant's index, or remove '@JsonFormat'",
                        "shape");
        }
    }

    /**
     * The locale of {@code @JsonFormat(locale = ...)}: a language, optionally with a country, that Java knows;
     * otherwise empty, for Jackson 3's reading of other texts is not certain.
     */
    private static Optional<Locale> locale(String text) {
        String[] parts = text.split("[-_]", -1);
        if (parts.length > 2
                || !parts[0].matches("[a-z]{2,3}")
                || (parts.length == 2 && !parts[1].matches("[A-Z]{2}"))) {
            return Optional.empty();
        }
        Set<String> languages = new LinkedHashSet<>(Arrays.asList(Locale.getISOLanguages()));
        if (!languages.contains(parts[0])
                || (parts.length == 2
                        && !Arrays.asList(Locale.getISOCountries()).contains(parts[1]))) {
            return Optional.empty();
        }
        return Optional.of(Locale.forLanguageTag(String.join("-", parts)));
    }

    private static String display(Shape shape) {
        if (shape instanceof Shape.Scalar s) {
            return s.value().display();
        }
        return shape.type() instanceof JavaType.Declared d
                ? d.name().nestedName()
                : ((JavaType.Primitive) shape.type()).keyword();
    }

    private static ValueFormat form(Kind kind) {
        return new ValueFormat(kind, "", Optional.empty(), Optional.empty());
    }

    /** The annotation value of a member, where an error about it can point; empty when it is not written. */
    public static Optional<AnnotationValue> member(AnnotationMirror annotation, String member) {
        return member.isEmpty() ? Optional.empty() : ModelReader.explicitValue(annotation, member);
    }

    private static Optional<String> text(AnnotationMirror annotation, String member) {
        return ModelReader.explicitValue(annotation, member).map(v -> String.valueOf(v.getValue()));
    }

    private static Optional<String> enumValue(AnnotationMirror annotation, String member) {
        return ModelReader.explicitValue(annotation, member)
                .map(v -> v.getValue() instanceof VariableElement e
                        ? e.getSimpleName().toString()
                        : String.valueOf(v.getValue()));
    }
}
