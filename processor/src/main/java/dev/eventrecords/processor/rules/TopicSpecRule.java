package dev.eventrecords.processor.rules;

import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.model.FamilyRef;
import dev.eventrecords.processor.model.TopicSpecModel;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * {@code eventrecords:topic}, for the topic spec: {@code partitions} and {@code replicationFactor} positive,
 * {@code retention} a positive ISO-8601 duration, {@code cleanupPolicy} one Kafka knows; and, for a member of an
 * {@code @EventFamily}, the same topic and no spec value that contradicts the family's.
 */
public final class TopicSpecRule implements Rule {

    /** The policies {@code TopicSpec} accepts, spaces removed; {@code CleanupPolicyContractTest} holds the two equal. */
    private static final Set<String> POLICIES = Set.of("delete", "compact", "compact,delete", "delete,compact");

    @Override
    public List<Diagnostic> check(EventModel event, RuleContext context) {
        String owner = "event '" + event.simpleName() + "'";
        List<Diagnostic> found = new ArrayList<>(problems(owner, event.spec(), event.element(), event.annotation()));
        if (event.family().isPresent()) {
            FamilyRef family = event.family().get();
            String familyName = "'" + family.simpleName() + "'";
            if (event.topicValue().isPresent()
                    && !String.valueOf(event.topicValue().get().getValue()).isEmpty()
                    && !event.topic().equals(family.topic())) {
                found.add(Diagnostic.errorOn(
                        RuleId.TOPIC,
                        event.element(),
                        event.annotation(),
                        event.topicValue().get(),
                        owner + " has topic '" + event.topic() + "' but its family " + familyName
                                + " publishes to '" + family.topic() + "': members of a family share one topic so"
                                + " that their order is kept; remove 'topic' or write '" + family.topic() + "'"));
            }
            for (Map.Entry<String, String> conflict :
                    conflicts(event.spec(), family.spec()).entrySet()) {
                found.add(Diagnostic.errorOn(
                        RuleId.TOPIC,
                        event.element(),
                        event.annotation(),
                        event.spec().value(conflict.getKey()).orElse(null),
                        owner + " has " + conflict.getKey() + " " + conflict.getValue() + " but its family "
                                + familyName + " says " + familyValue(family.spec(), conflict.getKey())
                                + ": one topic has one spec; remove '" + conflict.getKey() + "' from the event"));
            }
            for (String attribute : event.spec().values().keySet()) {
                if (isSet(event.spec(), attribute) && !isSet(family.spec(), attribute)) {
                    found.add(Diagnostic.errorOn(
                            RuleId.TOPIC,
                            event.element(),
                            event.annotation(),
                            event.spec().value(attribute).orElse(null),
                            owner + " sets " + attribute + " but its family " + familyName + " does not: the"
                                    + " family's topic is created from the family's spec, so one member cannot"
                                    + " decide it for all; move '" + attribute + "' to '@EventFamily' on "
                                    + familyName));
                }
            }
        }
        return found;
    }

    /** What is wrong with the spec values written on an annotation. */
    public static List<Diagnostic> problems(
            String owner, TopicSpecModel spec, Element element, AnnotationMirror annotation) {
        List<Diagnostic> found = new ArrayList<>();
        if (spec.values().containsKey("partitions") && spec.partitions() < 1 && spec.partitions() != -1) {
            found.add(on(
                    owner,
                    spec,
                    element,
                    annotation,
                    "partitions",
                    "has partitions " + spec.partitions()
                            + ": a topic needs at least one partition; write a positive number, or leave it out for the"
                            + " broker's default"));
        }
        if (spec.values().containsKey("replicationFactor")
                && ((spec.replicationFactor() < 1 && spec.replicationFactor() != -1)
                        || spec.replicationFactor() > Short.MAX_VALUE)) {
            found.add(on(
                    owner,
                    spec,
                    element,
                    annotation,
                    "replicationFactor",
                    "has replicationFactor "
                            + spec.replicationFactor() + ": Kafka needs a positive replication factor of at most "
                            + Short.MAX_VALUE + "; leave it out for the broker's default"));
        }
        if (!spec.retention().isEmpty()) {
            String problem = retentionProblem(spec.retention());
            if (problem != null) {
                found.add(on(
                        owner,
                        spec,
                        element,
                        annotation,
                        "retention",
                        "has retention '" + spec.retention() + "', which " + problem
                                + "; write an ISO-8601 duration such as 'P7D' or 'PT12H'"));
            }
        }
        if (!knownPolicy(spec.cleanupPolicy())) {
            found.add(on(
                    owner,
                    spec,
                    element,
                    annotation,
                    "cleanupPolicy",
                    "has cleanupPolicy '"
                            + spec.cleanupPolicy() + "', which Kafka does not know; write 'delete', 'compact' or"
                            + " 'compact,delete'"));
        }
        return found;
    }

    private static String retentionProblem(String retention) {
        try {
            Duration d = Duration.parse(retention);
            return d.isNegative() || d.isZero() ? "is not positive" : null;
        } catch (DateTimeParseException e) {
            return "is not an ISO-8601 duration";
        }
    }

    private static Diagnostic on(
            String owner,
            TopicSpecModel spec,
            Element element,
            AnnotationMirror annotation,
            String attribute,
            String message) {
        return Diagnostic.errorOn(
                RuleId.TOPIC, element, annotation, spec.value(attribute).orElse(null), owner + " " + message);
    }

    /** Attributes set on both with different values, to the event's value as written. */
    static Map<String, String> conflicts(TopicSpecModel event, TopicSpecModel family) {
        Map<String, String> conflicts = new LinkedHashMap<>();
        if (event.partitions() != -1 && family.partitions() != -1 && event.partitions() != family.partitions()) {
            conflicts.put("partitions", Integer.toString(event.partitions()));
        }
        if (event.replicationFactor() != -1
                && family.replicationFactor() != -1
                && event.replicationFactor() != family.replicationFactor()) {
            conflicts.put("replicationFactor", Integer.toString(event.replicationFactor()));
        }
        if (!event.retention().isEmpty()
                && !family.retention().isEmpty()
                && !sameRetention(event.retention(), family.retention())) {
            conflicts.put("retention", "'" + event.retention() + "'");
        }
        if (!event.cleanupPolicy().isEmpty()
                && !family.cleanupPolicy().isEmpty()
                && !samePolicy(event.cleanupPolicy(), family.cleanupPolicy())) {
            conflicts.put("cleanupPolicy", "'" + event.cleanupPolicy() + "'");
        }
        return conflicts;
    }

    /** Equal durations however written ('P7D' and 'PT168H'), as the runtime's {@code TopicSpec} compares them. */
    private static boolean sameRetention(String a, String b) {
        if (retentionProblem(a) != null || retentionProblem(b) != null) {
            return a.equals(b); // an invalid value is reported on its own
        }
        return Duration.parse(a).equals(Duration.parse(b));
    }

    /** Whether the runtime's {@code TopicSpec.of} takes this {@code cleanupPolicy} value: blank leaves it to Kafka. */
    static boolean knownPolicy(String policy) {
        return policy.isBlank() || POLICIES.contains(policy.replace(" ", ""));
    }

    /** The same policies in any order and spacing ('compact,delete' and 'delete, compact'), as Kafka reads them. */
    private static boolean samePolicy(String a, String b) {
        return policies(a).equals(policies(b));
    }

    private static Set<String> policies(String policy) {
        return Arrays.stream(policy.replace(" ", "").split(",")).collect(Collectors.toSet());
    }

    /** Whether a spec attribute has a value of its own, not "the broker's default". */
    private static boolean isSet(TopicSpecModel spec, String attribute) {
        switch (attribute) {
            case "partitions":
                return spec.partitions() != -1;
            case "replicationFactor":
                return spec.replicationFactor() != -1;
            case "retention":
                return !spec.retention().isEmpty();
            default:
                return !spec.cleanupPolicy().isEmpty();
        }
    }

    static String familyValue(TopicSpecModel family, String attribute) {
        switch (attribute) {
            case "partitions":
                return Integer.toString(family.partitions());
            case "replicationFactor":
                return Integer.toString(family.replicationFactor());
            case "retention":
                return "'" + family.retention() + "'";
            default:
                return "'" + family.cleanupPolicy() + "'";
        }
    }
}
