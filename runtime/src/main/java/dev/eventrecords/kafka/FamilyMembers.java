package dev.eventrecords.kafka;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The closed set of an event family's members, looked up by record class (to write) and by {@code ce_type} (to
 * read). Built once from the generated list; immutable and thread-safe.
 *
 * @param <F> the family
 */
final class FamilyMembers<F> {

    private final String family;
    private final Map<Class<?>, FamilyMember<F>> byClass = new HashMap<>();
    private final Map<String, FamilyMember<F>> byType = new HashMap<>();
    private final String known;
    private final List<FamilyMember<F>> members;

    FamilyMembers(String family, List<FamilyMember<F>> members) {
        this.family = family;
        this.members = List.copyOf(members);
        for (FamilyMember<F> member : members) {
            if (byClass.put(member.type(), member) != null || byType.put(member.eventType(), member) != null) {
                throw new IllegalArgumentException("family '" + family + "' lists '" + member.eventType() + "' twice");
            }
        }
        this.known = members.stream().map(FamilyMember::eventType).sorted().collect(Collectors.joining(", "));
    }

    /** The members with their formats configured for one client; this set when no format needs configuring. */
    FamilyMembers<F> configured(Map<String, ?> configs, boolean isKey) {
        List<FamilyMember<F>> configured = members.stream()
                .map(member -> member.configured(configs, isKey))
                .toList();
        for (int i = 0; i < members.size(); i++) {
            if (configured.get(i) != members.get(i)) {
                return new FamilyMembers<>(family, configured);
            }
        }
        return this;
    }

    String family() {
        return family;
    }

    /** The member of an event; records are final, so the event's class is exactly a member's class. */
    FamilyMember<F> of(F event) {
        FamilyMember<F> member = byClass.get(event.getClass());
        if (member == null) {
            throw new IllegalArgumentException("'" + event.getClass().getName() + "' is not a member of family '"
                    + family + "'; known types: " + known);
        }
        return member;
    }

    /** The member named by a {@code ce_type} header value, or {@code null}. */
    FamilyMember<F> named(String eventType) {
        return byType.get(eventType);
    }

    /** The known types, sorted and comma-separated, for messages. */
    String known() {
        return known;
    }
}
