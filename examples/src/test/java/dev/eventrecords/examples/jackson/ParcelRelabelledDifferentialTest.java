package dev.eventrecords.examples.jackson;

import dev.eventrecords.examples.wire.EdgeCaseRandom;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;

/** {@code @JsonNaming(PropertyNamingStrategies.UpperSnakeCaseStrategy.class)}. */
class ParcelRelabelledDifferentialTest extends JacksonDifferential<ParcelRelabelled> {

    @Override
    Serde<ParcelRelabelled> serde() {
        return new ParcelRelabelledSerde();
    }

    @Override
    Class<ParcelRelabelled> eventClass() {
        return ParcelRelabelled.class;
    }

    @Override
    ParcelRelabelled randomEvent(EdgeCaseRandom r) {
        return new ParcelRelabelled(
                r.orNull(r::nextString),
                r.orNull(r::nextString),
                r.orNull(r::nextString),
                r.orNull(r::nextString),
                r.orNull(r::nextString),
                r.nextLong(),
                r.orNull(r::nextString),
                r.orNull(r::nextString),
                r.orNull(() -> r.optional(r::nextString)),
                r.orNull(r::nextString));
    }

    @Override
    List<String> enumTexts() {
        return List.of();
    }
}
