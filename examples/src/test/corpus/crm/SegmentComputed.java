package com.acme.crm;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.List;

/** Generic pairs, alone and in a list. */
@Event(topic = "crm.segment-computed.v1")
public record SegmentComputed(
        @Key String segmentId, Pair<String, Integer> largest, List<Pair<String, Double>> scores) {
    public SegmentComputed {
        scores = List.copyOf(scores);
    }
}
