package dev.eventrecords.examples.wire;

import dev.eventrecords.Bytes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serde;

/**
 * The wire contract for {@link Bytes}. Jackson has no default for {@code Bytes}, but DESIGN.md promises what it
 * writes for a {@code byte[]}: so Jackson writes and reads {@link BlobAsArrays}, the same event with arrays.
 */
class BytesWireTest extends WireContract<BlobReceived> {

    /** {@link BlobReceived} as a Jackson user would declare it, with {@code byte[]} for {@code Bytes}. */
    record BlobAsArrays(
            int blobId,
            byte[] payload,
            Optional<byte[]> thumbnail,
            List<byte[]> chunks,
            Map<String, byte[]> attachments) {}

    @Override
    Serde<BlobReceived> serde() {
        return new BlobReceivedSerde();
    }

    @Override
    Class<BlobReceived> eventClass() {
        return BlobReceived.class;
    }

    @Override
    BlobReceived randomEvent(EdgeCaseRandom r) {
        return new BlobReceived(
                r.nextInt(),
                r.orNull(r::nextBytes),
                r.optional(r::nextBytes),
                r.orNull(() -> r.list(() -> r.orNull(r::nextBytes))),
                r.orNull(() -> r.map(() -> r.orNull(r::nextBytes))));
    }

    @Override
    Object asJacksonValue(BlobReceived event) {
        List<byte[]> chunks = null;
        if (event.chunks() != null) {
            chunks = new ArrayList<>();
            for (Bytes chunk : event.chunks()) {
                chunks.add(toArray(chunk));
            }
        }
        Map<String, byte[]> attachments = null;
        if (event.attachments() != null) {
            attachments = new LinkedHashMap<>();
            for (Map.Entry<String, Bytes> e : event.attachments().entrySet()) {
                attachments.put(e.getKey(), toArray(e.getValue()));
            }
        }
        return new BlobAsArrays(
                event.blobId(),
                toArray(event.payload()),
                event.thumbnail().map(Bytes::toByteArray),
                chunks,
                attachments);
    }

    @Override
    Class<?> jacksonType() {
        return BlobAsArrays.class;
    }

    @Override
    BlobReceived fromJacksonValue(Object value) {
        BlobAsArrays blob = (BlobAsArrays) value;
        List<Bytes> chunks = null;
        if (blob.chunks() != null) {
            chunks = new ArrayList<>();
            for (byte[] chunk : blob.chunks()) {
                chunks.add(fromArray(chunk));
            }
        }
        Map<String, Bytes> attachments = null;
        if (blob.attachments() != null) {
            attachments = new LinkedHashMap<>();
            for (Map.Entry<String, byte[]> e : blob.attachments().entrySet()) {
                attachments.put(e.getKey(), fromArray(e.getValue()));
            }
        }
        return new BlobReceived(
                blob.blobId(), fromArray(blob.payload()), blob.thumbnail().map(Bytes::copyOf), chunks, attachments);
    }

    private static byte[] toArray(Bytes bytes) {
        return bytes == null ? null : bytes.toByteArray();
    }

    private static Bytes fromArray(byte[] bytes) {
        return bytes == null ? null : Bytes.copyOf(bytes);
    }
}
