package dev.eventrecords.processor.rules;

import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.model.FamilyRef;
import dev.eventrecords.processor.model.TopicSpecModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * {@code eventrecords:topic}, across the compilation: a topic is published to by one {@code @Event} record or by the
 * members of one {@code @EventFamily}. Two publishers on one topic would each get a binding whose consumer fails on
 * the other's records, and their topic specs could disagree about how the one topic is created. Each publisher gets
 * an error naming the others and showing the sealed family to write.
 *
 * <p>It sees the events of this compilation only: an event compiled into a jar on the class path is not visible to
 * it.
 */
public final class SharedTopicRule {

    /** The events read so far, by qualified name, in the order first seen. */
    private final Map<String, EventModel> events = new LinkedHashMap<>();

    /** Records an event of this compilation; a later model of the same record replaces the earlier one. */
    public void add(EventModel event) {
        events.put(event.element().getQualifiedName().toString(), event);
    }

    /**
     * The errors for every topic that more than one publisher writes to.
     *
     * @param current the model of a record as of the round the errors are reported in, read again by qualified name:
     *     javac enters every class anew each round, and an error positions itself only on the current round's
     *     elements. Called for the records that share a topic, which are few.
     */
    public List<Diagnostic> check(Function<String, EventModel> current) {
        Map<String, List<String>> namesByTopic = new LinkedHashMap<>();
        events.forEach((name, event) -> namesByTopic
                .computeIfAbsent(Publisher.of(event).topic(), t -> new ArrayList<>())
                .add(name));
        List<EventModel> shared = new ArrayList<>();
        for (List<String> names : namesByTopic.values()) {
            if (names.size() > 1) {
                for (String name : names) {
                    EventModel now = current.apply(name);
                    shared.add(now != null ? now : events.get(name));
                }
            }
        }
        Map<String, Map<String, Publisher>> byTopic = new LinkedHashMap<>();
        for (EventModel event : shared) {
            Publisher publisher = Publisher.of(event);
            byTopic.computeIfAbsent(publisher.topic(), t -> new LinkedHashMap<>())
                    .merge(publisher.id(), publisher, Publisher::with);
        }
        List<Diagnostic> found = new ArrayList<>();
        for (Map<String, Publisher> publishers : byTopic.values()) {
            if (publishers.size() > 1) {
                List<Publisher> all = publishers.values().stream()
                        .sorted(Comparator.comparing(Publisher::id))
                        .toList();
                for (Publisher publisher : all) {
                    found.add(publisher.error(all));
                }
            }
        }
        return found;
    }

    /** One event outside any family, or one family with the members seen so far. */
    private record Publisher(String topic, Optional<FamilyRef> family, List<EventModel> events) {

        static Publisher of(EventModel event) {
            return new Publisher(
                    event.family().map(FamilyRef::topic).orElse(event.topic()), event.family(), List.of(event));
        }

        String id() {
            return family.map(f -> f.element().getQualifiedName().toString())
                    .orElseGet(() -> events.get(0).element().getQualifiedName().toString());
        }

        Publisher with(Publisher other) {
            List<EventModel> both = new ArrayList<>(events);
            both.addAll(other.events);
            return new Publisher(topic, family, both);
        }

        TypeElement element() {
            return family.map(FamilyRef::element).orElseGet(() -> events.get(0).element());
        }

        String described() {
            return family.map(f -> "family '" + f.simpleName() + "'")
                    .orElseGet(() -> "event '" + events.get(0).simpleName() + "'");
        }

        /** The records this publisher contributes to one family: the family's permitted ones, or the event. */
        List<String> records() {
            if (family.isEmpty()) {
                return List.of(events.get(0).simpleName());
            }
            List<String> permitted = family.get().element().getPermittedSubclasses().stream()
                    .map(t -> t.toString().substring(t.toString().lastIndexOf('.') + 1))
                    .toList();
            return permitted.isEmpty()
                    ? events.stream().map(EventModel::simpleName).toList()
                    : permitted;
        }

        /** The spec the topic would be created with by this publisher. */
        TopicSpecModel spec() {
            return family.map(FamilyRef::spec).orElseGet(() -> events.get(0).effectiveSpec());
        }

        Diagnostic error(List<Publisher> all) {
            List<Publisher> others = all.stream().filter(p -> p != this).toList();
            String message = described() + " publishes to topic '" + topic + "', and so "
                    + (others.size() == 1 ? "does " : "do ")
                    + others.stream().map(Publisher::described).collect(Collectors.joining(", "))
                    + ": outside one @EventFamily each binding's consumer fails on the other's records, and the topic"
                    + " has no single spec. " + disagreement(all) + fix(all);
            if (family.isPresent()) {
                return Diagnostic.errorOn(RuleId.TOPIC, element(), family.get().annotation(), null, message);
            }
            EventModel event = events.get(0);
            return event.topicValue().isPresent()
                    ? Diagnostic.errorOn(
                            RuleId.TOPIC,
                            event.element(),
                            event.annotation(),
                            event.topicValue().get(),
                            message)
                    : Diagnostic.errorOn(RuleId.TOPIC, event.element(), event.annotation(), null, message);
        }

        /** The spec attributes on which the publishers disagree, or nothing. */
        private static String disagreement(List<Publisher> all) {
            List<String> differences = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                for (int j = i + 1; j < all.size(); j++) {
                    var conflicts = TopicSpecRule.conflicts(
                            all.get(i).spec(), all.get(j).spec());
                    for (String attribute : conflicts.keySet()) {
                        differences.add(attribute + " "
                                + TopicSpecRule.familyValue(all.get(i).spec(), attribute)
                                + " (" + all.get(i).described() + ") against "
                                + TopicSpecRule.familyValue(all.get(j).spec(), attribute) + " ("
                                + all.get(j).described() + ")");
                    }
                }
            }
            return differences.isEmpty()
                    ? ""
                    : "Their topic specs disagree too: " + String.join("; ", differences)
                            + "; a family has one spec, written on the @EventFamily. ";
        }

        /** The sealed family that puts every publisher's records on the topic together. */
        private static String fix(List<Publisher> all) {
            List<Publisher> families =
                    all.stream().filter(p -> p.family.isPresent()).toList();
            TreeSet<String> records = new TreeSet<>();
            all.forEach(p -> records.addAll(p.records()));
            String name = families.size() == 1 ? families.get(0).family.get().simpleName() : familyName(all);
            String permits = String.join(", ", records);
            String sentence;
            if (families.size() == 1) {
                sentence = "Add the other records to family '" + name + "': 'public sealed interface " + name
                        + " permits " + permits + "', each record declaring 'implements " + name + "'.";
            } else {
                sentence = (families.isEmpty() ? "Declare one family for the topic" : "Merge them into one family")
                        + ": '@EventFamily(topic = \"" + all.get(0).topic + "\") public sealed interface " + name
                        + " permits " + permits + " {}', each record declaring 'implements " + name + "'"
                        + (families.isEmpty() ? "" : " instead of its family now") + ".";
            }
            long packages = all.stream()
                    .map(p -> packageOf(p.element()))
                    .filter(Objects::nonNull)
                    .distinct()
                    .count();
            if (packages > 1) {
                sentence += " A sealed interface and the records it permits share one package: move them into one.";
            }
            return sentence + " Or give each its own topic.";
        }

        /** The words the events' names begin with alike, as in 'OrderEvent' for 'OrderPlaced' and 'OrderShipped'. */
        private static String familyName(List<Publisher> all) {
            List<String> names = new ArrayList<>();
            all.forEach(p -> names.addAll(p.records()));
            String prefix = names.get(0);
            for (String n : names) {
                int i = 0;
                while (i < prefix.length() && i < n.length() && prefix.charAt(i) == n.charAt(i)) {
                    i++;
                }
                prefix = prefix.substring(0, i);
            }
            // Cut back to a whole word: the common prefix ends where an upper-case letter starts the next word.
            int end = prefix.length();
            boolean wholeWord = names.stream().allMatch(n -> n.length() == end || Character.isUpperCase(n.charAt(end)));
            if (!wholeWord) {
                int cut = end - 1;
                while (cut > 0 && !Character.isUpperCase(prefix.charAt(cut))) {
                    cut--;
                }
                prefix = prefix.substring(0, Math.max(cut, 0));
            }
            if (prefix.isEmpty()) {
                prefix = stem(all.get(0).topic);
            }
            return prefix + "Event";
        }

        /** A class-name stem from a topic, as in 'FitnessUsers' for 'fitness.users'. */
        private static String stem(String topic) {
            StringBuilder stem = new StringBuilder();
            for (String part : topic.split("[^A-Za-z0-9]+")) {
                if (!part.isEmpty() && (stem.length() > 0 || Character.isLetter(part.charAt(0)))) {
                    stem.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
                }
            }
            return stem.length() == 0 ? "Topic" : stem.toString();
        }

        private static String packageOf(Element element) {
            for (Element e = element; e != null; e = e.getEnclosingElement()) {
                if (e instanceof PackageElement p) {
                    return p.getQualifiedName().toString();
                }
            }
            return null;
        }
    }
}
