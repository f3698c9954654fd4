package dev.eventrecords.processor.rules;

import dev.eventrecords.processor.model.ComponentModel;
import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.model.ValueType;
import dev.eventrecords.processor.model.ValueTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code eventrecords:event-time}: at most one {@code @EventTime}, and of a type that is an instant on the time-line:
 * {@code Instant}, {@code OffsetDateTime} or {@code ZonedDateTime}.
 */
public final class EventTimeRule implements Rule {

    /** The event-time types of the registry, as the message offers them: {@code 'Instant', 'OffsetDateTime' or ...}. */
    private static final String CHOICES = choices();

    @Override
    public List<Diagnostic> check(EventModel event, RuleContext context) {
        List<ComponentModel> times =
                event.components().stream().filter(ComponentModel::eventTime).toList();
        List<Diagnostic> found = new ArrayList<>();
        for (int i = 1; i < times.size(); i++) {
            found.add(Diagnostic.error(
                    RuleId.EVENT_TIME,
                    times.get(i).position(),
                    "event '" + event.simpleName() + "' has more than one '@EventTime' component: '"
                            + times.get(0).name() + "' and '" + times.get(i).name()
                            + "'; an event has one time, written as its 'ce_time' header; keep '@EventTime' on the "
                            + "moment the event happened"));
        }
        for (ComponentModel time : times) {
            boolean instant = ValueTypes.of(time.shape())
                    .map(v -> v.eventTime() != ValueType.EventTimeUse.NONE)
                    .orElse(false);
            if (!instant) {
                found.add(Diagnostic.error(
                        RuleId.EVENT_TIME,
                        time.position(),
                        "event '" + event.simpleName() + "' has event time '" + time.name() + "' of type '"
                                + time.display()
                                + "', which is not an instant on the time-line, so it cannot be "
                                + "the event's 'ce_time' or its record timestamp; use " + CHOICES));
            }
        }
        return found;
    }

    private static String choices() {
        List<String> names = ValueTypes.eventTimeDisplays().stream()
                .map(name -> "'" + name + "'")
                .collect(Collectors.toList());
        String last = names.remove(names.size() - 1);
        return String.join(", ", names) + " or " + last;
    }
}
