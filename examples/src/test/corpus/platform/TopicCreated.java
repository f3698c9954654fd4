package com.acme.platform;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.Map;
import org.apache.kafka.common.Uuid;

/** Kafka's Uuid through a user codec; the type vouched immutable with -Aeventrecords.immutableTypes. */
@Event(topic = "platform.topic-created.v1")
public record TopicCreated(
        @Key String topicName, Uuid topicId, int partitions, short replicationFactor, Map<String, String> configs) {
    public TopicCreated {
        configs = Map.copyOf(configs);
    }
}
