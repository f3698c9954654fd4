package dev.eventrecords.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.eventrecords.processor.model.ComponentModel;
import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.model.KafkaKeySerdes;
import dev.eventrecords.processor.model.Shape;

/** An event's key type ({@code Void} without {@code @Key}) and the serde expression for it. */
final class KeyTypes {

    private KeyTypes() {}

    static TypeName keyType(EventModel event) {
        return event.key().map(k -> Poet.type(k.shape().type().boxed())).orElse(ClassNames.VOID);
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
                    Poet.name(r.codec()),
                    r.type().name().canonicalName());
        }
        String factory = KafkaKeySerdes.factory(key.shape())
                .orElseThrow(() -> new IllegalArgumentException("no key serde for " + key.display()));
        return CodeBlock.of("$T.$L()", RuntimeNames.SERDES, factory);
    }
}
