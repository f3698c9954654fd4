package com.acme.platform;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/** A map of lists of a codec type. */
@Event(topic = "platform.consumer-group-rebalanced.v1")
public record ConsumerGroupRebalanced(
        @Key String groupId, int generation, Map<String, List<TopicPartition>> assignmentByMember) {
    public ConsumerGroupRebalanced {
        assignmentByMember = Map.copyOf(assignmentByMember);
    }
}
