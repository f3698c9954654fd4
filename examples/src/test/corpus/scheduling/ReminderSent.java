package com.acme.scheduling;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.Instant;
import java.util.UUID;

/** An Instant with a pattern and a time zone, as JavaScript clients expect it. */
@Event(topic = "scheduling.reminder-sent.v1")
public record ReminderSent(
        @Key UUID appointmentId,
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", timezone = "UTC")
                Instant sentAt,
        ReminderChannel channel) {}
