package dev.eventrecords.examples.wire;

import org.apache.kafka.common.serialization.Serde;

/** The wire contract for every scalar type: primitives, wrappers, strings, UUIDs, big numbers and enums. */
class ScalarsWireTest extends WireContract<ScalarsMeasured> {

    @Override
    Serde<ScalarsMeasured> serde() {
        return new ScalarsMeasuredSerde();
    }

    @Override
    Class<ScalarsMeasured> eventClass() {
        return ScalarsMeasured.class;
    }

    @Override
    ScalarsMeasured randomEvent(EdgeCaseRandom r) {
        return new ScalarsMeasured(
                r.orNull(r::nextString),
                r.nextBoolean(),
                r.nextByte(),
                r.nextShort(),
                r.nextInt(),
                r.nextLong(),
                r.nextFloat(),
                r.nextDouble(),
                r.nextChar(),
                r.orNull(r::nextBoolean),
                r.orNull(r::nextByte),
                r.orNull(r::nextShort),
                r.orNull(r::nextInt),
                r.orNull(r::nextLong),
                r.orNull(r::nextFloat),
                r.orNull(r::nextDouble),
                r.orNull(r::nextChar),
                r.orNull(r::nextString),
                r.orNull(r::nextUuid),
                r.orNull(r::nextBigDecimal),
                r.orNull(r::nextBigInteger),
                r.orNull(() -> r.nextEnum(Colour.class)),
                r.orNull(() -> r.nextEnum(Priority.class)));
    }

    /** Random instances favour edge values: NaN and the infinities are strings, read by the parser path. */
    @Override
    double byteReaderShare() {
        return 0.65;
    }
}
