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
    void keepsTheIdThatAddGaveThisVeryValue() {
        String note = "hi";
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.add(headers, note, "com.acme.NoteAdded".getBytes(StandardCharsets.UTF_8), "notes", null);
        String id = CloudEventHeaders.lastValue(headers, "ce_id");

        serializer.serialize("notes", headers, note);

        assertThat(CloudEventHeaders.lastValue(headers, "ce_id")).isEqualTo(id);
        assertThat(headers.toArray()).hasSize(6);
    }

    @Test
    void givesTwoValuesOfOneTypeOnOneTopicTheirOwnIds() {
        // As Kafka Streams' flatMapValues does: one set of headers, forwarded with each value in turn.
        RecordHeaders headers = new RecordHeaders();
        serializer.serialize("notes", headers, "first");
        String first = CloudEventHeaders.lastValue(headers, "ce_id");

        serializer.serialize("notes", headers, "second");

        assertThat(CloudEventHeaders.lastValue(headers, "ce_id")).isNotEqualTo(first);
        assertThat(headers.toArray()).hasSize(6);
    }

    @Test
    void keepsAnIdTheProducerChoseWhenTheHeadersDescribeThisValue() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", utf8("1.0"));
        headers.add("ce_id", utf8("note-42"));
        headers.add("ce_source", utf8("/topics/notes"));
        headers.add("ce_type", utf8("com.acme.NoteAdded"));
        headers.add("ce_time", utf8("2026-11-26T10:15:30Z"));
        headers.add("content-type", utf8("application/json"));

        serializer.serialize("notes", headers, "hi");

        assertThat(CloudEventHeaders.lastValue(headers, "ce_id")).isEqualTo("note-42");
        assertThat(CloudEventHeaders.lastValue(headers, "ce_time")).isEqualTo("2026-11-26T10:15:30Z");
        assertThat(headers.toArray()).hasSize(6);
    }

    @Test
    void keepsTheExtensionsOfHeadersThatDescribeThisValueAndWritesEachOfTheSixOnce() {
        String note = "hi";
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.add(headers, note, utf8("com.acme.NoteAdded"), "notes", null);
        String id = CloudEventHeaders.lastValue(headers, "ce_id");
        headers.add("ce_subject", utf8("notes/7"));
        headers.add("ce_type", utf8("com.acme.NoteAdded"));

        serializer.serialize("notes", headers, note);

        assertThat(headers.headers("ce_type")).hasSize(1);
        assertThat(CloudEventHeaders.lastValue(headers, "ce_id")).isEqualTo(id);
        assertThat(CloudEventHeaders.lastValue(headers, "ce_subject")).isEqualTo("notes/7");
        assertThat(headers.toArray()).hasSize(7);
    }

    @Test
    void leavesTheReadOnlyHeadersOfASentRecordAloneWhenItIsSentAgain() {
        String note = "hi";
        RecordHeaders headers = new RecordHeaders();
        serializer.serialize("notes", headers, note);
        String id = CloudEventHeaders.lastValue(headers, "ce_id");
        headers.setReadOnly();

        serializer.serialize("notes", headers, note);

        assertThat(CloudEventHeaders.lastValue(headers, "ce_id")).isEqualTo(id);
    }

    @Test
    void replacesDuplicatedHeadersOfAnotherValueWithOneSet() {
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.add(headers, utf8("com.acme.NoteDeleted"), "notes", null);
        CloudEventHeaders.add(headers, utf8("com.acme.NoteDeleted"), "notes", null);

        serializer.serialize("notes", headers, "hi");

        assertThat(headers.toArray()).hasSize(6);
        assertThat(CloudEventHeaders.lastValue(headers, "ce_type")).isEqualTo("com.acme.NoteAdded");
    }

    @Test
    void writesATombstoneForANullEvent() {
        RecordHeaders headers = new RecordHeaders();

        assertThat(serializer.serialize("notes", headers, null)).isNull();
        assertThat(headers.toArray()).isEmpty();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
