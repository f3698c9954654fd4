package dev.eventrecords.examples.broker;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import java.time.ZonedDateTime;

/** Without a key, timed by a {@code ZonedDateTime}. */
@Event(topic = "broker.alarms")
public record AlarmRaised(String message, @EventTime ZonedDateTime raisedAt) {}
