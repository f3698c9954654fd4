package dev.eventrecords.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.json.JsonFactory;

/**
 * The property tables of generated codecs: {@link Json#index} finds every name it was given (the first one's component
 * for a name given twice) and nothing else, and {@link Json#nextProperty} walks an object's names in any order.
 */
class JsonPropertiesTest {

    @Test
    void theIndexFindsEveryNameItHoldsAndNoOther() {
        SplittableRandom random = new SplittableRandom(16);
        for (int round = 0; round < 300; round++) {
            int count = random.nextInt(1, 80);
            Map<String, Integer> expected = new LinkedHashMap<>();
            List<String> names = new ArrayList<>();
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String name = name(random);
                int index = random.nextInt(count);
                names.add(name);
                indexes.add(index);
                expected.putIfAbsent(name, index);
            }
            Json.PropertyIndex index = Json.index(
                    names.toArray(String[]::new),
                    indexes.stream().mapToInt(Integer::intValue).toArray());
            expected.forEach((name, i) -> assertThat(index.of(name)).as(name).isEqualTo(i));
            for (int i = 0; i < 50; i++) {
                String other = name(random) + "~";
                assertThat(index.of(other)).as(other).isEqualTo(-1);
            }
        }
    }

    @Test
    void anIndexOfPropertiesGivesEachItsPositionAndTheFirstOfTwoEqualNames() {
        Json.PropertyIndex index = Json.index("a", "b", "a", "");
        assertThat(index.of("a")).isEqualTo(0);
        assertThat(index.of("b")).isEqualTo(1);
        assertThat(index.of("")).isEqualTo(3);
        assertThat(index.of("c")).isEqualTo(-1);
        assertThat(Json.index().of("a")).isEqualTo(-1);
    }

    @Test
    void anIndexRefusesNamesAndIndexesThatDoNotPair() {
        assertThatThrownBy(() -> Json.index(new String[] {"a", "b"}, new int[] {0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2 names but 1 indexes");
        assertThatThrownBy(() -> Json.index(new String[] {"a"}, new int[] {-1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("negative index -1 for a");
    }

    @Test
    void nextPropertyWalksNamesInAnyOrderAndStopsAtTheObjectsEnd() {
        String[] properties = {"id", "count", "note"};
        SerializableString[] names = Json.names(properties);
        Json.PropertyIndex index = Json.index(properties);
        // in order, out of order, unknown, and a missing one
        assertThat(walk("{\"id\":1,\"count\":2,\"note\":3}", names, index)).containsExactly(0, 1, 2);
        assertThat(walk("{\"note\":3,\"id\":1,\"count\":2}", names, index)).containsExactly(2, 0, 1);
        assertThat(walk("{\"id\":1,\"other\":{\"x\":[1]},\"note\":3}", names, index))
                .containsExactly(0, -1, 2);
        assertThat(walk("{}", names, index)).isEmpty();
        assertThat(walk("{\"count\":2,\"count\":5}", names, index)).containsExactly(1, 1);
    }

    /** The indexes nextProperty gives, each value skipped, expecting the property after the last one read next. */
    private static List<Integer> walk(String json, SerializableString[] names, Json.PropertyIndex index) {
        List<Integer> seen = new ArrayList<>();
        try (JsonParser in =
                new JsonFactory().createParser(ObjectReadContext.empty(), json.getBytes(StandardCharsets.UTF_8))) {
            assertThat(in.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            int next = 0;
            int i;
            while ((i = Json.nextProperty(in, names, next, index)) != Json.END_OF_OBJECT) {
                seen.add(i);
                in.nextToken();
                in.skipChildren();
                next = i < 0 ? next : i + 1;
            }
            assertThat(in.currentToken()).isEqualTo(JsonToken.END_OBJECT);
        }
        return seen;
    }

    private static String name(SplittableRandom random) {
        StringBuilder name = new StringBuilder();
        int length = random.nextInt(0, 12);
        for (int i = 0; i < length; i++) {
            name.append((char) random.nextInt('0', 'z' + 1));
        }
        return name.toString();
    }

    @Test
    void namesEncodesEachNameAsNameDoes() {
        SerializableString[] names = Json.names("a", "b\"c", "é");
        Map<String, String> encoded = new HashMap<>();
        for (SerializableString name : names) {
            encoded.put(name.getValue(), new String(name.asQuotedChars()));
        }
        assertThat(encoded)
                .containsEntry("a", "a")
                .containsEntry("b\"c", "b\\\"c")
                .containsEntry("é", "é");
        assertThat(names[1].asQuotedUTF8()).isEqualTo(Json.name("b\"c").asQuotedUTF8());
    }
}
