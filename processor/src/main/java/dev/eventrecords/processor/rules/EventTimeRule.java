package dev.eventrecords.processor.rules;

import dev.eventrecords.processor.model.ComponentModel;
import dev.eventrecords.processor.model.EventModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code eventrecords:event-time}: at most one {@code @EventTime}, and of a type that is an instant on the time-line:
 * {@code Instant}, {@code OffsetDateTime} or {@code ZonedDateTime}.
 */
public final class EventTimeRule implements Rule {

    static final Set<String> TIME_TYPES =
            Set.of("java.time.Instant", "java.time.OffsetDateTime", "java.time.ZonedDateTime");

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
            if (!TIME_TYPES.contains(time.shape().type().toString())) {
                found.add(
                        Diagnostic.error(
                                RuleId.EVENT_TIME,
                                time.position(),
                                "event '" + event.simpleName() + "' has event time '" + time.name() + "' of type '"
                                        + time.display()
                                        + "', which is not an instant on the time-line, so it cannot be "
                                        + "the event's 'ce_time' or its record timestamp; use 'Instant', 'OffsetDateTime' or 'ZonedDateTime'"));
            }
        }
        return found;
    }
}
