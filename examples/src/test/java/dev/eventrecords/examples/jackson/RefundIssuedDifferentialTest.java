package dev.eventrecords.examples.jackson;

import dev.eventrecords.examples.wire.EdgeCaseRandom;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;

/** {@code include = PROPERTY, visible = true} and {@code @JsonInclude} on polymorphic components. */
class RefundIssuedDifferentialTest extends PolymorphicDifferential<RefundIssued> {

    @Override
    Serde<RefundIssued> serde() {
        return new RefundIssuedSerde();
    }

    @Override
    Class<RefundIssued> eventClass() {
        return RefundIssued.class;
    }

    @Override
    RefundIssued randomEvent(EdgeCaseRandom r) {
        return new RefundIssued(
                r.orNull(r::nextString),
                r.orNull(() -> reason(r)),
                r.optional(() -> reason(r)),
                r.orNull(r::nextString));
    }

    private static RefundIssued.Reason reason(EdgeCaseRandom r) {
        switch (r.nextInt(3)) {
            case 0:
                return new RefundIssued.Reason.Damaged(r.orNull(r::nextString), r.optional(r::nextString));
            case 1:
                return new RefundIssued.Reason.Late(r.nextInt());
            default:
                return r.nextEnum(RefundIssued.Reason.Other.class);
        }
    }

    @Override
    List<String> enumTexts() {
        return List.of(
                "{\"code\":\"Damaged\",\"part\":\"lid\"}",
                "{\"part\":\"lid\",\"code\":\"Damaged\"}",
                "{\"code\":\"Late\",\"days\":\"3\"}",
                "{\"code\":\"RefundIssued$Reason$Late\",\"days\":3}",
                "[\"Other\",\"DUPLICATE\"]",
                "[\"Other\",\"duplicate\"]",
                "{\"code\":\"Other\"}",
                "{\"code\":null,\"code\":\"Late\"}",
                "{}");
    }

    @Override
    String idProperty() {
        return "code";
    }

    @Override
    Set<String> typeIds() {
        return Set.of("Damaged", "Late", "Other");
    }
}
