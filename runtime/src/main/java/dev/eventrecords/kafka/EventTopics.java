package dev.eventrecords.kafka;

import dev.eventrecords.EventCatalog;
import dev.eventrecords.TopicBinding;
import dev.eventrecords.TopicSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates or verifies the topics of the event catalogue with Kafka's {@link Admin} client: missing topics are created
 * from their {@link TopicSpec}; an existing topic whose partition count or cleanup policy differs from its spec is
 * reported, never changed. Bindings that share a topic (a family and its members) must agree on the spec.
 *
 * <p>Thread-safe and stateless; each call talks to the cluster.
 */
public final class EventTopics {

    private EventTopics() {}

    /**
     * The outcome of {@link #ensure}.
     *
     * @param created the topics that were missing and were created
     * @param verified the existing topics that match their spec
     * @param mismatches one message per existing topic that differs from its spec, or per topic whose bindings
     *     disagree, naming the topic, what differs and both values
     */
    public record Report(List<String> created, List<String> verified, List<String> mismatches) {

        /** Copies the lists. */
        public Report {
            created = List.copyOf(created);
            verified = List.copyOf(verified);
            mismatches = List.copyOf(mismatches);
        }

        /**
         * Whether every topic exists as its spec says.
         *
         * @return {@code true} when there are no mismatches
         */
        public boolean ok() {
            return mismatches.isEmpty();
        }
    }

    /**
     * Creates or verifies the topics of every binding in {@link EventCatalog}.
     *
     * @param admin the admin client
     * @return what was created, verified and found different
     */
    public static Report ensureAll(Admin admin) {
        return ensure(admin, EventCatalog.bindings());
    }

    /**
     * Creates or verifies the topics of the given bindings.
     *
     * @param admin the admin client
     * @param bindings the bindings; several may share a topic
     * @return what was created, verified and found different
     * @throws KafkaException when the cluster cannot be reached or refuses a request
     */
    public static Report ensure(Admin admin, Collection<? extends TopicBinding<?, ?>> bindings) {
        List<String> mismatches = new ArrayList<>();
        Map<String, TopicSpec> specs = new LinkedHashMap<>();
        for (TopicBinding<?, ?> binding : bindings) {
            TopicSpec spec = binding.spec();
            TopicSpec known = specs.putIfAbsent(spec.topic(), spec);
            if (known != null && !known.equals(spec)) {
                TopicSpec merged = merge(known, spec);
                if (merged == null) {
                    mismatches.add(
                            "topic '" + spec.topic() + "': bindings disagree on its spec: " + known + " and " + spec);
                } else {
                    specs.put(spec.topic(), merged);
                }
            }
        }
        try {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = specs.values().stream()
                    .filter(s -> !existing.contains(s.topic()))
                    .map(TopicSpec::toNewTopic)
                    .collect(Collectors.toList());
            List<String> created = new ArrayList<>();
            for (NewTopic topic : missing) {
                try {
                    admin.createTopics(List.of(topic)).all().get();
                    created.add(topic.name());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            List<String> present =
                    specs.keySet().stream().filter(t -> !created.contains(t)).collect(Collectors.toList());
            List<String> verified = new ArrayList<>();
            if (!present.isEmpty()) {
                Map<String, TopicDescription> descriptions =
                        admin.describeTopics(present).allTopicNames().get();
                List<ConfigResource> resources = present.stream()
                        .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t))
                        .collect(Collectors.toList());
                Map<ConfigResource, Config> configs =
                        admin.describeConfigs(resources).all().get();
                for (String topic : present) {
                    TopicSpec spec = specs.get(topic);
                    List<String> differences = new ArrayList<>();
                    int partitions = descriptions.get(topic).partitions().size();
                    if (spec.partitions() > 0 && partitions != spec.partitions()) {
                        differences.add("it has " + partitions + " partitions, the spec says " + spec.partitions());
                    }
                    if (spec.cleanupPolicy().isPresent()) {
                        ConfigEntry entry = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, topic))
                                .get("cleanup.policy");
                        String actual = entry == null ? "" : entry.value().replace(" ", "");
                        if (!samePolicy(actual, spec.cleanupPolicy().get())) {
                            differences.add("its cleanup.policy is '" + actual + "', the spec says '"
                                    + spec.cleanupPolicy().get() + "'");
                        }
                    }
                    if (differences.isEmpty()) {
                        verified.add(topic);
                    } else {
                        mismatches.add("topic '" + topic + "' exists but differs from its spec: "
                                + String.join("; ", differences) + "; it was left unchanged");
                    }
                }
            }
            return new Report(created, verified, mismatches);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while creating or verifying topics", e);
        } catch (ExecutionException e) {
            throw new KafkaException("cannot create or verify topics: " + e.getCause(), e.getCause());
        }
    }

    /** Two specs of one topic where each value is set in at most one, or equal; otherwise {@code null}. */
    private static TopicSpec merge(TopicSpec a, TopicSpec b) {
        if (a.partitions() > 0 && b.partitions() > 0 && a.partitions() != b.partitions()) {
            return null;
        }
        if (a.replicationFactor() > 0 && b.replicationFactor() > 0 && a.replicationFactor() != b.replicationFactor()) {
            return null;
        }
        if (a.retention().isPresent()
                && b.retention().isPresent()
                && !a.retention().equals(b.retention())) {
            return null;
        }
        if (a.cleanupPolicy().isPresent()
                && b.cleanupPolicy().isPresent()
                && !samePolicy(a.cleanupPolicy().get(), b.cleanupPolicy().get())) {
            return null;
        }
        return new TopicSpec(
                a.topic(),
                Math.max(a.partitions(), b.partitions()),
                (short) Math.max(a.replicationFactor(), b.replicationFactor()),
                a.retention().or(b::retention),
                a.cleanupPolicy().or(b::cleanupPolicy));
    }

    private static boolean samePolicy(String a, String b) {
        return Set.of(a.split(",")).equals(Set.of(b.split(",")));
    }
}
