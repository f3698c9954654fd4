package dev.eventrecords.examples.wire;

import org.apache.kafka.common.serialization.Serde;

/**
 * The wire contract for optionals, lists, sets and maps, empty, holding {@code null}s, and nested in one another.
 */
class ContainersWireTest extends WireContract<ContainersFilled> {

    @Override
    Serde<ContainersFilled> serde() {
        return new ContainersFilledSerde();
    }

    @Override
    Class<ContainersFilled> eventClass() {
        return ContainersFilled.class;
    }

    @Override
    ContainersFilled randomEvent(EdgeCaseRandom r) {
        return new ContainersFilled(
                r.orNull(r::nextUuid),
                r.optional(r::nextString),
                r.optional(r::nextInstant),
                r.optional(r::nextBigDecimal),
                r.optionalInt(),
                r.optionalLong(),
                r.optionalDouble(),
                r.orNull(() -> r.list(() -> r.orNull(r::nextString))),
                r.orNull(() -> r.list(() -> r.orNull(r::nextInt))),
                r.orNull(() -> r.list(() -> r.orNull(r::nextDouble))),
                r.orNull(() -> r.set(() -> r.orNull(r::nextString))),
                r.orNull(() -> r.set(() -> r.nextEnum(Colour.class))),
                r.orNull(() -> r.map(() -> r.orNull(r::nextString))),
                r.orNull(() -> r.map(() -> r.orNull(r::nextLong))),
                r.orNull(() -> r.map(() -> r.orNull(() -> r.list(() -> r.orNull(r::nextBigDecimal))))),
                r.orNull(() -> r.list(() -> r.orNull(() -> r.list(() -> r.orNull(r::nextInt))))),
                r.optional(() -> r.list(() -> r.orNull(r::nextString))),
                r.orNull(() -> r.map(() -> r.orNull(() -> r.map(() -> r.orNull(r::nextInt))))),
                r.orNull(() -> r.list(() -> r.optional(r::nextString))));
    }

    /** Random instances favour edge values: most instances hold an edge value somewhere, such as an instant past 9999 or a NaN. */
    @Override
    double byteReaderShare() {
        return 0.45;
    }
}
