package dev.eventrecords.processor.model;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationValue;

/**
 * The topic spec attributes of {@code @Event} or {@code @EventFamily}: {@code -1} and empty strings mean "not set".
 *
 * @param partitions the partition count or {@code -1}
 * @param replicationFactor the replication factor or {@code -1}
 * @param retention an ISO-8601 duration or empty
 * @param cleanupPolicy the cleanup policy or empty
 * @param values the explicitly written values by attribute name, for positioning errors
 */
public record TopicSpecModel(
        int partitions,
        int replicationFactor,
        String retention,
        String cleanupPolicy,
        Map<String, AnnotationValue> values) {

    public static final TopicSpecModel NONE = new TopicSpecModel(-1, -1, "", "", Map.of());

    public TopicSpecModel {
        values = Map.copyOf(values);
    }

    public Optional<AnnotationValue> value(String attribute) {
        return Optional.ofNullable(values.get(attribute));
    }

    /** This spec with every unset value taken from {@code family}. */
    public TopicSpecModel orElse(TopicSpecModel family) {
        return new TopicSpecModel(
                partitions != -1 ? partitions : family.partitions,
                replicationFactor != -1 ? replicationFactor : family.replicationFactor,
                !retention.isEmpty() ? retention : family.retention,
                !cleanupPolicy.isEmpty() ? cleanupPolicy : family.cleanupPolicy,
                values);
    }
}
