package dev.eventrecords.examples.broker;

import dev.eventrecords.EventFamily;

/** A family whose members choose their record timestamp each: one leaves it to the producer, one opts in. */
@EventFamily(topic = "broker.trackers", retention = "P7D", cleanupPolicy = "delete")
public sealed interface TrackerEvent permits TrackerPaired, TrackerSynced {

    /** The key of every member. */
    String trackerId();
}
