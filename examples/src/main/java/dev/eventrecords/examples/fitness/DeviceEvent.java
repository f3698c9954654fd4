package dev.eventrecords.examples.fitness;

import dev.eventrecords.EventFamily;

/**
 * Everything that happens to a tracker, on one topic keyed by device, so that a device's events are read in the order
 * they happened. The processor generates {@code DeviceEventTopic}, which writes each member with its own serde and
 * reads by the {@code ce_type} header.
 */
@EventFamily(topic = "fitness.devices", partitions = 3, retention = "P7D", cleanupPolicy = "delete")
public sealed interface DeviceEvent permits DeviceConnected, HeartRateRecorded, DeviceDisconnected {}
