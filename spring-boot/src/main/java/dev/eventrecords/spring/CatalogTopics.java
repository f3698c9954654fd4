package dev.eventrecords.spring;

import dev.eventrecords.EventCatalog;
import dev.eventrecords.TopicBinding;
import dev.eventrecords.kafka.CloudEventHeaders;
import dev.eventrecords.kafka.FamilyBinding;
import dev.eventrecords.kafka.ForeignEventTypeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The topics of the {@link EventCatalog}, each with the generated serdes that read and write it: its key serde (all
 * bindings of a topic share one), and the value deserializer that reads any of its events, chosen over the closed set
 * of types generated for it. A family's topic is read by the family's deserializer, which picks the member by
 * {@code ce_type}; a topic of one event by that event's; a topic that several independent events share by the
 * binding its {@code ce_type} names. No class is loaded by a name read from a header.
 *
 * <p>Built once from the catalogue; immutable and thread-safe.
 */
final class CatalogTopics {

    private static final CatalogTopics ALL = new CatalogTopics(EventCatalog.bindings());

    private final Map<String, Topic> topics;

    private CatalogTopics(List<TopicBinding<?, ?>> bindings) {
        Map<String, List<TopicBinding<?, ?>>> byTopic = new HashMap<>();
        for (TopicBinding<?, ?> binding : bindings) {
            byTopic.computeIfAbsent(binding.topic(), t -> new ArrayList<>()).add(binding);
        }
        Map<String, Topic> built = new HashMap<>();
        byTopic.forEach((name, of) -> built.put(name, new Topic(name, of)));
        this.topics = Map.copyOf(built);
    }

    /** The topics of the application's catalogue. */
    static CatalogTopics all() {
        return ALL;
    }

    /** The topic, or {@code null} when no event of the catalogue is bound to it. */
    Topic get(String topic) {
        return topics.get(topic);
    }

    /** One topic and its serdes. */
    static final class Topic {
        private final String name;
        private final Serializer<Object> keySerializer;
        private final Deserializer<Object> keyDeserializer;
        private final Deserializer<Object> family;
        private final Map<String, Deserializer<Object>> byType;
        private final String knownTypes;

        @SuppressWarnings("unchecked") // the bindings of one topic share their key serde; values are read as Object
        private Topic(String name, List<TopicBinding<?, ?>> bindings) {
            this.name = name;
            TopicBinding<?, ?> first = bindings.get(0);
            this.keySerializer = (Serializer<Object>) first.keySerde().serializer();
            this.keyDeserializer = (Deserializer<Object>) first.keySerde().deserializer();
            Deserializer<Object> familyReader = null;
            Map<String, Deserializer<Object>> readers = new HashMap<>();
            for (TopicBinding<?, ?> binding : bindings) {
                Deserializer<Object> reader =
                        (Deserializer<Object>) binding.valueSerde().deserializer();
                if (binding instanceof FamilyBinding<?, ?>) {
                    familyReader = reader;
                } else {
                    readers.put(binding.eventType(), reader);
                }
            }
            this.family = familyReader;
            this.byType = Map.copyOf(readers);
            this.knownTypes = readers.keySet().stream().sorted().collect(Collectors.joining(", "));
        }

        /** The topic's key serializer. */
        Serializer<Object> keySerializer() {
            return keySerializer;
        }

        /** The topic's key deserializer. */
        Deserializer<Object> keyDeserializer() {
            return keyDeserializer;
        }

        /**
         * Reads a value of this topic with the generated deserializer of its type.
         *
         * @throws SerializationException when it cannot be read, naming the topic, the type and the field;
         *     {@link ForeignEventTypeException} when it holds an event of a type this topic's readers do not read
         */
        Object readValue(Headers headers, byte[] data) {
            if (family != null) {
                return family.deserialize(name, headers, data);
            }
            if (byType.size() == 1) {
                return byType.values().iterator().next().deserialize(name, headers, data);
            }
            if (data == null) {
                return null;
            }
            String type = headers == null ? null : CloudEventHeaders.lastValue(headers, CloudEventHeaders.TYPE);
            if (type == null) {
                throw new SerializationException("cannot deserialize from topic '" + name + "': the record has no"
                        + " ce_type header, and the topic carries several types: " + knownTypes);
            }
            Deserializer<Object> reader = byType.get(type);
            if (reader == null) {
                throw new ForeignEventTypeException(
                        name,
                        type,
                        "cannot deserialize from topic '" + name + "': header ce_type names no event of the topic ("
                                + knownTypes + ")");
            }
            return reader.deserialize(name, headers, data);
        }
    }
}
