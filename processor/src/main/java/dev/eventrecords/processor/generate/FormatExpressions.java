package dev.eventrecords.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.eventrecords.processor.model.Shape;
import dev.eventrecords.processor.model.ValueFormat;

/**
 * The Java expressions for a component whose {@code @JsonFormat} gives its value another form: the
 * {@code DateTimeFormatter} of a pattern, built once in a constant of its own, and the codec of the value in that
 * form, from {@code dev.eventrecords.kafka.FormatCodecs}, in place of the value's own codec (within its container).
 */
final class FormatExpressions {

    private static final ClassName FORMAT_CODECS = ClassName.get(RuntimeNames.KAFKA_GLUE, "FormatCodecs");
    static final ClassName DATE_TIME_FORMATTER = ClassName.get("java.time.format", "DateTimeFormatter");
    private static final ClassName LOCALE = ClassName.get("java.util", "Locale");
    private static final ClassName TIME_ZONE = ClassName.get("java.util", "TimeZone");

    private FormatExpressions() {}

    /** The formatter of a pattern, as Jackson 3 builds it: {@code FormatCodecs.pattern(pattern, locale, zone)}. */
    static CodeBlock formatter(ValueFormat format) {
        CodeBlock locale = format.locale()
                .map(tag -> CodeBlock.of("$T.forLanguageTag($S)", LOCALE, tag))
                // Jackson's mapper formats in the JVM's default locale when the annotation gives none
                .orElseGet(() -> CodeBlock.of("$T.getDefault()", LOCALE));
        CodeBlock zone = format.timezone()
                // as Jackson reads the annotation's zone: java.util.TimeZone's ids ("EST" too)
                .map(id -> CodeBlock.of("$T.getTimeZone($S).toZoneId()", TIME_ZONE, id))
                .orElseGet(() -> CodeBlock.of("null"));
        return CodeBlock.of("$T.pattern($S,$W$L,$W$L)", FORMAT_CODECS, format.pattern(), locale, zone);
    }

    /**
     * The codec of a component's shape with its values in {@code format}: the container's codec around the formatted
     * value's.
     *
     * @param formatter the name of the formatter constant, for a pattern
     */
    static CodeBlock codec(Shape shape, ValueFormat format, String formatter) {
        if (shape instanceof Shape.OptionalOf o) {
            return CodeBlock.of("$T.optional($L)", RuntimeNames.CODECS, codec(o.element(), format, formatter));
        }
        if (shape instanceof Shape.ListOf l) {
            return CodeBlock.of("$T.list($L)", RuntimeNames.CODECS, codec(l.element(), format, formatter));
        }
        if (shape instanceof Shape.SetOf s) {
            return CodeBlock.of("$T.set($L)", RuntimeNames.CODECS, codec(s.element(), format, formatter));
        }
        if (shape instanceof Shape.MapOf m) {
            CodeBlock key = CodecExpressions.mapKey(m.key());
            CodeBlock value = codec(m.value(), format, formatter);
            return key == null
                    ? CodeBlock.of("$T.map($L)", RuntimeNames.CODECS, value)
                    : CodeBlock.of("$T.map($L, $L)", RuntimeNames.CODECS, key, value);
        }
        return value(shape, format, formatter);
    }

    private static CodeBlock value(Shape shape, ValueFormat format, String formatter) {
        CodeBlock type = CodeBlock.of("$T.class", Poet.type(shape.type()));
        return switch (format.kind()) {
            case PATTERN -> CodeBlock.of("$T.text($L, $L)", FORMAT_CODECS, type, formatter);
            case STRICT_PATTERN -> CodeBlock.of("$T.strictText($L, $L)", FORMAT_CODECS, type, formatter);
            case SECONDS -> CodeBlock.of("$T.seconds($L)", FORMAT_CODECS, type);
            case MILLIS -> CodeBlock.of("$T.millis($L)", FORMAT_CODECS, type);
            case EPOCH_DAY -> CodeBlock.of("$T.epochDay()", FORMAT_CODECS);
            case ARRAY -> CodeBlock.of("$T.array($L)", FORMAT_CODECS, type);
            case INDEX -> CodeBlock.of("$T.index($L)", FORMAT_CODECS, CodecExpressions.codec(shape));
            case NONE -> CodecExpressions.codec(shape);
        };
    }
}
