package dev.eventrecords.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.eventrecords.processor.model.ComponentModel;
import dev.eventrecords.processor.model.EventModel;
import dev.eventrecords.processor.model.ValueType;
import dev.eventrecords.processor.model.ValueTypes;

/** The {@code Function<E, Instant>} that reads when an event happened, as a method reference or lambda. */
final class EventTimeFunction {

    private EventTimeFunction() {}

    static CodeBlock of(EventModel event) {
        if (event.eventTime().isEmpty()) {
            return CodeBlock.of("$T::noEventTime", RuntimeNames.EVENT_BINDING);
        }
        ComponentModel time = event.eventTime().get();
        boolean direct = ValueTypes.of(time.shape())
                .map(v -> v.eventTime() == ValueType.EventTimeUse.DIRECT)
                .orElse(false);
        if (direct) {
            return CodeBlock.of("$T::$L", Poet.name(event.className()), time.name());
        }
        return CodeBlock.of("event -> $T.instantOf(event.$L())", RuntimeNames.EVENT_BINDING, time.name());
    }

    /** Whether the event opted in to its event time as the record timestamp, {@code @EventTime(recordTimestamp = true)}. */
    static boolean stampsRecords(EventModel event) {
        return event.eventTime().map(ComponentModel::recordTimestamp).orElse(false);
    }

    /** The event function followed, for an event that opted in, by {@code , RecordTimestamp.EVENT_TIME}. */
    static CodeBlock withRecordTimestamp(EventModel event) {
        return stampsRecords(event)
                ? CodeBlock.of("$L, $T.EVENT_TIME", of(event), RuntimeNames.RECORD_TIMESTAMP)
                : of(event);
    }
}
