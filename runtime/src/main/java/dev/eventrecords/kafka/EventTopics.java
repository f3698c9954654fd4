package dev.eventrecords.kafka;

import dev.eventrecords.EventCatalog;
import dev.eventrecords.TopicBinding;
import dev.eventrecords.TopicSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates or verifies the topics of the event catalogue with Kafka's {@link Admin} client: missing topics are created
 * from their {@link TopicSpec}; an existing topic whose partition count, replication factor, retention or cleanup
 * policy differs from its spec is reported, never changed. Bindings that share a topic (a family and its members) must
 * agree on the spec: a topic whose bindings disagree is reported and neither created nor verified. {@link #ensureAll}
 * also creates each topic's dead-letter topic, {@code <topic>.dlt}.
 *
 * <p>Another process may create the same topics at the same time: a topic it created first is verified like any
 * existing one, and describing a topic that the cluster does not know yet (right after its creation) is retried.
 *
 * <p>Thread-safe and stateless; each call talks to the cluster.
 */
public final class EventTopics {

    /**
     * How many bytes more than its topic's {@code max.message.bytes} a dead-letter topic takes: a dead letter is the
     * original record plus the {@code dlt.*} headers ({@code dlt.error} is at most 1000 characters).
     */
    public static final int DEAD_LETTER_HEADROOM = 64 * 1024;

    /** How long describing a topic is retried while the cluster does not know it yet. */
    static final long DESCRIBE_RETRY_MS = 30_000;

    private static final String MAX_MESSAGE_BYTES = "max.message.bytes";

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
     * Creates or verifies the topics of every binding in {@link EventCatalog}, and their dead-letter topics, as
     * {@link #ensureWithDeadLetters} does.
     *
     * @param admin the admin client
     * @return what was created, verified and found different
     * @throws KafkaException when the cluster cannot be reached or refuses a request
     */
    public static Report ensureAll(Admin admin) {
        return ensureWithDeadLetters(admin, EventCatalog.bindings());
    }

    /**
     * Creates or verifies the topics of the given bindings, without dead-letter topics.
     *
     * @param admin the admin client
     * @param bindings the bindings; several may share a topic
     * @return what was created, verified and found different
     * @throws KafkaException when the cluster cannot be reached or refuses a request
     */
    public static Report ensure(Admin admin, Collection<? extends TopicBinding<?, ?>> bindings) {
        return ensure(admin, bindings, false);
    }

    /**
     * Creates or verifies the topics of the given bindings and, for each, its dead-letter topic
     * {@code <topic>.dlt} ({@link DeadLetterConsumer#SUFFIX}): the topic's partitions and replication factor, its
     * retention when its cleanup policy deletes, cleanup policy {@code delete} (a dead letter without its value must
     * not be a tombstone) and a {@code max.message.bytes} {@link #DEAD_LETTER_HEADROOM} larger than the topic's, so a
     * record that fits its topic fits as a dead letter with the extra headers. An existing dead-letter topic that
     * compacts or takes smaller messages is reported.
     *
     * @param admin the admin client
     * @param bindings the bindings; several may share a topic
     * @return what was created, verified and found different, dead-letter topics included
     * @throws KafkaException when the cluster cannot be reached or refuses a request
     */
    public static Report ensureWithDeadLetters(Admin admin, Collection<? extends TopicBinding<?, ?>> bindings) {
        return ensure(admin, bindings, true);
    }

    private static Report ensure(
            Admin admin, Collection<? extends TopicBinding<?, ?>> bindings, boolean withDeadLetters) {
        List<String> mismatches = new ArrayList<>();
        Map<String, TopicSpec> specs = agreedSpecs(bindings, mismatches);
        List<String> created = new ArrayList<>();
        List<String> verified = new ArrayList<>();
        try {
            Set<String> existing = admin.listTopics().names().get();
            Map<String, Config> topicConfigs =
                    createOrVerify(admin, specs, Map.of(), existing, created, verified, mismatches);
            if (withDeadLetters) {
                Map<String, TopicSpec> deadLetterSpecs = new LinkedHashMap<>();
                Map<String, Map<String, String>> extra = new LinkedHashMap<>();
                for (TopicSpec spec : specs.values()) {
                    TopicSpec dlt = deadLetterSpec(spec);
                    deadLetterSpecs.put(dlt.topic(), dlt);
                    long max = maxMessageBytes(topicConfigs.get(spec.topic()));
                    extra.put(dlt.topic(), Map.of(MAX_MESSAGE_BYTES, Long.toString(max + DEAD_LETTER_HEADROOM)));
                }
                createOrVerify(admin, deadLetterSpecs, extra, existing, created, verified, mismatches);
            }
            return new Report(created, verified, mismatches);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while creating or verifying topics", e);
        } catch (ExecutionException e) {
            throw new KafkaException("cannot create or verify topics: " + e.getCause(), e.getCause());
        }
    }

    /** One spec per topic, merged where bindings complement each other; topics whose bindings disagree are left out. */
    private static Map<String, TopicSpec> agreedSpecs(
            Collection<? extends TopicBinding<?, ?>> bindings, List<String> mismatches) {
        Map<String, TopicSpec> specs = new LinkedHashMap<>();
        Set<String> disagreeing = new LinkedHashSet<>();
        for (TopicBinding<?, ?> binding : bindings) {
            TopicSpec spec = binding.spec();
            if (disagreeing.contains(spec.topic())) {
                continue;
            }
            TopicSpec known = specs.putIfAbsent(spec.topic(), spec);
            if (known != null && !known.equals(spec)) {
                TopicSpec merged = merge(known, spec);
                if (merged == null) {
                    mismatches.add("topic '" + spec.topic() + "': bindings disagree on its spec: " + known + " and "
                            + spec + "; it was neither created nor verified");
                    specs.remove(spec.topic());
                    disagreeing.add(spec.topic());
                } else {
                    specs.put(spec.topic(), merged);
                }
            }
        }
        return specs;
    }

    /**
     * Creates the missing topics of {@code specs} and verifies the others; returns every topic's configuration.
     */
    private static Map<String, Config> createOrVerify(
            Admin admin,
            Map<String, TopicSpec> specs,
            Map<String, Map<String, String>> extraConfigs,
            Set<String> existing,
            List<String> created,
            List<String> verified,
            List<String> mismatches)
            throws InterruptedException, ExecutionException {
        List<String> present = new ArrayList<>();
        for (TopicSpec spec : specs.values()) {
            if (existing.contains(spec.topic())) {
                present.add(spec.topic());
                continue;
            }
            Map<String, String> configs = new LinkedHashMap<>(spec.configs());
            configs.putAll(extraConfigs.getOrDefault(spec.topic(), Map.of()));
            NewTopic topic = spec.toNewTopic().configs(configs);
            try {
                admin.createTopics(List.of(topic)).all().get();
                created.add(topic.name());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                // Another process created it first: verify it like any existing topic.
                present.add(spec.topic());
            }
        }
        List<String> all = new ArrayList<>(specs.keySet());
        if (all.isEmpty()) {
            return Map.of();
        }
        Map<String, TopicDescription> descriptions = present.isEmpty()
                ? Map.of()
                : retrying(() -> admin.describeTopics(present).allTopicNames());
        List<ConfigResource> resources = all.stream().map(EventTopics::resource).collect(Collectors.toList());
        Map<ConfigResource, Config> described =
                retrying(() -> admin.describeConfigs(resources).all());
        Map<String, Config> configs = new LinkedHashMap<>();
        for (String topic : all) {
            configs.put(topic, described.get(resource(topic)));
        }
        for (String topic : present) {
            List<String> differences = differences(
                    specs.get(topic),
                    extraConfigs.getOrDefault(topic, Map.of()),
                    descriptions.get(topic),
                    configs.get(topic));
            if (differences.isEmpty()) {
                verified.add(topic);
            } else {
                mismatches.add("topic '" + topic + "' exists but differs from its spec: "
                        + String.join("; ", differences) + "; it was left unchanged");
            }
        }
        return configs;
    }

    private static List<String> differences(
            TopicSpec spec, Map<String, String> extra, TopicDescription description, Config config) {
        List<String> differences = new ArrayList<>();
        int partitions = description.partitions().size();
        if (spec.partitions() > 0 && partitions != spec.partitions()) {
            differences.add("it has " + partitions + " partitions, the spec says " + spec.partitions());
        }
        if (spec.replicationFactor() > 0 && !description.partitions().isEmpty()) {
            int replicas = description.partitions().get(0).replicas().size();
            if (replicas != spec.replicationFactor()) {
                differences.add(
                        "its replication factor is " + replicas + ", the spec says " + spec.replicationFactor());
            }
        }
        if (spec.retention().isPresent()) {
            String actual = value(config, "retention.ms").orElse("");
            String wanted = Long.toString(spec.retention().get().toMillis());
            if (!actual.equals(wanted)) {
                differences.add("its retention.ms is " + actual + ", the spec says " + wanted + " ("
                        + spec.retention().get() + ")");
            }
        }
        if (spec.cleanupPolicy().isPresent()) {
            String actual = value(config, "cleanup.policy").orElse("").replace(" ", "");
            if (!samePolicy(actual, spec.cleanupPolicy().get())) {
                differences.add("its cleanup.policy is '" + actual + "', the spec says '"
                        + spec.cleanupPolicy().get() + "'");
            }
        }
        String wantedMax = extra.get(MAX_MESSAGE_BYTES);
        if (wantedMax != null && maxMessageBytes(config) < Long.parseLong(wantedMax)) {
            differences.add("its max.message.bytes is " + maxMessageBytes(config) + ", smaller than " + wantedMax
                    + ", which a dead letter of its topic may need");
        }
        return differences;
    }

    /**
     * The spec of each topic of the given bindings, as {@link #ensure} creates it: bindings that share a topic (a
     * family and its members) complement each other. For callers that create topics their own way, such as a
     * framework's admin.
     *
     * @param bindings the bindings; several may share a topic
     * @return one spec per topic, in the order of the bindings
     * @throws IllegalArgumentException when the bindings of a topic disagree on its spec, naming the topic and both
     *     specs
     */
    public static Map<String, TopicSpec> specs(Collection<? extends TopicBinding<?, ?>> bindings) {
        List<String> mismatches = new ArrayList<>();
        Map<String, TopicSpec> specs = agreedSpecs(bindings, mismatches);
        if (!mismatches.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", mismatches));
        }
        return specs;
    }

    /**
     * The dead-letter topic of a topic, {@code <topic>.dlt}, as {@link #ensureWithDeadLetters} creates it: its
     * partitions, replication factor and retention (when it deletes), and cleanup policy {@code delete}, so that a
     * dead letter without its value is not a tombstone. {@code max.message.bytes} is not part of a spec: give the
     * dead-letter topic {@link #DEAD_LETTER_HEADROOM} more than its topic.
     *
     * @param spec the topic's spec
     * @return the dead-letter topic's spec
     */
    public static TopicSpec deadLetterSpec(TopicSpec spec) {
        boolean deletes = spec.cleanupPolicy().map(p -> p.contains("delete")).orElse(true);
        return new TopicSpec(
                spec.topic() + DeadLetterConsumer.SUFFIX,
                spec.partitions(),
                spec.replicationFactor(),
                deletes ? spec.retention() : Optional.empty(),
                Optional.of("delete"));
    }

    /**
     * Waits for a describe call, retrying while the cluster does not know a topic yet: right after a topic is
     * created, by us or by a concurrent creator, the broker answered may not have its metadata.
     */
    private static <T> T retrying(Supplier<KafkaFuture<T>> call) throws InterruptedException, ExecutionException {
        long deadline = System.currentTimeMillis() + DESCRIBE_RETRY_MS;
        long pause = 50;
        while (true) {
            try {
                return call.get().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof RetriableException) || System.currentTimeMillis() > deadline) {
                    throw e;
                }
            }
            Thread.sleep(pause);
            pause = Math.min(pause * 2, 1000);
        }
    }

    private static ConfigResource resource(String topic) {
        return new ConfigResource(ConfigResource.Type.TOPIC, topic);
    }

    private static Optional<String> value(Config config, String name) {
        ConfigEntry entry = config == null ? null : config.get(name);
        return entry == null || entry.value() == null ? Optional.empty() : Optional.of(entry.value());
    }

    /** A topic's {@code max.message.bytes}, or Kafka's default when the cluster does not say. */
    private static long maxMessageBytes(Config config) {
        return value(config, MAX_MESSAGE_BYTES).map(Long::parseLong).orElse(1_048_588L);
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
