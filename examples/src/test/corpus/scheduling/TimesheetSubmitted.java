package com.acme.scheduling;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** An Instant written as a number with @JsonFormat(shape = NUMBER); Durations by day. */
@Event(topic = "scheduling.timesheet-submitted.v1")
public record TimesheetSubmitted(
        @Key String employeeId,
        @JsonFormat(shape = JsonFormat.Shape.NUMBER) Instant submittedAt,
        Map<LocalDate, Duration> hoursByDay) {
    public TimesheetSubmitted {
        hoursByDay = Map.copyOf(hoursByDay);
    }
}
