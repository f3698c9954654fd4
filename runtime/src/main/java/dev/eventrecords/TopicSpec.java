package dev.eventrecords;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * How a topic should be created: its name, partition count, replication factor, retention and cleanup policy, from
 * {@link Event} or {@link EventFamily}. Unset values are left to the broker's defaults.
 *
 * @param topic the topic name
 * @param partitions the partition count, or {@code -1} for the broker's default
 * @param replicationFactor the replication factor, or {@code -1} for the broker's default
 * @param retention how long records are kept, when set
 * @param cleanupPolicy {@code delete}, {@code compact} or {@code compact,delete}, when set
 */
public record TopicSpec(
        String topic,
        int partitions,
        short replicationFactor,
        Optional<Duration> retention,
        Optional<String> cleanupPolicy) {

    private static final Set<String> POLICIES = Set.of("delete", "compact", "compact,delete", "delete,compact");

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException when a value is out of range or the policy is unknown
     */
    public TopicSpec {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(cleanupPolicy, "cleanupPolicy");
        if (partitions == 0 || partitions < -1) {
            throw new IllegalArgumentException("partitions must be positive or -1, not " + partitions);
        }
        if (replicationFactor == 0 || replicationFactor < -1) {
            throw new IllegalArgumentException("replicationFactor must be positive or -1, not " + replicationFactor);
        }
        if (retention.isPresent()
                && (retention.get().isNegative() || retention.get().isZero())) {
            throw new IllegalArgumentException("retention must be positive, not " + retention.get());
        }
        cleanupPolicy = cleanupPolicy.map(p -> p.replace(" ", ""));
        if (cleanupPolicy.isPresent() && !POLICIES.contains(cleanupPolicy.get())) {
            throw new IllegalArgumentException(
                    "cleanupPolicy must be 'delete', 'compact' or 'compact,delete', not '" + cleanupPolicy.get() + "'");
        }
    }

    /**
     * A spec from annotation values, where {@code -1} and empty strings mean "the broker's default".
     *
     * @param topic the topic name
     * @param partitions the partition count or {@code -1}
     * @param replicationFactor the replication factor or {@code -1}
     * @param retention an ISO-8601 duration or empty
     * @param cleanupPolicy the cleanup policy or empty
     * @return the spec
     * @throws IllegalArgumentException when a value is invalid
     */
    public static TopicSpec of(
            String topic, int partitions, int replicationFactor, String retention, String cleanupPolicy) {
        if (replicationFactor > Short.MAX_VALUE) {
            throw new IllegalArgumentException("replicationFactor is too large: " + replicationFactor);
        }
        Optional<Duration> parsed;
        try {
            parsed = retention.isBlank() ? Optional.empty() : Optional.of(Duration.parse(retention.trim()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("retention '" + retention + "' is not an ISO-8601 duration", e);
        }
        return new TopicSpec(
                topic,
                partitions,
                (short) replicationFactor,
                parsed,
                cleanupPolicy.isBlank() ? Optional.empty() : Optional.of(cleanupPolicy));
    }

    /**
     * A spec that leaves everything to the broker.
     *
     * @param topic the topic name
     * @return the spec
     */
    public static TopicSpec defaults(String topic) {
        return new TopicSpec(topic, -1, (short) -1, Optional.empty(), Optional.empty());
    }

    /**
     * The topic configuration this spec sets: {@code retention.ms} and {@code cleanup.policy} when given.
     *
     * @return an unmodifiable map, possibly empty
     */
    public Map<String, String> configs() {
        Map<String, String> configs = new LinkedHashMap<>();
        retention.ifPresent(r -> configs.put("retention.ms", Long.toString(r.toMillis())));
        cleanupPolicy.ifPresent(p -> configs.put("cleanup.policy", p));
        return Map.copyOf(configs);
    }

    /**
     * The topic to create with Kafka's {@code Admin} client.
     *
     * @return a new {@code NewTopic} with this spec's partitions, replication factor and configs
     */
    public NewTopic toNewTopic() {
        NewTopic topic = new NewTopic(
                this.topic,
                partitions < 0 ? Optional.empty() : Optional.of(partitions),
                replicationFactor < 0 ? Optional.empty() : Optional.of(replicationFactor));
        return topic.configs(configs());
    }
}
