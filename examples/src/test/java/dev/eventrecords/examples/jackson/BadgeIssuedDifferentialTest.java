package dev.eventrecords.examples.jackson;

import dev.eventrecords.examples.wire.EdgeCaseRandom;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;

/** {@code use = SIMPLE_NAME, include = WRAPPER_ARRAY}, with a record of no components. */
class BadgeIssuedDifferentialTest extends PolymorphicDifferential<BadgeIssued> {

    @Override
    Serde<BadgeIssued> serde() {
        return new BadgeIssuedSerde();
    }

    @Override
    Class<BadgeIssued> eventClass() {
        return BadgeIssued.class;
    }

    @Override
    BadgeIssued randomEvent(EdgeCaseRandom r) {
        return new BadgeIssued(
                r.orNull(r::nextString),
                r.orNull(() -> badge(r)),
                r.nextInt(4) == 0 ? null : r.list(() -> badge(r)),
                r.orNull(r::nextString));
    }

    private static Badge badge(EdgeCaseRandom r) {
        switch (r.nextInt(3)) {
            case 0:
                return new Badge.Gold(r.nextInt());
            case 1:
                return new Badge.Silver();
            default:
                return r.nextEnum(Badge.Bronze.class);
        }
    }

    @Override
    List<String> enumTexts() {
        return List.of(
                "[\"Bronze\",\"PLAIN\"]",
                "[\"Bronze\",\"shiny\"]",
                "[\"Bronze\"]",
                "[\"Silver\",{}]",
                "[\"Silver\",{\"x\":1}]",
                "[\"Silver\"]",
                "[\"Gold\",{\"level\":\"7\"}]",
                "[\"Gold\",{\"level\":1},2]",
                "[\"Badge$Gold\",{}]",
                "{\"Gold\":{}}",
                "[]",
                "[null]");
    }

    @Override
    String idProperty() {
        return null;
    }

    @Override
    Set<String> typeIds() {
        return Set.of("Gold", "Silver", "Bronze");
    }
}
