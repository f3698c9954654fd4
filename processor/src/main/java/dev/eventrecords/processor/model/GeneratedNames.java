package dev.eventrecords.processor.model;

/**
 * The names of the classes generated for a record, worked out in one place. A nested record {@code Outer.Inner} gets
 * {@code Outer_InnerSerde}, {@code Outer_InnerKeyExtractor}, {@code Outer_InnerTopic} and
 * {@code Outer_InnerJsonCodec}, all in the record's package.
 */
public record GeneratedNames(JavaName serde, JavaName keyExtractor, JavaName topic, JavaName codec) {

    public static GeneratedNames of(JavaName record) {
        return new GeneratedNames(
                record.flatSibling("Serde"),
                record.flatSibling("KeyExtractor"),
                record.flatSibling("Topic"),
                codecFor(record));
    }

    public static JavaName codecFor(JavaName record) {
        return record.flatSibling("JsonCodec");
    }
}
