package dev.eventrecords.examples.jackson;

import dev.eventrecords.examples.wire.EdgeCaseRandom;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;

/** {@code @JsonProperty} (names, access, an empty name, enum constants), {@code @JsonIgnore} and {@code @JsonAlias}. */
class OrderPlacedDifferentialTest extends JacksonDifferential<OrderPlaced> {

    @Override
    Serde<OrderPlaced> serde() {
        return new OrderPlacedSerde();
    }

    @Override
    Class<OrderPlaced> eventClass() {
        return OrderPlaced.class;
    }

    @Override
    OrderPlaced randomEvent(EdgeCaseRandom r) {
        return new OrderPlaced(
                r.orNull(r::nextString),
                r.orNull(r::nextString),
                r.orNull(() -> r.nextEnum(OrderStatus.class)),
                r.nextLong(),
                r.orNull(r::nextString),
                r.orNull(r::nextString),
                r.orNull(r::nextString),
                r.nextBoolean(),
                r.nextInt(),
                r.orNull(r::nextInstant),
                r.orNull(r::nextUuid),
                r.orNull(() -> r.list(() -> r.nextEnum(OrderStatus.class))));
    }

    @Override
    List<String> enumTexts() {
        return List.of(
                "\"new\"",
                "\"NEW\"",
                "\" new \"",
                "\"paid\"",
                "\"PAID\"",
                "\"PAID!\"",
                "\"\"",
                "\"  \"",
                "\"VOID\"",
                "\"SHIPPED\"",
                "\"shipped\"",
                "\"cancelled\"",
                "\"CANCELLED\"",
                "0",
                "4",
                "5",
                "\"2\"",
                "[\"new\",\"x\"]",
                "[\"paid\",null,\"cancelled\"]");
    }
}
