package com.acme.scheduling;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;

/** OffsetDateTimes and the JDK's DayOfWeek enum. */
@Event(topic = "scheduling.shift-scheduled.v1")
public record ShiftScheduled(
        @Key String employeeId, OffsetDateTime start, OffsetDateTime end, DayOfWeek weekday, String site) {}
