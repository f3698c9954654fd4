package dev.eventrecords.examples.wire;

import dev.eventrecords.Bytes;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Binary data: {@link Bytes} alone and inside an {@code Optional}, a list and a map. */
@Event(topic = "wire.blobs")
public record BlobReceived(
        @Key int blobId, Bytes payload, Optional<Bytes> thumbnail, List<Bytes> chunks, Map<String, Bytes> attachments) {

    public BlobReceived {
        chunks = chunks == null ? null : Collections.unmodifiableList(new ArrayList<>(chunks));
        attachments = attachments == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(attachments));
    }
}
