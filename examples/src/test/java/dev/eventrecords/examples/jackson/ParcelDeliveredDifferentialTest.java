package dev.eventrecords.examples.jackson;

import dev.eventrecords.examples.wire.EdgeCaseRandom;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;

/** {@code @JsonNaming(PropertyNamingStrategies.LowerDotCaseStrategy.class)}. */
class ParcelDeliveredDifferentialTest extends JacksonDifferential<ParcelDelivered> {

    @Override
    Serde<ParcelDelivered> serde() {
        return new ParcelDeliveredSerde();
    }

    @Override
    Class<ParcelDelivered> eventClass() {
        return ParcelDelivered.class;
    }

    @Override
    ParcelDelivered randomEvent(EdgeCaseRandom r) {
        return new ParcelDelivered(
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
