package dev.eventrecords.examples.jackson;

import dev.eventrecords.examples.wire.EdgeCaseRandom;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;

/** {@code @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)}. */
class ParcelReturnedDifferentialTest extends JacksonDifferential<ParcelReturned> {

    @Override
    Serde<ParcelReturned> serde() {
        return new ParcelReturnedSerde();
    }

    @Override
    Class<ParcelReturned> eventClass() {
        return ParcelReturned.class;
    }

    @Override
    ParcelReturned randomEvent(EdgeCaseRandom r) {
        return new ParcelReturned(
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
