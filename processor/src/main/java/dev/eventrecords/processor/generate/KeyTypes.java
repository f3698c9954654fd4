package dev.eventrecords.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.eventrecords.processor.model.ComponentModel;
import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.model.Shape;

/** An event's key type ({@code Void} without {@code @Key}) and the serde expression for it. */
final class KeyTypes {

    private KeyTypes() {}

    static TypeName keyType(EventModel event) {
        return event.key().map(k -> k.shape().type().box()).orElse(ClassNames.VOID);
    }

    static CodeBlock keySerde(EventModel event) {
        if (event.key().isEmpty()) {
            return CodeBlock.of("$T.Void()", RuntimeNames.SERDES);
        }
        ComponentModel key = event.key().get();
        if (key.shape() instanceof Shape.RecordType r) {
            return CodeBlock.of(
                    "new $T<>($T.INSTANCE, $S)",
                    RuntimeNames.RECORD_KEY_SERDE,
                    r.codec(),
                    r.type().canonicalName());
        }
        String boxed = key.shape().type().box().toString();
        switch (boxed) {
            case "java.lang.String":
                return CodeBlock.of("$T.String()", RuntimeNames.SERDES);
            case "java.util.UUID":
                return CodeBlock.of("$T.UUID()", RuntimeNames.SERDES);
            case "java.lang.Long":
                return CodeBlock.of("$T.Long()", RuntimeNames.SERDES);
            case "java.lang.Integer":
                return CodeBlock.of("$T.Integer()", RuntimeNames.SERDES);
            default:
                throw new IllegalArgumentException("no key serde for " + boxed);
        }
    }
}
