package dev.eventrecords.examples.jackson;

import dev.eventrecords.examples.wire.EdgeCaseRandom;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;

/** {@code @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)}. */
class ParcelWeighedDifferentialTest extends JacksonDifferential<ParcelWeighed> {

    @Override
    Serde<ParcelWeighed> serde() {
        return new ParcelWeighedSerde();
    }

    @Override
    Class<ParcelWeighed> eventClass() {
        return ParcelWeighed.class;
    }

    @Override
    ParcelWeighed randomEvent(EdgeCaseRandom r) {
        return new ParcelWeighed(
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
