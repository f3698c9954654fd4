package dev.eventrecords.examples.jackson;

import dev.eventrecords.examples.wire.EdgeCaseRandom;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;

/** {@code @JsonNaming}, {@code @JsonPropertyOrder}, {@code @JsonProperty(index)} and read-only components together. */
class LabelPrintedDifferentialTest extends JacksonDifferential<LabelPrinted> {

    @Override
    Serde<LabelPrinted> serde() {
        return new LabelPrintedSerde();
    }

    @Override
    Class<LabelPrinted> eventClass() {
        return LabelPrinted.class;
    }

    @Override
    LabelPrinted randomEvent(EdgeCaseRandom r) {
        return new LabelPrinted(
                r.orNull(r::nextString),
                r.orNull(r::nextString),
                r.orNull(r::nextString),
                r.orNull(r::nextString),
                r.orNull(r::nextString),
                r.orNull(r::nextString),
                r.orNull(r::nextString),
                r.orNull(r::nextString),
                r.nextInt(),
                r.nextBoolean(),
                r.orNull(r::nextString),
                r.orNull(r::nextInstant));
    }

    @Override
    List<String> enumTexts() {
        return List.of();
    }
}
