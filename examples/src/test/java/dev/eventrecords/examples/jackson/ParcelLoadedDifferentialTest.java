package dev.eventrecords.examples.jackson;

import dev.eventrecords.examples.wire.EdgeCaseRandom;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;

/** {@code @JsonNaming(PropertyNamingStrategies.LowerCaseStrategy.class)}. */
class ParcelLoadedDifferentialTest extends JacksonDifferential<ParcelLoaded> {

    @Override
    Serde<ParcelLoaded> serde() {
        return new ParcelLoadedSerde();
    }

    @Override
    Class<ParcelLoaded> eventClass() {
        return ParcelLoaded.class;
    }

    @Override
    ParcelLoaded randomEvent(EdgeCaseRandom r) {
        return new ParcelLoaded(
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
