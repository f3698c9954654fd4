package dev.eventrecords.examples.wire;

import dev.eventrecords.examples.wire.RoutePlanned.Elevation;
import dev.eventrecords.examples.wire.RoutePlanned.Leg;
import dev.eventrecords.examples.wire.RoutePlanned.Position;
import dev.eventrecords.examples.wire.RoutePlanned.Waypoint;
import org.apache.kafka.common.serialization.Serde;

/** The wire contract for records nested five deep, in lists, sets, maps and optionals. */
class NestedRecordsWireTest extends WireContract<RoutePlanned> {

    @Override
    Serde<RoutePlanned> serde() {
        return new RoutePlannedSerde();
    }

    @Override
    Class<RoutePlanned> eventClass() {
        return RoutePlanned.class;
    }

    @Override
    RoutePlanned randomEvent(EdgeCaseRandom r) {
        return new RoutePlanned(
                r.nextLong(),
                r.orNull(r::nextString),
                r.orNull(() -> leg(r)),
                r.orNull(() -> r.list(() -> r.orNull(() -> leg(r)))),
                r.optional(() -> waypoint(r)),
                r.orNull(() -> r.set(() -> waypoint(r))),
                r.orNull(() -> r.map(() -> r.orNull(() -> waypoint(r)))),
                r.orNull(() -> r.map(() -> r.orNull(() -> r.list(() -> r.orNull(() -> waypoint(r)))))));
    }

    private static Leg leg(EdgeCaseRandom r) {
        return new Leg(
                r.orNull(() -> waypoint(r)),
                r.orNull(() -> waypoint(r)),
                r.orNull(r::nextDuration),
                r.optional(() -> waypoint(r)));
    }

    private static Waypoint waypoint(EdgeCaseRandom r) {
        return new Waypoint(r.orNull(r::nextString), r.orNull(() -> position(r)));
    }

    private static Position position(EdgeCaseRandom r) {
        return new Position(r.nextDouble(), r.nextDouble(), r.orNull(() -> elevation(r)));
    }

    private static Elevation elevation(EdgeCaseRandom r) {
        return new Elevation(r.orNull(r::nextBigDecimal), r.optional(r::nextString));
    }

    /** Random instances favour edge values: nearly every instance holds an edge double (NaN and the infinities are strings) or instant in its graph. */
    @Override
    double byteReaderShare() {
        return 0.25;
    }
}
