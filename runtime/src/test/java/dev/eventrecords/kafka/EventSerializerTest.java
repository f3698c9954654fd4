package dev.eventrecords.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.common.header.Header;
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
    void keepsTheIdOfHeadersThatDescribeThisValueOnThisTopic() {
        RecordHeaders headers = new RecordHeaders();
        serializer.serialize("notes", headers, "hi");
        String id = CloudEventHeaders.lastValue(headers, "ce_id");

        serializer.serialize("notes", headers, "hi");

        assertThat(CloudEventHeaders.lastValue(headers, "ce_id")).isEqualTo(id);
        assertThat(headers.toArray()).hasSize(6);
    }

    @Test
    void replacesHeadersThatDescribeAnotherType() {
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.add(headers, "com.acme.NoteDeleted".getBytes(StandardCharsets.UTF_8), "notes", null);
        headers.add("ce_subject", "other".getBytes(StandardCharsets.UTF_8));
        headers.add("trace", "kept".getBytes(StandardCharsets.UTF_8));
        String inheritedId = CloudEventHeaders.lastValue(headers, "ce_id");

        serializer.serialize("notes", headers, "hi");

        assertThat(CloudEventHeaders.lastValue(headers, "ce_type")).isEqualTo("com.acme.NoteAdded");
        assertThat(CloudEventHeaders.lastValue(headers, "ce_id")).isNotEqualTo(inheritedId);
        assertThat(headers.headers("ce_subject")).isEmpty();
        assertThat(CloudEventHeaders.lastValue(headers, "trace")).isEqualTo("kept");
        assertThat(headers.toArray()).hasSize(7);
    }

    @Test
    void replacesTheIdAndSourceWhenTheSameTypeIsWrittenToAnotherTopic() {
        RecordHeaders headers = new RecordHeaders();
        serializer.serialize("notes", headers, "hi");
        String id = CloudEventHeaders.lastValue(headers, "ce_id");

        serializer.serialize("notes-archive", headers, "hi");

        assertThat(CloudEventHeaders.lastValue(headers, "ce_source")).isEqualTo("/topics/notes-archive");
        assertThat(CloudEventHeaders.lastValue(headers, "ce_id")).isNotEqualTo(id);
        assertThat(headers.toArray()).hasSize(6);
    }

    @Test
    void aHeaderEditedAfterSerializationDoesNotChangeTheNextRecordsHeader() {
        RecordHeaders first = new RecordHeaders();
        serializer.serialize("notes", first, "hi");
        for (Header header : first) {
            Arrays.fill(header.value(), (byte) 'x');
        }

        RecordHeaders next = new RecordHeaders();
        serializer.serialize("notes", next, "hi");

        assertThat(CloudEventHeaders.lastValue(next, "ce_type")).isEqualTo("com.acme.NoteAdded");
        assertThat(CloudEventHeaders.lastValue(next, "ce_specversion")).isEqualTo("1.0");
        assertThat(CloudEventHeaders.lastValue(next, "ce_source")).isEqualTo("/topics/notes");
        assertThat(CloudEventHeaders.lastValue(next, "content-type")).isEqualTo("application/json");
    }

    @Test
    void writesATombstoneForANullEvent() {
        RecordHeaders headers = new RecordHeaders();

        assertThat(serializer.serialize("notes", headers, null)).isNull();
        assertThat(headers.toArray()).isEmpty();
    }
}
