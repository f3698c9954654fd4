package dev.eventrecords.processor.model;

import com.palantir.javapoet.ClassName;
import javax.lang.model.element.TypeElement;

/**
 * The names of the classes generated for a record, worked out in one place. A nested record {@code Outer.Inner} gets
 * {@code Outer_InnerSerde}, {@code Outer_InnerKeyExtractor}, {@code Outer_InnerTopic} and
 * {@code Outer_InnerJsonCodec}, all in the record's package.
 */
public record GeneratedNames(ClassName serde, ClassName keyExtractor, ClassName topic, ClassName codec) {

    public static GeneratedNames of(ClassName record) {
        String flat = String.join("_", record.simpleNames());
        String pkg = record.packageName();
        return new GeneratedNames(
                ClassName.get(pkg, flat + "Serde"),
                ClassName.get(pkg, flat + "KeyExtractor"),
                ClassName.get(pkg, flat + "Topic"),
                codecFor(record));
    }

    public static ClassName codecFor(ClassName record) {
        return ClassName.get(record.packageName(), String.join("_", record.simpleNames()) + "JsonCodec");
    }

    public static ClassName of(TypeElement element) {
        return ClassName.get(element);
    }
}
