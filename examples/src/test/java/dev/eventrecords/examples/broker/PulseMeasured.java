package dev.eventrecords.examples.broker;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;

/** Opts in to its event time as the record timestamp, on a topic that keeps seven days. */
@Event(topic = "broker.pulses", retention = "P7D")
public record PulseMeasured(
        @Key String trackerId,
        @EventTime(recordTimestamp = true) Instant measuredAt,
        int bpm) {}
