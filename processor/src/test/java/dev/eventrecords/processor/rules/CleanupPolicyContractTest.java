package dev.eventrecords.processor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventrecords.TopicSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cleanup policies the processor accepts at compile time are exactly those the runtime's {@link TopicSpec} takes. */
class CleanupPolicyContractTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "  ",
                "delete",
                "compact",
                "compact,delete",
                "delete,compact",
                "compact, delete",
                " delete ",
                "Delete",
                "COMPACT",
                "compact,compact",
                "delete,",
                ",",
                "remove",
                "compact;delete",
                "\tdelete",
                "compact,delete,compact"
            })
    void the_processor_and_the_runtime_agree(String policy) {
        boolean runtime;
        try {
            TopicSpec.of("t", -1, -1, "", policy);
            runtime = true;
        } catch (IllegalArgumentException e) {
            runtime = false;
        }
        assertThat(TopicSpecRule.knownPolicy(policy))
                .as("the processor accepts cleanupPolicy '%s' as TopicSpec.of does", policy)
                .isEqualTo(runtime);
    }
}
