package com.acme.platform;

import dev.eventrecords.Event;
import java.util.List;
import org.apache.kafka.common.TopicPartition;

/** Kafka's TopicPartition through a user codec; no key. */
@Event(topic = "platform.partition-reassigned.v1")
public record PartitionReassigned(TopicPartition partition, List<Integer> previousReplicas, List<Integer> newReplicas) {
    public PartitionReassigned {
        previousReplicas = List.copyOf(previousReplicas);
        newReplicas = List.copyOf(newReplicas);
    }
}
