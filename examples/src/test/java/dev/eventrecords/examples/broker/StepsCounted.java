package dev.eventrecords.examples.broker;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.time.Instant;

/** Synced late from a tracker onto a topic that keeps seven days: its event time stays out of the record timestamp. */
@Event(topic = "broker.steps", retention = "P7D")
public record StepsCounted(@Key String trackerId, @EventTime Instant countedAt, int steps) {}
