package dev.eventrecords.examples.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventrecords.examples.wire.EdgeCaseRandom;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

/** Maps of lists, lists of lists, an optional list, lists of maps, a map of lists of lists: copied deeply. */
class StockRecountedDifferentialTest extends JacksonDifferential<StockRecounted> {

    @Override
    Serde<StockRecounted> serde() {
        return new StockRecountedSerde();
    }

    @Override
    Class<StockRecounted> eventClass() {
        return StockRecounted.class;
    }

    @Override
    StockRecounted randomEvent(EdgeCaseRandom r) {
        return new StockRecounted(
                r.orNull(r::nextString),
                r.orNull(() -> r.map(() -> r.list(r::nextString))),
                r.orNull(() -> r.list(() -> r.list(r::nextInt))),
                r.orNull(() -> r.optional(() -> r.list(r::nextString))),
                r.orNull(() -> r.map(() -> r.set(r::nextLong))),
                r.orNull(() -> r.list(() -> r.map(r::nextInt))),
                r.orNull(() -> r.map(() -> r.list(() -> r.list(r::nextInt)))));
    }

    @Override
    List<String> enumTexts() {
        return List.of();
    }

    /** The serde reads every level into the shapes the constructor makes: unmodifiable all the way down. */
    @Test
    void readsEveryLevelUnmodifiable() {
        String json = """
                {"warehouseId":"w","binsBySku":{"a":["b1","b2"]},"layer_rows":[[1,2],[3]],"auditors":["x"],\
                "lotsByBin":{"b1":[7,8]},"counts":[{"a":1}],"grid":{"g":[[1],[2,3]]}}""";
        try (Serde<StockRecounted> serde = serde()) {
            StockRecounted event =
                    serde.deserializer().deserialize("jackson.stockrecounted", json.getBytes(StandardCharsets.UTF_8));
            assertThat(event).isEqualTo(JACKSON.readValue(json, StockRecounted.class));
            assertThat(event.binsBySku().get("a")).containsExactly("b1", "b2");
            assertThat(event.grid().get("g").get(1)).containsExactly(2, 3);
            assertThatThrownBy(() -> event.binsBySku().get("a").add("c"))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> event.layers().get(0).add(9)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> event.auditors().orElseThrow().add("y"))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> event.lotsByBin().get("b1").add(9L))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> event.counts().get(0).put("b", 2))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> event.grid().get("g").get(0).add(4))
                    .isInstanceOf(UnsupportedOperationException.class);
            byte[] again = serde.serializer().serialize("jackson.stockrecounted", event);
            assertThat(serde.deserializer().deserialize("jackson.stockrecounted", again))
                    .isEqualTo(event);
        }
    }
}
