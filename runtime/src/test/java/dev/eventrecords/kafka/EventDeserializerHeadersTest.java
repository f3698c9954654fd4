package dev.eventrecords.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/**
 * The deserializer checks the headers that describe a record of the topic it reads, and leaves aside those written
 * for a record of another topic (Kafka Streams hands a state store's deserializer the input record's headers).
 */
class EventDeserializerHeadersTest {

    private final EventDeserializer<String> deserializer =
            new EventDeserializer<>(Codecs.STRING, "com.acme.NoteAdded") {};
    private static final byte[] HI = "\"hi\"".getBytes(StandardCharsets.UTF_8);

    @Test
    void refusesACeTypeOfAnotherTypeOnThisTopic() {
        RecordHeaders headers = headers("com.acme.NoteDeleted", "/topics/notes");

        assertThatThrownBy(() -> deserializer.deserialize("notes", headers, HI))
                .isInstanceOf(SerializationException.class)
                .hasMessage("cannot deserialize 'com.acme.NoteAdded' from topic 'notes': header ce_type is"
                        + " 'com.acme.NoteDeleted', not 'com.acme.NoteAdded'; the record holds another event type than"
                        + " this deserializer reads");
    }

    @Test
    void refusesACeTypeOfAnotherTypeWithoutSource() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_type", "com.acme.NoteDeleted".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> deserializer.deserialize("notes", headers, HI))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    void refusesACeTypeOfAnotherTypeWhoseSourceIsNotATopic() {
        // A CloudEvents producer of another kind names its source as it likes: its type is still checked.
        RecordHeaders headers = headers("com.acme.NoteDeleted", "https://acme.example/notes");

        assertThatThrownBy(() -> deserializer.deserialize("notes", headers, HI))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    void refusesAContentTypeThatIsNotJsonOnThisTopic() {
        RecordHeaders headers = headers("com.acme.NoteAdded", "/topics/notes");
        headers.add("content-type", "application/avro".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> deserializer.deserialize("notes", headers, HI))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("header content-type is 'application/avro'");
    }

    @Test
    void readsTheValueOnItsOwnWhenTheHeadersWereWrittenForARecordOfAnotherTopic() {
        RecordHeaders headers = headers("com.acme.NoteDeleted", "/topics/notes-input");
        headers.add("content-type", "application/avro".getBytes(StandardCharsets.UTF_8));

        assertThat(deserializer.deserialize("app-notes-store-changelog", headers, HI))
                .isEqualTo("hi");
    }

    @Test
    void stillRefusesAPayloadThatDoesNotParseWhenTheHeadersDescribeAnotherTopic() {
        RecordHeaders headers = headers("com.acme.NoteDeleted", "/topics/notes-input");

        assertThatThrownBy(() -> deserializer.deserialize(
                        "app-notes-store-changelog", headers, "{\"".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class);
    }

    private static RecordHeaders headers(String type, String source) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_source", source.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        return headers;
    }
}
