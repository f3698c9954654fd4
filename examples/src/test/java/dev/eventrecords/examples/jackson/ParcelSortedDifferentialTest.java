package dev.eventrecords.examples.jackson;

import dev.eventrecords.examples.wire.EdgeCaseRandom;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;

/** {@code @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)}. */
class ParcelSortedDifferentialTest extends JacksonDifferential<ParcelSorted> {

    @Override
    Serde<ParcelSorted> serde() {
        return new ParcelSortedSerde();
    }

    @Override
    Class<ParcelSorted> eventClass() {
        return ParcelSorted.class;
    }

    @Override
    ParcelSorted randomEvent(EdgeCaseRandom r) {
        return new ParcelSorted(
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
