package dev.eventrecords.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Enum map keys as Jackson 3 writes and reads them, {@code @JsonProperty} texts included. */
class MapKeysEnumTest {

    enum Status {
        @JsonProperty("new")
        NEW,
        PAID,
        SHIPPED {
            @Override
            public String toString() {
                return "shipped!";
            }
        }
    }

    private static final JsonMapper JACKSON = JsonMapper.builder().build();
    private static final MapKey<Status> KEYS = MapKeys.enumOf(Status.class, "NEW", "new");

    @Test
    void writesEachConstantAsJackson3WritesItAsAKey() {
        Map<Status, Integer> counts = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            counts.put(s, s.ordinal());
        }
        Map<String, Integer> written = JACKSON.readValue(
                JACKSON.writeValueAsString(counts), new TypeReference<LinkedHashMap<String, Integer>>() {});
        for (Status s : Status.values()) {
            assertThat(written).containsEntry(KEYS.write(s), s.ordinal());
        }
    }

    @Test
    void readsOnlyTheTextsJackson3Reads() {
        TypeReference<Map<Status, Integer>> type = new TypeReference<>() {};
        for (Status s : Status.values()) {
            String text = KEYS.write(s);
            assertThat(KEYS.read(text)).isEqualTo(s);
            assertThat(JACKSON.readValue("{\"" + text + "\":1}", type)).containsOnlyKeys(s);
        }
        // Renamed, the constant is not read by its name: Jackson 3 refuses "NEW" too.
        assertThatThrownBy(() -> KEYS.read("NEW")).hasMessageContaining("'NEW' is not a 'Status' constant");
        assertThatThrownBy(() -> JACKSON.readValue("{\"NEW\":1}", type)).hasMessageContaining("NEW");
    }
}
