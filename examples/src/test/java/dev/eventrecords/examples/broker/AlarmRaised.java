package dev.eventrecords.examples.broker;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import java.time.ZonedDateTime;

/** Without a key, timed by a {@code ZonedDateTime} that is also the record timestamp. */
@Event(topic = "broker.alarms")
public record AlarmRaised(
        String message, @EventTime(recordTimestamp = true) ZonedDateTime raisedAt) {}
