package dev.eventrecords.processor.model;

import javax.lang.model.element.TypeElement;

/**
 * The names of the classes generated for a record, worked out in one place. An event {@code Outer.Inner} gets
 * {@code Outer_InnerSerde} (with its codec nested, {@code Outer_InnerSerde.Codec}), {@code Outer_InnerKeyExtractor}
 * and {@code Outer_InnerTopic}, all in the record's package; a record nested in an event gets
 * {@code Outer_InnerJsonCodec}. Three files per event and one per nested record: javac's filer compares each new file
 * with every file written before, so the number of files is what a large build pays for.
 */
public record GeneratedNames(JavaName serde, JavaName keyExtractor, JavaName topic, JavaName codec) {

    /** The name of the codec nested in an event's serde. */
    public static final String NESTED_CODEC = "Codec";

    /** The names for an event, or for an event family (whose serde holds no codec of its own). */
    public static GeneratedNames of(JavaName record) {
        JavaName serde = record.flatSibling("Serde");
        return new GeneratedNames(
                serde, record.flatSibling("KeyExtractor"), record.flatSibling("Topic"), serde.nested(NESTED_CODEC));
    }

    /** A record's codec: nested in its serde for an {@code @Event} record, its own class for any other record. */
    public static JavaName codecFor(TypeElement record) {
        JavaName name = JavaName.of(record);
        return isEvent(record) ? of(name).codec() : name.flatSibling("JsonCodec");
    }

    /** Whether the record is an {@code @Event}, and so gets a serde that holds its codec. */
    public static boolean isEvent(TypeElement record) {
        return ModelReader.annotation(record, ModelReader.EVENT).isPresent();
    }
}
