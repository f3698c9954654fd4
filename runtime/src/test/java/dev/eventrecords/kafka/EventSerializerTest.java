package dev.eventrecords.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class EventSerializerTest {

    private final EventSerializer<String> serializer =
            new EventSerializer<>(Codecs.STRING, "com.acme.NoteAdded", note -> null) {};

    @Test
    void addsTheCloudEventsHeadersWhenTheRecordHasNone() {
        RecordHeaders headers = new RecordHeaders();

        byte[] bytes = serializer.serialize("notes", headers, "hi");

        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\"hi\"");
        assertThat(CloudEventHeaders.lastValue(headers, "ce_type")).isEqualTo("com.acme.NoteAdded");
        assertThat(CloudEventHeaders.lastValue(headers, "ce_specversion")).isEqualTo("1.0");
        assertThat(CloudEventHeaders.lastValue(headers, "ce_source")).isEqualTo("/topics/notes");
        assertThat(CloudEventHeaders.lastValue(headers, "content-type")).isEqualTo("application/json");
        assertThat(CloudEventHeaders.lastValue(headers, "ce_id")).hasSize(36);
        assertThat(CloudEventHeaders.lastValue(headers, "ce_time")).endsWith("Z");
    }

    @Test
    void keepsHeadersThatAreAlreadyThere() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_type", "com.acme.NoteAdded".getBytes(StandardCharsets.UTF_8));

        serializer.serialize("notes", headers, "hi");

        assertThat(headers.toArray()).hasSize(1);
    }

    @Test
    void refusesARecordWhoseTypeHeaderNamesAnotherType() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_type", "com.acme.NoteDeleted".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> serializer.serialize("notes", headers, "hi"))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("cannot serialize 'com.acme.NoteAdded' for topic 'notes'")
                .hasMessageContaining("ce_type says 'com.acme.NoteDeleted'");
    }

    @Test
    void writesATombstoneForANullEvent() {
        RecordHeaders headers = new RecordHeaders();

        assertThat(serializer.serialize("notes", headers, null)).isNull();
        assertThat(headers.toArray()).isEmpty();
    }
}
