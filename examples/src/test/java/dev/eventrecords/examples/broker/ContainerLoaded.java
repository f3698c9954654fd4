package dev.eventrecords.examples.broker;

import dev.eventrecords.Event;
import dev.eventrecords.Key;

/** Keyed by a record, whose key serde is generated JSON. */
@Event(topic = "broker.containers")
public record ContainerLoaded(@Key ContainerId containerId, String vessel) {

    /** A shipping container's identity. */
    public record ContainerId(String owner, int serial) {}
}
