package dev.eventrecords.examples.jackson;

import dev.eventrecords.examples.wire.EdgeCaseRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17's differential proof for polymorphic components, on top of {@link JacksonDifferential}'s: Jackson's bytes
 * edited at every depth, where the type ids are: objects with their properties shuffled (the type id no longer
 * first), the id removed, set to an unknown id, to another variant's, to {@code null} or to a non-text value, written
 * twice, with unknown properties added; arrays {@code [id, value]} with the id replaced, the value dropped or an
 * element added; wrapper objects renamed or given a second property. Our read equals Jackson 3's, or both refuse.
 *
 * @param <E> the event type
 */
abstract class PolymorphicDifferential<E> extends JacksonDifferential<E> {

    /** The name of the type id property, for {@code PROPERTY} and {@code EXISTING_PROPERTY}; {@code null} otherwise. */
    abstract String idProperty();

    /** Every type id the event's sealed interfaces read. */
    abstract Set<String> typeIds();

    @Test
    void weReadEditedPolymorphicValuesAsJacksonReadsThem() {
        forEachInstance((event, random) -> {
            Object tree = Json.of(JACKSON.readTree(JACKSON.writeValueAsBytes(event)));
            readsAsJackson(Json.write(edit(tree, random)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
    }

    @Test
    void weReadShuffledPolymorphicObjectsAsJacksonReadsThem() {
        forEachInstance((event, random) -> {
            Object tree = Json.of(JACKSON.readTree(JACKSON.writeValueAsBytes(event)));
            readsAsJackson(Json.write(shuffle(tree, random)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
    }

    private Object shuffle(Object node, EdgeCaseRandom random) {
        if (node instanceof Json.Obj obj) {
            List<Map.Entry<String, Object>> entries = new ArrayList<>();
            for (Map.Entry<String, Object> e : obj.entries()) {
                entries.add(Map.entry(e.getKey(), shuffle(e.getValue(), random)));
            }
            Collections.shuffle(entries, new Random(random.nextLong()));
            return new Json.Obj(entries);
        }
        if (node instanceof Json.Arr arr) {
            List<Object> items = new ArrayList<>();
            for (Object item : arr.items()) {
                items.add(shuffle(item, random));
            }
            return new Json.Arr(items);
        }
        return node;
    }

    private Object edit(Object node, EdgeCaseRandom random) {
        List<String> ids = new ArrayList<>(typeIds());
        Collections.sort(ids);
        if (node instanceof Json.Obj obj) {
            List<Map.Entry<String, Object>> entries = new ArrayList<>();
            for (Map.Entry<String, Object> e : obj.entries()) {
                String name = e.getKey();
                Object value = edit(e.getValue(), random);
                if (typeIds().contains(name) && random.nextInt(6) == 0) {
                    name = random.nextBoolean() ? random.pick(ids) : "Unknown";
                }
                if (name.equals(idProperty())) {
                    switch (random.nextInt(12)) {
                        case 0 -> {
                            continue;
                        }
                        case 1 -> value = new Json.Raw("\"unknown\"");
                        case 2 -> value = new Json.Raw(quote(random.pick(ids)));
                        case 3 -> value = new Json.Raw("null");
                        case 4 -> value = new Json.Raw(random.pick(List.of("1", "true", "{}", "[]", "[\"card\"]")));
                        case 5 -> entries.add(Map.entry(name, new Json.Raw(quote(random.pick(ids)))));
                        case 6 -> entries.add(Map.entry(name, new Json.Raw("null")));
                        default -> {}
                    }
                }
                entries.add(Map.entry(name, value));
            }
            if (random.nextInt(5) == 0) {
                entries.add(
                        random.nextInt(entries.size() + 1),
                        Map.entry(
                                random.nextBoolean() ? "unknownProperty" : random.pick(ids),
                                new Json.Raw(random.pick(List.of("1", "\"x\"", "null", "{}", "[1]")))));
            }
            if (random.nextInt(3) == 0) {
                Collections.shuffle(entries, new Random(random.nextLong()));
            }
            return new Json.Obj(entries);
        }
        if (node instanceof Json.Arr arr) {
            List<Object> items = new ArrayList<>();
            for (Object item : arr.items()) {
                items.add(edit(item, random));
            }
            boolean typed = !items.isEmpty()
                    && items.get(0) instanceof Json.Raw first
                    && typeIds().stream().anyMatch(id -> first.json().equals(quote(id)));
            if (typed) {
                switch (random.nextInt(10)) {
                    case 0 -> items.set(0, new Json.Raw(quote(random.pick(ids))));
                    case 1 -> items.set(0, new Json.Raw(random.pick(List.of("\"unknown\"", "null", "1", "{}"))));
                    case 2 -> items.subList(1, items.size()).clear();
                    case 3 -> items.add(new Json.Raw("null"));
                    case 4 -> {
                        if (items.size() > 1) {
                            items.set(1, new Json.Raw(random.pick(List.of("null", "\"QUAD\"", "0", "{}", "[]"))));
                        }
                    }
                    default -> {}
                }
            }
            return new Json.Arr(items);
        }
        return node;
    }

    private static String quote(String text) {
        return JACKSON.writeValueAsString(text);
    }

    /** JSON as written, with objects that may hold a name twice. */
    static final class Json {
        record Obj(List<Map.Entry<String, Object>> entries) {}

        record Arr(List<Object> items) {}

        record Raw(String json) {}

        static Object of(JsonNode node) {
            if (node.isObject()) {
                List<Map.Entry<String, Object>> entries = new ArrayList<>();
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    entries.add(Map.entry(e.getKey(), of(e.getValue())));
                }
                return new Obj(entries);
            }
            if (node.isArray()) {
                List<Object> items = new ArrayList<>();
                for (JsonNode item : node) {
                    items.add(of(item));
                }
                return new Arr(items);
            }
            return new Raw(JACKSON.writeValueAsString(node));
        }

        static String write(Object node) {
            StringBuilder out = new StringBuilder();
            write(node, out);
            return out.toString();
        }

        private static void write(Object node, StringBuilder out) {
            if (node instanceof Obj obj) {
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, Object> e : obj.entries()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    out.append(quote(e.getKey())).append(':');
                    write(e.getValue(), out);
                }
                out.append('}');
            } else if (node instanceof Arr arr) {
                out.append('[');
                for (int i = 0; i < arr.items().size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(arr.items().get(i), out);
                }
                out.append(']');
            } else {
                out.append(((Raw) node).json());
            }
        }
    }
}
