package dev.eventrecords.processor.rules;

import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.model.FamilyModel;
import dev.eventrecords.processor.model.KafkaKeySerdes;
import dev.eventrecords.processor.model.TypeDisplay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * The checks on an {@code @EventFamily}: it is a sealed, non-generic, accessible interface ({@code declaration}),
 * every permitted subtype is an {@code @Event} record ({@code declaration}), the members share one key type
 * ({@code key}) and have distinct type names ({@code declaration}), and its topic and spec are ones Kafka accepts
 * ({@code topic}). A member's own topic and spec are checked with the member ({@link TopicSpecRule}).
 */
public final class FamilyRule {

    /** The checks that must pass before the family can be read. */
    public List<Diagnostic> checkDeclaration(TypeElement family) {
        String name = TypeDisplay.nestedName(family);
        if (family.getKind() != ElementKind.INTERFACE || !family.getModifiers().contains(Modifier.SEALED)) {
            return List.of(Diagnostic.error(
                    RuleId.DECLARATION,
                    family,
                    "'" + name + "' is not a sealed interface: an event family is the closed set of events that"
                            + " share a topic, and only a sealed interface names that set at compile time; declare"
                            + " 'sealed interface " + family.getSimpleName() + " permits ...' over '@Event' records"));
        }
        if (!family.getTypeParameters().isEmpty()) {
            return List.of(Diagnostic.error(
                    RuleId.DECLARATION,
                    family,
                    "event family '" + name + "' is generic: its members' types must be known at compile time;"
                            + " remove the type parameters"));
        }
        for (var e = family; e != null; e = e.getEnclosingElement() instanceof TypeElement t ? t : null) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                return List.of(Diagnostic.error(
                        RuleId.DECLARATION,
                        family,
                        "event family '" + name + "' is private or nested in a private type: generated classes in"
                                + " its package cannot use it; make it package-private or public"));
            }
        }
        return List.of();
    }

    /** The checks on a family read with its members. */
    public List<Diagnostic> check(FamilyModel family) {
        List<Diagnostic> found = new ArrayList<>();
        String familyName = "'" + family.simpleName() + "'";
        for (TypeElement stranger : family.strangers()) {
            String what = stranger.getKind() == ElementKind.RECORD
                    ? "a record without '@Event'"
                    : stranger.getKind() == ElementKind.INTERFACE ? "an interface" : "a class";
            found.add(Diagnostic.error(
                    RuleId.DECLARATION,
                    stranger,
                    "'" + TypeDisplay.nestedName(stranger) + "' is permitted by event family " + familyName
                            + " but is " + what + ", not an '@Event' record: every member of a family is an event"
                            + " its serde can read back; make it an '@Event' record or remove it from 'permits'"));
        }
        EventModel first = null;
        Map<String, EventModel> byType = new HashMap<>();
        for (EventModel member : family.members()) {
            if (first == null) {
                first = member;
            } else if (!keyType(first).equals(keyType(member))) {
                found.add(Diagnostic.error(
                        RuleId.KEY,
                        member.key().map(k -> k.position()).orElse(member.element()),
                        "'" + member.simpleName() + "' has " + keyText(member) + " but '" + first.simpleName()
                                + "', a member of the same family " + familyName + ", has " + keyText(first)
                                + ": members share one topic and so one key type, which decides their partition"
                                + " and order; give them the same key type"));
            }
            EventModel twin = byType.putIfAbsent(member.type(), member);
            if (twin != null) {
                found.add(Diagnostic.error(
                        RuleId.DECLARATION,
                        member.element(),
                        "'" + member.simpleName() + "' and '" + twin.simpleName() + "' in event family " + familyName
                                + " both have type '" + member.type() + "': the ce_type header must tell members"
                                + " apart; give each its own '@Event(type = ...)'"));
            }
        }
        String topicProblem = TopicRule.problem(family.ref().topic());
        if (topicProblem != null) {
            String message = "event family " + familyName + " has topic '"
                    + family.ref().topic() + "', which Kafka refuses: " + topicProblem;
            found.add(
                    family.topicValue().isPresent()
                            ? Diagnostic.errorOn(
                                    RuleId.TOPIC,
                                    family.element(),
                                    family.ref().annotation(),
                                    family.topicValue().get(),
                                    message)
                            : Diagnostic.error(RuleId.TOPIC, family.element(), message));
        }
        found.addAll(TopicSpecRule.problems(
                "event family " + familyName,
                family.ref().spec(),
                family.element(),
                family.ref().annotation()));
        return found;
    }

    /** What a member's key is written as: Kafka's serde for it ({@code int} and {@code Integer} share one), or its type. */
    private static String keyType(EventModel member) {
        return member.key()
                .map(k -> KafkaKeySerdes.factory(k.shape())
                        .orElseGet(() -> k.shape().type().spelling()))
                .orElse("none");
    }

    private static String keyText(EventModel member) {
        return member.key()
                .map(k -> "key '" + k.name() + "' of type '" + k.display() + "'")
                .orElse("no key");
    }
}
