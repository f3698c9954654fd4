package dev.eventrecords.examples.family;

import static dev.eventrecords.examples.family.Clients.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.eventrecords.embedded.EmbeddedKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The family binding reads a record by its {@code ce_type} header, looked up only in the closed set of members. The
 * records here are written by a raw producer with the headers under test, and read by the family binding's consumer.
 *
 * <p>A header that names another member than the payload was written as (a lie) cannot be told from an older or newer
 * version of the named member, since reading ignores unknown properties and leaves missing ones null: the header is
 * the contract. So a lie whose payload parses as the named member reads as that member, and one whose payload does not
 * is rejected with the topic, the header value and the known types.
 */
class TypeHeaderTest {

    private static final Instant AT = Instant.parse("2024-05-01T10:15:30.123Z");
    private static final ParcelEventTopic PARCELS = new ParcelEventTopic();
    private static final String KNOWN_TYPES = "known types: dev.eventrecords.examples.family.ParcelMoved,"
            + " dev.eventrecords.examples.family.ParcelRegistered, parcels.ParcelReturned";

    private static EmbeddedKafka broker;
    private static Clients clients;

    @BeforeAll
    static void startBrokerAndCreateTopic() {
        broker = EmbeddedKafka.start();
        clients = new Clients(broker.bootstrapServers());
        clients.createTopics(PARCELS.newTopic());
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void rejectsARecordWithoutCeType() {
        byte[] payload = new ParcelMovedSerde().serializer().serialize(PARCELS.topic(), moved("parcel-none"));

        SerializationException rejected = rejection(payload, new RecordHeaders());

        assertThat(rejected)
                .hasMessage("cannot deserialize family 'dev.eventrecords.examples.family.ParcelEvent' from topic"
                        + " 'family.parcels': the record has no ce_type header, so its member is unknown; "
                        + KNOWN_TYPES);
    }

    @Test
    void rejectsACeTypeThatNamesNoMember() {
        byte[] payload = new ParcelMovedSerde().serializer().serialize(PARCELS.topic(), moved("parcel-unknown"));

        SerializationException rejected = rejection(payload, ceType("parcels.ParcelLost"));

        assertThat(rejected)
                .hasMessage("cannot deserialize family 'dev.eventrecords.examples.family.ParcelEvent' from topic"
                        + " 'family.parcels': header ce_type 'parcels.ParcelLost' names no member; " + KNOWN_TYPES);
    }

    @Test
    void rejectsAClassNameThatIsNoMemberWithoutLoadingIt() {
        byte[] payload = utf8("{}");

        SerializationException rejected = rejection(payload, ceType("dev.eventrecords.examples.family.AuditLogged"));

        assertThat(rejected)
                .hasMessageContaining("topic 'family.parcels'")
                .hasMessageContaining("header ce_type 'dev.eventrecords.examples.family.AuditLogged' names no member")
                .hasMessageEndingWith(KNOWN_TYPES);
    }

    @Test
    void rejectsALieWhosePayloadDoesNotParseAsTheNamedMember() {
        byte[] movedPayload = new ParcelMovedSerde().serializer().serialize(PARCELS.topic(), moved("parcel-lie"));

        SerializationException rejected = rejection(movedPayload, ceType("parcels.ParcelReturned"));

        assertThat(rejected)
                .hasMessageStartingWith("cannot deserialize family 'dev.eventrecords.examples.family.ParcelEvent'"
                        + " from topic 'family.parcels': the payload does not parse as header ce_type"
                        + " 'parcels.ParcelReturned': ")
                .hasMessageContaining("the constructor of 'ParcelReturned' refused the values read: reasons is empty: a"
                        + " parcel is returned for a reason; component 'reasons' was absent from the JSON")
                .hasMessageEndingWith(KNOWN_TYPES);
    }

    @Test
    void rejectsAPayloadWhoseFieldHasTheWrongTypeForTheNamedMember() {
        byte[] payload = utf8("{\"parcelId\":\"parcel-bad\",\"at\":\"2024-05-01T10:15:30.123Z\",\"sequence\":\"one\","
                + "\"hub\":\"Leeds\"}");

        SerializationException rejected = rejection(payload, ceType("dev.eventrecords.examples.family.ParcelMoved"));

        assertThat(rejected)
                .hasMessageContaining("topic 'family.parcels'")
                .hasMessageContaining("header ce_type 'dev.eventrecords.examples.family.ParcelMoved'")
                .hasMessageContaining("field 'sequence'")
                .hasMessageEndingWith(KNOWN_TYPES);
    }

    @Test
    void aLieWhosePayloadParsesReadsAsTheNamedMember() {
        ParcelRegistered registered = new ParcelRegistered("parcel-parses", AT, 4, "Ann");
        byte[] payload = new ParcelRegisteredSerde().serializer().serialize(PARCELS.topic(), registered);

        ConsumerRecord<String, ParcelEvent> record =
                readOne(payload, ceType("dev.eventrecords.examples.family.ParcelMoved"));

        assertThat(record.value()).isEqualTo(new ParcelMoved("parcel-parses", AT, 4, null));
    }

    @Test
    void theLastCeTypeHeaderDecides() {
        RecordHeaders headers = ceType("parcels.ParcelLost");
        headers.add("ce_type", utf8("dev.eventrecords.examples.family.ParcelMoved"));
        byte[] payload = new ParcelMovedSerde().serializer().serialize(PARCELS.topic(), moved("parcel-last"));

        ConsumerRecord<String, ParcelEvent> record = readOne(payload, headers);

        assertThat(record.value()).isEqualTo(moved("parcel-last"));
    }

    // ---- producing and consuming -------------------------------------------------------------------------------

    private static ParcelMoved moved(String parcelId) {
        return new ParcelMoved(parcelId, AT, 1, "Leeds");
    }

    private static RecordHeaders ceType(String type) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_type", utf8(type));
        return headers;
    }

    private static ConsumerRecord<String, ParcelEvent> readOne(byte[] payload, RecordHeaders headers) {
        Map<TopicPartition, Long> from = clients.endOffsets(PARCELS.topic());
        clients.sendRaw(List.of(new ProducerRecord<>(PARCELS.topic(), null, utf8("parcel"), payload, headers)));
        return Clients.read(PARCELS.consumer(clients.properties()), from, 1).get(0);
    }

    /**
     * Writes one raw record and reads it with the family binding's consumer, which must fail on it: the consumer
     * reports the deserializer's {@code SerializationException} as the cause of a {@code RecordDeserializationException}.
     */
    private static SerializationException rejection(byte[] payload, RecordHeaders headers) {
        Map<TopicPartition, Long> from = clients.endOffsets(PARCELS.topic());
        clients.sendRaw(List.of(new ProducerRecord<>(PARCELS.topic(), null, utf8("parcel"), payload, headers)));
        try (KafkaConsumer<String, ParcelEvent> consumer = PARCELS.consumer(clients.properties())) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            long deadline = System.nanoTime() + Clients.DEADLINE.toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    var records = consumer.poll(Duration.ofMillis(100));
                    if (!records.isEmpty()) {
                        fail("read " + records.iterator().next().value() + " instead of failing");
                    }
                } catch (RecordDeserializationException e) {
                    assertThat(e.origin())
                            .isEqualTo(RecordDeserializationException.DeserializationExceptionOrigin.VALUE);
                    assertThat(e.getCause()).isInstanceOf(SerializationException.class);
                    return (SerializationException) e.getCause();
                }
            }
        }
        throw new AssertionError("the consumer neither failed nor read the record");
    }
}
