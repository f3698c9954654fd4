package dev.eventrecords.examples.jackson;

import dev.eventrecords.examples.wire.EdgeCaseRandom;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;

/** {@code include = EXISTING_PROPERTY, visible = true}: the records hold their ids, found by Jackson without a list. */
class ConsignmentBookedDifferentialTest extends PolymorphicDifferential<ConsignmentBooked> {

    @Override
    Serde<ConsignmentBooked> serde() {
        return new ConsignmentBookedSerde();
    }

    @Override
    Class<ConsignmentBooked> eventClass() {
        return ConsignmentBooked.class;
    }

    @Override
    ConsignmentBooked randomEvent(EdgeCaseRandom r) {
        return new ConsignmentBooked(
                r.orNull(r::nextString),
                r.orNull(() -> carrier(r)),
                r.nextInt(4) == 0 ? null : r.list(() -> carrier(r)),
                r.nextInt());
    }

    private static Carrier carrier(EdgeCaseRandom r) {
        switch (r.nextInt(3)) {
            case 0:
                return new Carrier.Truck(mode(r, "truck"), r.nextInt());
            case 1:
                return new Carrier.Vessel(
                        mode(r, "vessel"), r.orNull(r::nextString), r.nextInt(4) == 0 ? null : r.list(r::nextString));
            default:
                return r.nextEnum(Carrier.Drone.class);
        }
    }

    /** Mostly the variant's own id; sometimes another one, or none, which Jackson writes as it is. */
    private static String mode(EdgeCaseRandom r, String id) {
        switch (r.nextInt(10)) {
            case 0:
                return null;
            case 1:
                return r.nextBoolean() ? "vessel" : "truck";
            case 2:
                return r.nextString();
            default:
                return id;
        }
    }

    @Override
    List<String> enumTexts() {
        return List.of(
                "[\"Carrier$Drone\",\"QUAD\"]",
                "[\"Carrier$Drone\",\"FIXED_WING\"]",
                "[\"Carrier$Drone\",\"quad\"]",
                "[\"Carrier$Drone\",1]",
                "[\"Carrier$Drone\",null]",
                "[\"Drone\",\"QUAD\"]",
                "[\"truck\",{\"axles\":2}]",
                "[\"truck\",{\"axles\":2,\"mode\":\"vessel\"}]",
                "{\"mode\":\"truck\",\"axles\":3}",
                "{\"axles\":3,\"mode\":\"truck\",\"mode\":\"x\"}",
                "{\"mode\":\"vessel\",\"vessel_name\":\"Ever Given\",\"ports\":[\"NL\"]}",
                "{\"mode\":\"Carrier$Truck\",\"axles\":3}",
                "{\"mode\":\"Carrier$Drone\"}",
                "{\"axles\":3}");
    }

    @Override
    String idProperty() {
        return "mode";
    }

    @Override
    Set<String> typeIds() {
        return Set.of("truck", "vessel", "Carrier$Drone");
    }
}
