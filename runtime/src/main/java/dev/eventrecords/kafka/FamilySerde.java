package dev.eventrecords.kafka;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The value serde of an {@code @EventFamily}: it writes each member with the member's own codec, and reads by the
 * {@code ce_type} header, dispatching over the closed set of members known at compile time. No class is ever loaded
 * by a name read from a header.
 *
 * <p>Writing gives the record exactly one set of the CloudEvents headers, describing the member written (its type,
 * the topic written, its event time), as {@link CloudEventHeaders#describe} does for a single event: inherited
 * {@code ce_*} headers that describe another value are replaced, never refused. Reading a record whose
 * {@code ce_type} is missing, or whose payload does not parse as the named member, throws a
 * {@link SerializationException} naming the topic, the header value and the known types; a {@code ce_type} naming no
 * member (one added by a newer producer, say) throws the subclass {@link ForeignEventTypeException}. Headers whose
 * {@code ce_source} names another topic describe another record (Kafka Streams hands a state store the input
 * record's headers), so they cannot say which member the bytes hold: reading them is refused with a message saying
 * so. A {@code null} payload is a tombstone and reads as {@code null}.
 *
 * <p>Thread-safe and stateless. Generated {@code FamilySerde} classes extend it with public no-arg constructors.
 *
 * @param <F> the family
 */
public class FamilySerde<F> implements Serde<F> {

    private final FamilySerializer<F> serializer;
    private final FamilyDeserializer<F> deserializer;

    /**
     * Creates the serde of a family.
     *
     * @param family the family's name, for messages
     * @param members every member, each once
     */
    protected FamilySerde(String family, List<FamilyMember<F>> members) {
        FamilyMembers<F> closedSet = new FamilyMembers<>(Objects.requireNonNull(family, "family"), members);
        this.serializer = new FamilySerializer<>(closedSet);
        this.deserializer = new FamilyDeserializer<>(closedSet);
    }

    /** Configures the members' formats (an Avro member's schema registry) in the serializer and the deserializer. */
    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        serializer.configure(configs, isKey);
        deserializer.configure(configs, isKey);
    }

    @Override
    public Serializer<F> serializer() {
        return serializer;
    }

    @Override
    public Deserializer<F> deserializer() {
        return deserializer;
    }

    /**
     * Writes family members; see {@link FamilySerde}. Extended by generated {@code FamilySerde.Serializer}.
     *
     * @param <F> the family
     */
    public static class FamilySerializer<F> implements Serializer<F> {
        private volatile FamilyMembers<F> members;

        FamilySerializer(FamilyMembers<F> members) {
            this.members = members;
        }

        /**
         * Creates a serializer.
         *
         * @param family the family's name
         * @param members every member, each once
         */
        protected FamilySerializer(String family, List<FamilyMember<F>> members) {
            this(new FamilyMembers<>(family, members));
        }

        /** Configures the members' formats with the client's properties (an Avro member's schema registry). */
        @Override
        public void configure(Map<String, ?> configs, boolean isKey) {
            members = members.configured(configs, isKey);
        }

        FamilySerializer<F> configuredCopy(Map<String, ?> configs, boolean isKey) {
            return new FamilySerializer<>(members.configured(configs, isKey));
        }

        @Override
        public byte[] serialize(String topic, F event) {
            if (event == null) {
                return null;
            }
            FamilyMember<F> member = member(topic, event);
            return write(topic, member, event);
        }

        @Override
        public byte[] serialize(String topic, Headers headers, F event) {
            if (event == null) {
                return null;
            }
            FamilyMember<F> member = member(topic, event);
            CloudEventHeaders.describe(
                    headers,
                    event,
                    member.eventType(),
                    member.eventTypeBytes(),
                    topic,
                    member.eventTime(event),
                    member.contentTypeBytes());
            return write(topic, member, event);
        }

        private FamilyMember<F> member(String topic, F event) {
            try {
                return members.of(event);
            } catch (IllegalArgumentException e) {
                throw new SerializationException("cannot serialize for topic '" + topic + "': " + e.getMessage(), e);
            }
        }

        private static <F> byte[] write(String topic, FamilyMember<F> member, F event) {
            try {
                return member.format().write(topic, event);
            } catch (SerializationException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new SerializationException(
                        "cannot serialize '" + member.eventType() + "' for topic '" + topic + "': " + e.getMessage(),
                        e);
            }
        }
    }

    /**
     * Reads family members by their {@code ce_type} header; see {@link FamilySerde}. Extended by generated
     * {@code FamilySerde.Deserializer}.
     *
     * @param <F> the family
     */
    public static class FamilyDeserializer<F> implements Deserializer<F> {
        private volatile FamilyMembers<F> members;

        FamilyDeserializer(FamilyMembers<F> members) {
            this.members = members;
        }

        /**
         * Creates a deserializer.
         *
         * @param family the family's name
         * @param members every member, each once
         */
        protected FamilyDeserializer(String family, List<FamilyMember<F>> members) {
            this(new FamilyMembers<>(family, members));
        }

        /** Configures the members' formats with the client's properties (an Avro member's schema registry). */
        @Override
        public void configure(Map<String, ?> configs, boolean isKey) {
            members = members.configured(configs, isKey);
        }

        FamilyDeserializer<F> configuredCopy(Map<String, ?> configs, boolean isKey) {
            return new FamilyDeserializer<>(members.configured(configs, isKey));
        }

        /**
         * Always fails for a payload: without headers the member cannot be known.
         *
         * @throws SerializationException for any non-null payload
         */
        @Override
        public F deserialize(String topic, byte[] data) {
            return deserialize(topic, null, data);
        }

        @Override
        public F deserialize(String topic, Headers headers, byte[] data) {
            if (data == null) {
                return null;
            }
            if (CloudEventHeaders.describeAnotherTopic(headers, topic)) {
                throw new SerializationException("cannot deserialize family '" + members.family() + "' from topic '"
                        + topic + "': the record's headers describe a record of topic '"
                        + Json.shown(CloudEventHeaders.sourceTopic(headers))
                        + "' (Kafka Streams hands a state store the headers of the input record), and a family's"
                        + " value does not name its member, so the member is unknown; keep a member's serde in a"
                        + " store, not the family's; known types: " + members.known());
            }
            String type = CloudEventHeaders.lastValue(headers, CloudEventHeaders.TYPE);
            if (type == null) {
                throw new SerializationException("cannot deserialize family '" + members.family() + "' from topic '"
                        + topic + "': the record has no ce_type header, so its member is unknown; known types: "
                        + members.known());
            }
            FamilyMember<F> member = members.named(type);
            if (member == null) {
                // Another member, perhaps one added by a newer producer: valid data this reader does not know.
                throw new ForeignEventTypeException(
                        topic,
                        type,
                        "cannot deserialize family '" + members.family() + "' from topic '" + topic
                                + "': header ce_type '" + Json.shown(type) + "' names no member; known types: "
                                + members.known());
            }
            try {
                return member.format().read(topic, data);
            } catch (SerializationException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new SerializationException(
                        "cannot deserialize family '" + members.family() + "' from topic '" + topic
                                + "': the payload does not parse as header ce_type '" + Json.shown(type) + "': "
                                + EventReadException.in(null, e).getMessage() + "; known types: " + members.known(),
                        e);
            }
        }
    }
}
