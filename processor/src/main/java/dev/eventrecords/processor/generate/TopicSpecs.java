package dev.eventrecords.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.eventrecords.processor.model.TopicSpecModel;

/** The {@code TopicSpec} expression of a binding. */
final class TopicSpecs {

    static final ClassName TOPIC_SPEC = ClassName.get("dev.eventrecords", "TopicSpec");

    private TopicSpecs() {}

    /** {@code TopicSpec.defaults(TOPIC)} or {@code TopicSpec.of(TOPIC, 6, -1, "P7D", "compact")}. */
    static CodeBlock of(TopicSpecModel spec) {
        if (spec.partitions() == -1
                && spec.replicationFactor() == -1
                && spec.retention().isEmpty()
                && spec.cleanupPolicy().isEmpty()) {
            return CodeBlock.of("$T.defaults(TOPIC)", TOPIC_SPEC);
        }
        return CodeBlock.of(
                "$T.of(TOPIC, $L, $L, $S, $S)",
                TOPIC_SPEC,
                spec.partitions(),
                spec.replicationFactor(),
                spec.retention(),
                spec.cleanupPolicy());
    }
}
