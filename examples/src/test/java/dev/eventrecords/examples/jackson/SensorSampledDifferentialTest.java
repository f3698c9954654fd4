package dev.eventrecords.examples.jackson;

import dev.eventrecords.examples.wire.EdgeCaseRandom;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serde;

/** {@code @JsonInclude}: {@code NON_NULL}, {@code NON_ABSENT}, {@code NON_EMPTY}, on the record and on components. */
class SensorSampledDifferentialTest extends JacksonDifferential<SensorSampled> {

    @Override
    Serde<SensorSampled> serde() {
        return new SensorSampledSerde();
    }

    @Override
    Class<SensorSampled> eventClass() {
        return SensorSampled.class;
    }

    @Override
    SensorSampled randomEvent(EdgeCaseRandom r) {
        return new SensorSampled(
                r.orNull(r::nextString),
                r.orNull(r::nextString),
                r.orNull(() -> r.optional(r::nextString)),
                r.orNull(() -> r.optional(r::nextInt)),
                r.orNull(r::optionalInt),
                r.orNull(r::optionalLong),
                r.orNull(r::optionalDouble),
                r.orNull(() -> r.list(r::nextString)),
                r.orNull(() -> r.set(r::nextString)),
                r.orNull(() -> r.map(r::nextString)),
                r.orNull(r::nextInt),
                r.orNull(r::nextChar),
                r.orNull(r::nextDuration),
                r.orNull(r::nextPeriod),
                r.orNull(r::nextYear),
                r.orNull(r::nextYearMonth),
                r.orNull(r::nextBigDecimal),
                r.orNull(() -> r.nextBoolean() ? new UUID(0, 0) : r.nextUuid()),
                r.orNull(r::nextLocalDate),
                r.nextInt(),
                r.orNull(() -> r.nextEnum(OrderStatus.class)),
                r.orNull(() -> new SensorSampled.Probe(
                        r.orNull(r::nextString),
                        r.orNull(() -> r.optional(r::nextString)),
                        r.orNull(r::optionalInt),
                        r.orNull(() -> r.list(r::nextString)))),
                r.orNull(r::nextString),
                r.orNull(() -> r.optional(r::nextString)),
                r.orNull(() -> r.optional(r::nextString)),
                r.orNull(() -> r.list(r::nextString)),
                r.orNull(r::nextString),
                r.orNull(r::nextString),
                r.orNull(r::nextString));
    }

    @Override
    List<String> enumTexts() {
        return List.of("\"new\"", "\"VOID\"", "\"\"");
    }
}
