package dev.eventrecords.examples.jackson;

import dev.eventrecords.examples.wire.EdgeCaseRandom;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;

/** The annotations on a nested record, reached directly, through {@code Optional} and {@code List}, and on enums. */
class ParcelReroutedDifferentialTest extends JacksonDifferential<ParcelRerouted> {

    @Override
    Serde<ParcelRerouted> serde() {
        return new ParcelReroutedSerde();
    }

    @Override
    Class<ParcelRerouted> eventClass() {
        return ParcelRerouted.class;
    }

    @Override
    ParcelRerouted randomEvent(EdgeCaseRandom r) {
        return new ParcelRerouted(
                r.orNull(r::nextString),
                r.orNull(() -> address(r)),
                r.orNull(() -> r.optional(() -> address(r))),
                r.orNull(() -> r.list(() -> address(r))),
                r.orNull(() -> r.map(() -> r.nextEnum(OrderStatus.class))),
                r.orNull(() -> r.nextEnum(ParcelRerouted.Reason.class)));
    }

    private static ParcelRerouted.Address address(EdgeCaseRandom r) {
        return new ParcelRerouted.Address(
                r.orNull(r::nextString), r.orNull(r::nextString), r.orNull(r::nextString), r.orNull(r::nextString));
    }

    @Override
    List<String> enumTexts() {
        return List.of(
                "\"customer-request\"",
                "\"CUSTOMER_REQUEST\"",
                "\"address_unknown\"",
                "\"WEATHER\"",
                "\"weather\"",
                "2",
                "\"1\"",
                "{\"post_code\":\"p\",\"town\":\"t\",\"note\":\"n\",\"label\":\"l\"}",
                "{\"postCode\":\"p\",\"locality\":\"t\",\"city\":\"c\"}",
                "[{\"post_code\":null,\"town\":\"t\"}]",
                "{\"a\":\"new\",\"b\":\"cancelled\"}",
                "{\"a\":\"NEW\"}");
    }
}
