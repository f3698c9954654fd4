package dev.eventrecords.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.eventrecords.processor.model.Shape;

/** The expression of a sealed interface's {@code PolymorphicCodec}: its inclusion, then each variant with its ids. */
final class PolymorphicCodecs {

    static final ClassName POLYMORPHIC_CODEC = ClassName.get(RuntimeNames.KAFKA_GLUE, "PolymorphicCodec");

    private PolymorphicCodecs() {}

    static CodeBlock codec(Shape.Polymorphic shape) {
        CodeBlock.Builder code = CodeBlock.builder()
                .add(
                        "$T.builder($T.class, $T.Inclusion.$L, $S, $L)",
                        POLYMORPHIC_CODEC,
                        Poet.type(shape.type()),
                        POLYMORPHIC_CODEC,
                        shape.inclusion().name(),
                        shape.property(),
                        shape.visible())
                .indent();
        for (Shape.Polymorphic.Variant variant : shape.variants()) {
            code.add(
                    "\n.$L($T.class, $L",
                    variant.shape() instanceof Shape.EnumType ? "enumeration" : "record",
                    Poet.type(variant.shape().type()),
                    CodecExpressions.codec(variant.shape()));
            for (String id : variant.ids()) {
                code.add(", $S", id);
            }
            code.add(")");
        }
        return code.add("\n.build()").unindent().build();
    }

    /** Whether a variant is a record, whose codec is another generated codec. */
    static boolean reachesRecord(Shape.Polymorphic shape) {
        return shape.variants().stream().anyMatch(v -> v.shape() instanceof Shape.RecordType);
    }
}
